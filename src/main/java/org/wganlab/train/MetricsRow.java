package org.wganlab.train;

/**
 * One logged point of a run's curves.
 *
 * @param iteration generator iterations done
 * @param wassersteinEstimate E_real[D] - E_fake[D] on held-out points
 * @param criticLoss last critic loss, penalty included
 * @param generatorLoss last generator loss -E[D(G(z))] (NaN in fixed-generator mode)
 * @param penalty last penalty term (0 for methods without one)
 * @param seconds training wall time so far
 */
public record MetricsRow(int iteration, double wassersteinEstimate, double criticLoss,
    double generatorLoss, double penalty, double seconds) implements LoggedRow {
}
