/**
 * The Experiments menu and what it opens: ready-made experiments, among them the settings of the
 * papers' figures, a caption telling students what to look for, and a box that measures the figure's
 * claims on the live runs (the number so far, its threshold, held, not yet or not held). The measures
 * themselves are the engine's ({@link org.wganlab.figures.LiveClaims}); this package only shows them.
 */
package org.wganlab.ui.experiments;
