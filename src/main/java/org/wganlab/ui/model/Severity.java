package org.wganlab.ui.model;

/** How much a status message matters; the status bar colours it accordingly. */
public enum Severity {
  /** Something happened as asked. */
  INFO,
  /** Something needs the user's attention (for example a change that needs a reset). */
  WARNING,
  /** Something failed; nothing was lost and training goes on. */
  ERROR
}
