package org.wganlab.export;

/**
 * A config that names its data by a path or a name (a toy experiment, an image experiment), so that
 * the config file can store a relative path relative to its own folder and read it back from there.
 *
 * @param <T> the config type
 */
public interface ReferencesData<T> {

  /** The data reference: a built-in name, or a path as the program uses it. */
  String data();

  /** The same config with another data reference. */
  T withData(String next);
}
