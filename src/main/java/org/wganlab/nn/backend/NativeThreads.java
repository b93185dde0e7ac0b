package org.wganlab.nn.backend;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Native thread settings: OpenMP's wait policy, and the scheduling priority of the training thread.
 *
 * <p>Makes OpenMP threads sleep instead of spin while they wait, before ND4J's native library starts.
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

  /** Linux's per-thread scheduling calls. */
  interface LinuxScheduling extends Library {
    int gettid();

    long syscall(long number);

    int getpriority(int which, int who);

    int setpriority(int which, int who, int niceness);
  }

  /**
   * How much nicer the training thread becomes than it was: ten steps, after which the scheduler
   * favours a thread of the original niceness about 10:1.
   */
  static final int BACKGROUND_STEPS = 10;
  /** The nicest a Linux thread can be. */
  private static final int NICEST = 19;

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
    } catch (LinkageError | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Lowers the calling thread's scheduling priority so that the window's threads (events, layout,
   * rendering) get a core the moment they need one, instead of queueing behind training. Training
   * loses nothing measurable: it still gets every cycle the window does not use. On Linux this is the
   * thread's niceness, raised by {@link #BACKGROUND_STEPS} ({@code setpriority} on its thread id;
   * Java's own thread priorities are ignored there); elsewhere Java's minimum priority. Returns the
   * niceness set, or {@link Integer#MIN_VALUE} where none was.
   */
  public static int lowerCurrentThreadPriority() {
    return renice(niceness -> Math.min(NICEST, niceness + BACKGROUND_STEPS));
  }

  /**
   * Gives the calling thread the lowest scheduling priority (on Linux the largest niceness, below
   * the training thread's): for background work that should wait for training and drawing alike.
   * Returns the niceness set, or {@link Integer#MIN_VALUE} where none was.
   */
  public static int lowestCurrentThreadPriority() {
    return renice(niceness -> NICEST);
  }

  /**
   * Java's minimum priority for the calling thread and, on Linux, the niceness {@code next} makes of
   * its present one. Returns the niceness set, or {@link Integer#MIN_VALUE} where none was.
   */
  private static int renice(java.util.function.IntUnaryOperator next) {
    Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
    if (!Platform.isLinux()) {
      return Integer.MIN_VALUE;
    }
    try {
      LinuxScheduling linux = Native.loadLibrary("c", LinuxScheduling.class);
      int tid = threadId(linux);
      // PRIO_PROCESS with a thread id addresses that one thread on Linux.
      int niceness = next.applyAsInt(linux.getpriority(0, tid));
      return linux.setpriority(0, tid, niceness) == 0 ? niceness : Integer.MIN_VALUE;
    } catch (LinkageError | RuntimeException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static int threadId(LinuxScheduling linux) {
    try {
      return linux.gettid();
    } catch (UnsatisfiedLinkError e) {
      // C libraries before glibc 2.30 have no gettid(); the system call has always existed, under a
      // number that depends on the architecture (known here for the two 64-bit ones we ship for).
      if (!Platform.is64Bit() || !(Platform.isIntel() || Platform.isARM())) {
        throw e;
      }
      return (int) linux.syscall(Platform.isARM() ? 178 : 186);
    }
  }

  /** The policy the native environment holds now. */
  public static String currentPolicy() {
    try {
      String value = Platform.isWindows()
          ? Native.loadLibrary("msvcrt", WindowsRuntime.class).getenv(WAIT_POLICY)
          : Native.loadLibrary("c", CRuntime.class).getenv(WAIT_POLICY);
      return value == null ? "unset" : value;
    } catch (LinkageError | RuntimeException e) {
      return "unknown";
    }
  }
}
