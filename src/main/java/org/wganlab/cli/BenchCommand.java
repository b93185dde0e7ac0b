package org.wganlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.data.Rng;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.CriticProbe;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.ThreadBudget;
import org.wganlab.nn.Workspaces;
import org.wganlab.nn.backend.BackendReport;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab bench [--json]}: times the reference toy workload (batch 256, 2-512-512-512-1 ReLU
 * critic and generator on 8 gaussians) and a single-precision matrix product for the machine's
 * practical peak. Every figure is a median after warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times critic steps, a whole GP iteration, a 128x128 surface and sgemm"
        + " (or, with --image, the image networks' steps).")
public final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private static final long WARM_UP_NANOS = 2_000_000_000L;

  @Mixin
  private BackendOption backend;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  private boolean json;

  @Option(names = "--repeats", paramLabel = "N",
      description = "Timed repetitions per figure, 3 to 1000 (default: 15, or 5 with --image).")
  private Integer repeatsOption;
  private int repeats;

  @Option(names = "--image", description = "Time the image networks (batch 64, the WGAN-GP paper's"
      + " MNIST critic and generator) instead of the toy ones.")
  private boolean image;

  @Option(names = "--compare-wait-policy",
      description = "Also time a GP step in a child process whose OpenMP threads spin while waiting"
          + " (OMP_WAIT_POLICY=ACTIVE), and print how much slower it is.")
  private boolean compareWaitPolicy;

  /** Set in the child process of --compare-wait-policy: time the GP step only. */
  @Option(names = "--gp-step-only", hidden = true)
  private boolean gpStepOnly;

  @Override
  public Integer call() throws Exception {
    repeats = repeatsOption != null ? repeatsOption : image ? 5 : 15;
    if (repeats < 3 || repeats > 1000) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--repeats must be in [3, 1000]");
    }
    BackendReport report;
    try {
      report = image ? backend.start() : backend.startOnCpu();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!json) {
      spec.commandLine().getOut().println(report.line());
    }
    if (image) {
      print(new ImageBench(repeats).figures(), NativeThreads.currentPolicy(), report);
      return 0;
    }
    ThreadBudget.fitTo(256, 512);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("gp_step_ms", time(trainer(MethodKind.GP)::criticStep));
    if (gpStepOnly) {
      print(figures, NativeThreads.currentPolicy(), report);
      return 0;
    }
    figures.put("div_step_ms", time(trainer(MethodKind.DIV)::criticStep));
    figures.put("clip_step_ms", time(trainer(MethodKind.CLIP)::criticStep));
    figures.put("gp_iteration_ms", time(trainer(MethodKind.GP)::iterate));
    Mlp critic = Mlp.create(ExperimentConfig.reference("8gaussians", List.of(MethodKind.GP))
        .critic().toSpec(2, 1), DataType.FLOAT, new Rng(1));
    figures.put("grid128_ms", timeResult(() -> Workspaces.inStep("bench-grid",
        () -> CriticProbe.surface(critic, GridSpec.DEFAULT))));
    figures.put("sgemm_gflops", sgemmGflops());
    if (compareWaitPolicy) {
      double spinning = WaitPolicyProbe.gpStepMillis("ACTIVE", repeats);
      figures.put("spinning_gp_step_ms", spinning);
      figures.put("spinning_slowdown", spinning / figures.get("gp_step_ms"));
    }
    print(figures, NativeThreads.currentPolicy(), report);
    return 0;
  }

  private static Trainer trainer(MethodKind kind) {
    ExperimentConfig config = ExperimentConfig.reference("8gaussians", List.of(kind));
    return new Trainer(config, 0, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
  }

  /**
   * Median milliseconds of {@code body} after a warm-up of at least ten calls and two seconds: the JIT
   * compiles the step and the workspaces learn their size before anything is timed.
   */
  private double time(Runnable body) {
    return new MedianTimer(10, WARM_UP_NANOS, repeats).millis(body);
  }

  private double timeResult(Supplier<?> body) {
    return time((Runnable) body::get);
  }

  private double sgemmGflops() {
    int n = 1024;
    INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
    INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
    INDArray c = Nd4j.create(DataType.FLOAT, n, n);
    double ms = timeResult(() -> Nd4j.gemm(a, b, c, false, false, 1.0, 0.0));
    return 2.0 * n * n * n / (ms * 1e6);
  }

  private void print(Map<String, Double> figures, String policy, BackendReport report)
      throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      StringBuilder s = new StringBuilder("{");
      figures.forEach((k, v) -> s.append(String.format(Locale.ROOT, "\"%s\": %.2f, ", k, v)));
      s.append("\"omp_wait_policy\": \"").append(policy).append("\", ");
      s.append("\"backend\": ").append(new ObjectMapper().writeValueAsString(report.line())).append('}');
      out.println(s);
      return;
    }
    out.println((image ? ImageBench.DESCRIPTION : "Reference toy workload: batch 256, 2-512-512-512-1"
        + " ReLU, float32") + ", median of " + repeats + " after warm-up (OMP_WAIT_POLICY=" + policy
        + ")");
    figures.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %10.2f%n", k, v));
  }
}
