/**
 * The shared charts under the panels (Wasserstein estimate, losses, per-layer gradient norms, modes
 * captured), drawn with JFreeChart-FX. Their datasets are updated in place, a few times a second and
 * one chart per frame, because redrawing a chart costs milliseconds on the JavaFX thread.
 */
package org.wganlab.ui.charts;
