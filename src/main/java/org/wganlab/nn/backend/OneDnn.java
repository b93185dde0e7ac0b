package org.wganlab.nn.backend;

import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * libnd4j's oneDNN build: chosen before ND4J starts when its natives are on the class path, and
 * reported once it runs.
 *
 * <p>ND4J publishes libnd4j for x86-64 CPUs twice, plain and with oneDNN (Intel's kernel library),
 * which makes the image networks' convolutions several times faster. Both are jars of natives
 * under a platform folder ({@code linux-x86_64} or {@code linux-x86_64-onednn}), and JavaCPP loads the
 * second only when its platform-extension property names it, which it reads once, when ND4J loads
 * its natives. The build puts one of the two on the class path (see the pom); this class looks
 * which.
 */
public final class OneDnn {
  /** The JavaCPP property naming the natives' variant, here {@value #EXTENSION}. */
  static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
  static final String EXTENSION = "-onednn";

  private OneDnn() {
  }

  /**
   * Asks JavaCPP to load the oneDNN natives if they are on the class path and the user has not
   * chosen a variant. Call before the first ND4J use; returns whether the property now names oneDNN.
   */
  public static boolean preferWhenPresent() {
    if (System.getProperty(EXTENSION_PROPERTY) == null && nativesPresent()) {
      System.setProperty(EXTENSION_PROPERTY, EXTENSION);
    }
    return EXTENSION.equals(System.getProperty(EXTENSION_PROPERTY));
  }

  /** Whether this platform's oneDNN natives folder is on the class path. */
  static boolean nativesPresent() {
    String folder = "org/nd4j/linalg/cpu/nativecpu/bindings/" + Loader.getPlatform() + EXTENSION
        + "/";
    return OneDnn.class.getClassLoader().getResource(folder) != null;
  }

  /** Whether the libnd4j that runs was built with oneDNN; starts ND4J if it has not started. */
  static boolean running() {
    // The holder finds its natives through the backend, which only Nd4j's start loads.
    Nd4j.getBackend();
    return NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_ONEDNN");
  }
}
