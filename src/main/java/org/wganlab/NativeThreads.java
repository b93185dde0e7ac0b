package org.wganlab;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Makes OpenMP threads sleep instead of spin while they wait, before ND4J's native library starts.
 *
 * <p>ND4J runs its element-wise work on OpenMP threads and its matrix products on OpenBLAS threads.
 * With OpenMP's default wait policy the idle OpenMP threads spin on the cores the BLAS threads need,
 * which on a two-core machine makes every training step several times slower. OpenMP reads
 * {@code OMP_WAIT_POLICY} once, when its runtime loads, so the variable is set in this process's own
 * environment (C {@code setenv}, through JNA) before the first ND4J call. A value the user set is kept.
 */
public final class NativeThreads {
  /** The environment variable OpenMP reads. */
  public static final String WAIT_POLICY = "OMP_WAIT_POLICY";

  private NativeThreads() {
  }

  /** The C runtime's environment functions. */
  interface CRuntime extends Library {
    int setenv(String name, String value, int overwrite);

    String getenv(String name);
  }

  /** The Windows C runtime's equivalent. */
  interface WindowsRuntime extends Library {
    int _putenv_s(String name, String value);

    String getenv(String name);
  }

  /**
   * Sets {@code OMP_WAIT_POLICY=PASSIVE} in the native environment unless the user chose a policy.
   * Returns the policy in effect, or "unknown" if the C runtime could not be reached.
   */
  public static String preferPassiveWaiting() {
    String chosen = System.getenv(WAIT_POLICY);
    if (chosen != null && !chosen.isBlank()) {
      return chosen;
    }
    try {
      if (Platform.isWindows()) {
        WindowsRuntime c = Native.loadLibrary("msvcrt", WindowsRuntime.class);
        c._putenv_s(WAIT_POLICY, "PASSIVE");
        return c.getenv(WAIT_POLICY);
      }
      CRuntime c = Native.loadLibrary("c", CRuntime.class);
      c.setenv(WAIT_POLICY, "PASSIVE", 0);
      return c.getenv(WAIT_POLICY);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return "unknown";
    }
  }

  /** The policy the native environment holds now. */
  public static String currentPolicy() {
    try {
      String value = Platform.isWindows()
          ? Native.loadLibrary("msvcrt", WindowsRuntime.class).getenv(WAIT_POLICY)
          : Native.loadLibrary("c", CRuntime.class).getenv(WAIT_POLICY);
      return value == null ? "unset" : value;
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return "unknown";
    }
  }
}
