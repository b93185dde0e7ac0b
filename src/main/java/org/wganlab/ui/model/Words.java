package org.wganlab.ui.model;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum constants in dropdowns by the words people use ("Leaky ReLU", "Adam"). */
public final class Words {
  private Words() {
  }

  /** A converter that shows each choice as {@code name} says and never parses typed text. */
  public static <T> StringConverter<T> of(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T choice) {
        return choice == null ? "" : name.apply(choice);
      }

      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }
}
