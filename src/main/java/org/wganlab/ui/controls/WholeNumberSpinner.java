package org.wganlab.ui.controls;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * A spinner for a whole number in a range that also takes typed values, and says so when a typed
 * value is refused (outside the range, or no number) instead of quietly snapping it to the nearest
 * end: the value stays as it was and the field shows it again.
 */
public final class WholeNumberSpinner extends Spinner<Integer> {

  /** A spinner from {@code min} to {@code max} that reports refused input, naming {@code name}. */
  public WholeNumberSpinner(int min, int max, int initial, String name, Consumer<String> onRefused) {
    SpinnerValueFactory.IntegerSpinnerValueFactory factory =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
    factory.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer value) {
        return value == null ? "" : value.toString();
      }

      @Override
      public Integer fromString(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
          int value = Integer.parseInt(trimmed);
          if (value >= min && value <= max) {
            return value;
          }
        } catch (NumberFormatException e) {
          // Reported below, like a number out of range.
        }
        Integer kept = factory.getValue();
        onRefused.accept("Not applied: " + name + " must be a whole number from " + min + " to "
            + max + ", got \"" + trimmed + "\"; it stays " + kept + ".");
        // The spinner does not rewrite its field when the value stays the same: do it after the
        // commit that called us.
        Platform.runLater(() -> getEditor().setText(String.valueOf(factory.getValue())));
        return kept;
      }
    });
    setValueFactory(factory);
    setEditable(true);
  }
}
