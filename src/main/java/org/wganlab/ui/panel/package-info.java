/**
 * One panel per run: header, method editor, the critic's surface with its point layers, and the
 * gradient-norm and weight histograms. Views only: they draw the run model's latest measurement and
 * pass edits to the experiment model.
 */
package org.wganlab.ui.panel;
