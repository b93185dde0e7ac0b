package org.wganlab.train;

/**
 * The session's answer to the last command that needed one, in words for the person who gave it: a
 * change applied, kept until a reset, or refused and why. Numbers increase, so a view shows each notice
 * once however many snapshots carry it.
 *
 * @param number increases with every notice of a session; 0 before the first
 * @param level how the view should show it
 * @param text one or two sentences
 */
public record Notice(long number, Level level, String text) {
  /** No notice yet. */
  public static final Notice NONE = new Notice(0, Level.INFO, "");

  /** How much a notice matters. */
  public enum Level {
    /** Something happened as asked. */
    INFO,
    /** Something waits for the user (a change that needs a reset) or cannot go on. */
    WARNING,
    /** Something was refused or failed. */
    ERROR
  }
}
