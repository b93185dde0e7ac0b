package org.wganlab.ui.bench;

import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.train.Command;
import org.wganlab.train.DatasetResolver;
import org.wganlab.train.Evaluation;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunSnapshot;
import org.wganlab.train.TrainingLoop;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.model.DefaultExperiment;

/**
 * Measures the default experiment's time to insight without a window: seconds from Play until the GP
 * run (run 1) captures every mode. Not a test; run with
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.wganlab.ui.bench.TimeToInsight
 * [seconds]} and OMP_WAIT_POLICY=PASSIVE. To try other defaults, these system properties replace
 * {@link DefaultExperiment}'s values: {@code wganlab.default.width}, {@code .batch},
 * {@code .criticIters}, {@code .adamRate} (the penalty methods' Adam), {@code .rmsRate} (clipping's
 * RMSProp), {@code .lambda} (the GP runs' penalty weight) and {@code .seed}.
 */
public final class TimeToInsight {
  private TimeToInsight() {
  }

  /** Prints one line per second and the time of the first full capture. */
  public static void main(String[] args) throws Exception {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 90;
    ExperimentConfig config = tuned(System.getProperties());
    AtomicReference<ExperimentSnapshot> latest = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    TrainingSession session = new TrainingSession(config, DatasetResolver.standard(),
        TrainingSession.LIVE_EVALUATION_NANOS);
    try (TrainingLoop<ExperimentSnapshot> loop = new TrainingLoop<>(session, latest::set,
        e -> done.countDown())) {
      long start = System.nanoTime();
      loop.submit(new Command.Play());
      double firstFull = Double.NaN;
      int lastSecond = -1;
      while (!done.await(20, TimeUnit.MILLISECONDS)) {
        double seconds = (System.nanoTime() - start) / 1e9;
        ExperimentSnapshot s = latest.get();
        if (s == null || s.runs().size() < 2) {
          continue;
        }
        Evaluation gp = s.runs().get(1).evaluation();
        if (gp != null && gp.modes() != null && gp.modes().modesCaptured() == gp.modes().modeCount()
            && Double.isNaN(firstFull) && gp.iteration() > 0) {
          firstFull = seconds;
          Evaluation clip = s.runs().get(0).evaluation();
          print("FULL %.1f s at iteration %d, clipping's count then %s", seconds, gp.iteration(),
              clip == null || clip.modes() == null ? "-" : clip.modes().modesCaptured());
        }
        if ((int) seconds != lastSecond && (int) seconds % 5 == 0) {
          lastSecond = (int) seconds;
          StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5.1fs", seconds));
          for (RunSnapshot r : s.runs()) {
            Evaluation e = r.evaluation();
            line.append(String.format(Locale.ROOT, " | %s it=%d %.1fit/s W=%.3f modes=%s hq=%.2f",
                r.run().method().kind().cliName(), r.iteration(), r.iterationsPerSecond(),
                e == null ? Double.NaN : e.wassersteinEstimate(),
                e == null || e.modes() == null ? "-" : e.modes().modesCaptured(),
                e == null || e.modes() == null ? Double.NaN : e.modes().highQualityFraction()));
          }
          print("%s", line);
        }
        if (seconds > limit) {
          break;
        }
      }
      print("RESULT time-to-insight %s s (seed %d, width %d, batch %d, critic iters %d, runs %s)",
          Double.isNaN(firstFull) ? "none" : String.format(Locale.ROOT, "%.1f", firstFull),
          config.seed(), config.critic().width(), config.batch(), config.criticIters(), config.runs());
    }
  }

  /** The default experiment with the values of the {@code wganlab.default.*} properties given. */
  private static ExperimentConfig tuned(Properties properties) {
    ExperimentConfig config = DefaultExperiment.config();
    config = config.withSeed(number(properties, "seed", (int) config.seed()));
    config = ConfigEdits.width(config, number(properties, "width", DefaultExperiment.WIDTH));
    config = ConfigEdits.batch(config, number(properties, "batch", DefaultExperiment.BATCH));
    config = ConfigEdits.criticIters(config,
        number(properties, "criticIters", DefaultExperiment.CRITIC_ITERS));
    double adam = number(properties, "adamRate", DefaultExperiment.ADAM_RATE);
    double rms = number(properties, "rmsRate", DefaultExperiment.RMSPROP_RATE);
    double lambda = number(properties, "lambda", DefaultExperiment.GP_LAMBDA);
    return config.withRuns(config.runs().stream().map(run -> {
      RunConfig rated = run.withOptimizer(run.optimizer().withLearningRate(
          run.method().kind() == MethodKind.CLIP ? rms : adam));
      return run.method() instanceof MethodConfig.GradientPenalty gp
          ? rated.withMethod(new MethodConfig.GradientPenalty(lambda, gp.oneSided(), gp.samples()))
          : rated;
    }).toList());
  }

  private static int number(Properties properties, String name, int standard) {
    String value = properties.getProperty("wganlab.default." + name);
    return value == null ? standard : Integer.parseInt(value.trim());
  }

  private static double number(Properties properties, String name, double standard) {
    String value = properties.getProperty("wganlab.default." + name);
    return value == null ? standard : Double.parseDouble(value.trim());
  }

  @SuppressWarnings("SystemOut")
  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
