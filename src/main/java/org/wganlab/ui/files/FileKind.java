package org.wganlab.ui.files;

/** The kinds of file the window reads or writes, with their chooser filters. */
public enum FileKind {
  /** A picture. */
  PNG("PNG image", "*.png"),
  /** A table. */
  CSV("CSV table", "*.csv"),
  /** An experiment config, as the command line's config.json. */
  JSON("Experiment config", "*.json"),
  /** An animated recording of the window or a panel. */
  GIF("Animated GIF", "*.gif"),
  /** A trained state of the experiment, to reopen at the same iteration. */
  STATE("WGAN Lab trained state", "*.wganstate");

  private final String description;
  private final String pattern;

  FileKind(String description, String pattern) {
    this.description = description;
    this.pattern = pattern;
  }

  /** Filter name in the chooser. */
  public String description() {
    return description;
  }

  /** Glob of the filter. */
  public String pattern() {
    return pattern;
  }
}
