package org.wganlab.figures;

/**
 * How large a figure's experiment is: the full version for the README and the classroom, or a small
 * one with the same structure that finishes in seconds (tests, a first look).
 */
public enum FigureScale {
  /** The settings the README reports: minutes on a 2-core machine. */
  FULL,
  /** Narrow networks and few steps: seconds; the claims that hold at this size are tested. */
  QUICK
}
