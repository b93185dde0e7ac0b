package org.wganlab.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * How much memory a toy experiment needs, estimated before it starts so that a run that cannot fit is
 * refused with the figure instead of swapping for minutes and dying half way.
 *
 * <p>The model, fitted to the peak resident memory of one-run experiments from 3 x 8 to 8 x 2048
 * units and batches of 64 to 2048 on this program's passes (and rounded up, so that it overestimates
 * by 20-40 %): the process itself, 200 MB; per run, 16 bytes per parameter of both networks
 * (weights, gradients, two optimiser moments in float32) and 4 more for the copy of the last good
 * state that {@code train} keeps (added to the fitted model, not measured in it); 48 bytes (critic, which keeps the tensors
 * of double backpropagation) and 16 bytes (generator) per hidden unit, layer and row of the largest
 * batch a pass sees (the training batch or the 1,024 held-out points); 12 bytes per unit, layer and
 * row of a surface chunk.
 *
 * @param bytes the estimate
 */
public record MemoryEstimate(long bytes) {
  private static final long PROCESS = 200L << 20;
  private static final int SURFACE_CHUNK = 4096;

  /** The estimate for {@code config}. */
  public static MemoryEstimate of(ExperimentConfig config) {
    long rows = Math.max(config.batch(), config.evaluation().heldOutPoints());
    long chunk = Math.min(config.evaluation().grid().size(), SURFACE_CHUNK);
    NetworkConfig critic = config.critic();
    NetworkConfig generator = config.generator();
    long perRun = 20 * (parameters(critic, 2, 1) + parameters(generator, 2, 2))
        + 48 * rows * units(critic) + 16 * rows * units(generator) + 12 * chunk * units(critic);
    return new MemoryEstimate(PROCESS + config.runs().size() * perRun);
  }

  private static long parameters(NetworkConfig network, int in, int out) {
    return network.toSpec(in, out).parameterCount();
  }

  private static long units(NetworkConfig network) {
    return (long) network.width() * network.depth();
  }

  /**
   * The memory this process may use for a run: the smaller of what the system has available and
   * the native-memory limit of JavaCPP (Java's heap limit unless {@code -Xmx} or
   * {@code -Dorg.bytedeco.javacpp.maxbytes} says otherwise), which the networks' memory counts
   * against.
   */
  public static long available() {
    return Math.min(Pointer.maxBytes(), systemAvailable());
  }

  /** MemAvailable on Linux; the JVM's view of free physical memory elsewhere. */
  private static long systemAvailable() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // Fall through to the JVM's figure.
    }
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getFreeMemorySize() : Long.MAX_VALUE;
  }

  /**
   * Why the run cannot start with {@code available} bytes, with both figures and what to change, or
   * null when it fits.
   */
  public String refusal(long available) {
    if (bytes <= available) {
      return null;
    }
    return String.format(Locale.ROOT, "this experiment needs about %s of memory and %s is available"
        + " (the smaller of the system's free memory and Java's limit, which -Xmx raises): make the"
        + " networks narrower or shallower, the batch smaller or the runs fewer",
        gigabytes(bytes), gigabytes(available));
  }

  /** Whether it fits in what this process has now. */
  public String refusal() {
    return refusal(available());
  }

  /**
   * Why {@code next} may not follow {@code current} when {@code available} bytes are free, or null
   * when it may: it needs more memory than both, and the reason gives the two figures. A change that
   * needs no more than {@code current} always passes, so that an experiment over the limit can still
   * be made smaller.
   */
  public static String growthRefusal(ExperimentConfig current, ExperimentConfig next,
      long available) {
    MemoryEstimate needed = of(next);
    return needed.bytes() <= of(current).bytes() ? null : needed.refusal(available);
  }

  /** {@link #growthRefusal(ExperimentConfig, ExperimentConfig, long)} with what the process has. */
  public static String growthRefusal(ExperimentConfig current, ExperimentConfig next) {
    return growthRefusal(current, next, available());
  }

  private static String gigabytes(long value) {
    return String.format(Locale.ROOT, "%.1f GB", value / 1e9);
  }
}
