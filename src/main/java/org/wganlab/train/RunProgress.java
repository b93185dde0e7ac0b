package org.wganlab.train;

/**
 * Where a run is: what a checkpoint or a copied run carries besides networks, optimisers and rows
 * ({@link RunSteps#progress()}, {@link RunSteps#resumeAt}).
 *
 * @param iteration generator iterations done
 * @param criticSteps critic steps done
 * @param trainingNanos wall time spent in training steps
 * @param criticLoss the last critic loss
 * @param generatorLoss the last generator loss
 * @param penalty the last penalty term
 */
public record RunProgress(int iteration, long criticSteps, long trainingNanos, double criticLoss,
    double generatorLoss, double penalty) {
}
