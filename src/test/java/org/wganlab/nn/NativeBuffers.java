package org.wganlab.nn;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The native memory that ND4J data buffers outside workspaces hold until the garbage collector frees
 * it. Every such buffer is registered with ND4J's deallocator service until it is collected; the
 * collector sees only its small Java object, so code that leaves large buffers to it grows the
 * process by native memory that no heap limit bounds. Reads a private field of the service (ND4J is
 * pinned in the pom; a version that renames it fails here, loudly).
 */
public final class NativeBuffers {
  private NativeBuffers() {
  }

  /**
   * Bytes of the registered data buffers that own native memory (not views of another buffer, not in a
   * workspace) and are neither collected nor closed.
   */
  public static long bytesHeld() {
    long bytes = 0;
    for (Object registered : registrations()) {
      Object referent = ((Reference<?>) registered).get();
      if (referent instanceof DataBuffer buffer && !buffer.wasClosed() && !buffer.isAttached()
          && buffer.originalDataBuffer() == null) {
        bytes += buffer.length() * buffer.getElementSize();
      }
    }
    return bytes;
  }

  private static List<Object> registrations() {
    Object service = Nd4j.getDeallocatorService();
    try {
      Field map = service.getClass().getDeclaredField("referenceMap");
      map.setAccessible(true);
      return new ArrayList<>(((Map<?, ?>) map.get(service)).values());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("ND4J's deallocator service changed: " + e, e);
    }
  }
}
