package org.wganlab.nn.backend;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that lets ND4J see every backend but CUDA. ND4J finds its backends as services
 * ({@code META-INF/services/org.nd4j.linalg.factory.Nd4jBackend}) through the class loader set with
 * {@code ND4JClassLoading.setNd4jClassloader}; this one leaves out the CUDA jar's entry, so ND4J
 * starts its CPU backend even though CUDA has the higher priority. Classes still come from the parent,
 * so they are the very same classes the rest of the program uses.
 */
final class HiddenCudaBackend extends ClassLoader {
  static final String BACKEND_SERVICES = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";
  /** The CUDA backend's class, as a resource: its presence means the cuda profile is on. */
  static final String CUDA_BACKEND_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";

  HiddenCudaBackend(ClassLoader parent) {
    super(parent);
  }

  /** Whether the CUDA backend is on {@code loader}'s class path. */
  static boolean cudaOnClassPath(ClassLoader loader) {
    return loader.getResource(CUDA_BACKEND_CLASS) != null;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    Enumeration<URL> all = super.getResources(name);
    if (!BACKEND_SERVICES.equals(name)) {
      return all;
    }
    List<URL> kept = Collections.list(all);
    kept.removeIf(HiddenCudaBackend::isCudaJar);
    return Collections.enumeration(kept);
  }

  /** Whether a service file lies in the jar (or directory) that holds the CUDA backend's class. */
  private static boolean isCudaJar(URL servicesFile) {
    String location = servicesFile.toString();
    String root = location.substring(0, location.length() - BACKEND_SERVICES.length());
    try (var in = new URL(root + CUDA_BACKEND_CLASS).openStream()) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }
}
