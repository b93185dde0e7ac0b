package org.wganlab.ui.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Trainer;
import org.wganlab.ui.model.DefaultExperiment;

/**
 * Prints, for each run of the default experiment, how many ND4J buffers and how many bytes of Java
 * objects one training iteration and one live evaluation leave for the garbage collector. ND4J numbers
 * every buffer it creates, so the buffer counts are exact. Not a test.
 */
public final class BufferCount {
  private static final int ITERATIONS = 100;
  private static final int EVALUATIONS = 10;

  private BufferCount() {
  }

  /** Prints one line per run. */
  public static void main(String[] args) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    ExperimentConfig config = DefaultExperiment.config();
    for (int r = 0; r < config.runs().size(); r++) {
      Trainer t = new Trainer(config, r, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
      for (int i = 0; i < 50; i++) {
        t.iterate();
        t.evaluate(EvaluationRequest.LIVE);
      }
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long buffers = Nd4j.getDeallocatorService().nextValue();
      for (int i = 0; i < ITERATIONS; i++) {
        t.iterate();
      }
      double iterationBytes = (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) ITERATIONS;
      // nextValue() takes a number itself, once per reading.
      double iterationBuffers = (Nd4j.getDeallocatorService().nextValue() - buffers - 1)
          / (double) ITERATIONS;
      bytes = threads.getCurrentThreadAllocatedBytes();
      buffers = Nd4j.getDeallocatorService().nextValue();
      for (int i = 0; i < EVALUATIONS; i++) {
        t.evaluate(EvaluationRequest.LIVE);
      }
      double evaluationBytes = (threads.getCurrentThreadAllocatedBytes() - bytes)
          / (double) EVALUATIONS;
      double evaluationBuffers = (Nd4j.getDeallocatorService().nextValue() - buffers - 1)
          / (double) EVALUATIONS;
      System.out.println(String.format(Locale.ROOT,
          "%s: per iteration %.0f ND4J buffers, %.0f kB; per evaluation %.0f buffers, %.0f kB",
          config.runs().get(r).method().label(), iterationBuffers, iterationBytes / 1e3,
          evaluationBuffers, evaluationBytes / 1e3));
    }
  }
}
