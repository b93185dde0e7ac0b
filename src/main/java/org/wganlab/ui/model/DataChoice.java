package org.wganlab.ui.model;

import java.util.Objects;

/**
 * One entry of the data menu.
 *
 * @param source where the data comes from
 * @param label what the menu shows
 * @param reference what the experiment config stores (a built-in name, a file path, a drawn-set key)
 */
public record DataChoice(DataSource source, String label, String reference) {

  /** Validates. */
  public DataChoice {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reference, "reference");
  }

  @Override
  public String toString() {
    return label;
  }

  /** Kinds of data source. */
  public enum DataSource {
    /** A generator that comes with the app. */
    BUILT_IN,
    /** A CSV file from the working folder's toydata/. */
    TOY_FILE,
    /** A CSV file the user opened. */
    OPENED_FILE,
    /** Points the user drew with the mouse. */
    DRAWN
  }
}
