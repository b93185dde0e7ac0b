package org.wganlab.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A choice with a stable lower-case name, used on the command line and in config files. The static
 * helpers give every such enum the same lookup and the same error message listing the valid names.
 */
public interface CliNamed {

  /** The name on the command line and in config files. */
  String cliName();

  /** The constant of {@code type} called {@code name}, if any. */
  static <E extends Enum<E> & CliNamed> Optional<E> find(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.cliName().equals(name)).findFirst();
  }

  /**
   * The constant of {@code type} called {@code name}; otherwise an IllegalArgumentException such as
   * "unknown activation 'elu' (use relu, leakyrelu, tanh or softplus)".
   */
  static <E extends Enum<E> & CliNamed> E parse(Class<E> type, String name, String what) {
    return find(type, name).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + what + " '" + name + "' (use " + choices(type) + ")"));
  }

  /** The valid names of {@code type}, as "a, b or c". */
  static <E extends Enum<E> & CliNamed> String choices(Class<E> type) {
    String[] names = Arrays.stream(type.getEnumConstants()).map(CliNamed::cliName)
        .toArray(String[]::new);
    if (names.length == 1) {
      return names[0];
    }
    return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", "))
        + " or " + names[names.length - 1];
  }
}
