package org.wganlab.ui.bench;

import java.util.Locale;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Trainer;
import org.wganlab.ui.model.DefaultExperiment;

/** Times one iteration and one live evaluation of each default run, without threads. Not a test. */
public final class StepCost {
  private StepCost() {
  }

  /** Prints median milliseconds per iteration and per evaluation of each run. */
  public static void main(String[] args) {
    ExperimentConfig config = DefaultExperiment.config();
    for (int r = 0; r < config.runs().size(); r++) {
      Trainer t = new Trainer(config, r, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
      double[] it = new double[30];
      double[] ev = new double[30];
      for (int i = 0; i < 30; i++) {
        long a = System.nanoTime();
        t.iterate();
        long b = System.nanoTime();
        t.evaluate(EvaluationRequest.LIVE);
        long c = System.nanoTime();
        it[i] = (b - a) / 1e6;
        ev[i] = (c - b) / 1e6;
      }
      java.util.Arrays.sort(it);
      java.util.Arrays.sort(ev);
      System.out.println(String.format(Locale.ROOT, "%s iterate %.1f ms (max %.1f), evaluate %.1f ms (max %.1f)",
          config.runs().get(r).method().label(), it[15], it[29], ev[15], ev[29]));
    }
  }
}
