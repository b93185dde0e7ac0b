package org.wganlab.train;

import java.util.Objects;

/** Which config changes can apply to running runs, and which need new runs. */
public final class ConfigChange {
  private ConfigChange() {
  }

  /**
   * Whether going from {@code current} to {@code next} needs new networks: anything but the methods'
   * parameters, the optimisers, n_critic and the iteration budget changes what the networks are or
   * what they were trained on. A method may change kind live too (the networks stay), but the number
   * of runs may not.
   */
  public static boolean needsReset(ExperimentConfig current, ExperimentConfig next) {
    return !Objects.equals(current.data(), next.data())
        || current.mode() != next.mode()
        || current.fixedSigma() != next.fixedSigma()
        || current.seed() != next.seed()
        || current.batch() != next.batch()
        || !current.critic().equals(next.critic())
        || !current.generator().equals(next.generator())
        || current.runs().size() != next.runs().size()
        || !current.evaluation().equals(next.evaluation());
  }
}
