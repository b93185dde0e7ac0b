/**
 * One panel per run: header, method editor, the critic's surface with its point layers, and the
 * gradient-norm and weight histograms. Views only: they draw the run model's latest measurement and
 * pass edits to the experiment model. Each picture can draw itself again at any resolution
 * ({@link org.wganlab.ui.panel.SharpPicture}) for exports at 2x and for a panel's figure.
 */
package org.wganlab.ui.panel;
