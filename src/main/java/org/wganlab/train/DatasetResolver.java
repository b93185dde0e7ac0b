package org.wganlab.train;

import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;

/**
 * Turns a config's data reference into a data set. The default reads built-in names and CSV files; the
 * desktop app adds the point sets people draw.
 */
@FunctionalInterface
public interface DatasetResolver {

  /** The data set {@code reference} names; a clear message when it cannot be had. */
  Dataset resolve(String reference) throws DataFormatException;

  /** Built-in names and CSV file paths. */
  static DatasetResolver standard() {
    return Datasets::resolve;
  }
}
