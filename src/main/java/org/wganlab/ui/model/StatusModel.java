package org.wganlab.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one line the window uses to tell the user what happened: exports written, files that could not
 * be read, numbers that were not numbers. The app has no console, so every problem ends up here.
 */
public final class StatusModel {
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready. Press Play.");
  private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(Severity.INFO);

  /** The current message. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** How much the current message matters. */
  public ReadOnlyObjectProperty<Severity> severityProperty() {
    return severity.getReadOnlyProperty();
  }

  /** Shows a neutral message. */
  public void info(String text) {
    show(Severity.INFO, text);
  }

  /** Shows a message that needs attention. */
  public void warn(String text) {
    show(Severity.WARNING, text);
  }

  /** Shows a failure. */
  public void error(String text) {
    show(Severity.ERROR, text);
  }

  /** A message and how much it matters, to be shown again later. */
  public record Message(Severity severity, String text) {
  }

  /** What the line says now. */
  public Message current() {
    return new Message(severity.get(), message.get());
  }

  /** Shows {@code earlier} again, as it was. */
  public void show(Message earlier) {
    show(earlier.severity(), earlier.text());
  }

  private void show(Severity level, String text) {
    severity.set(level);
    message.set(text == null || text.isBlank() ? "(no details)" : text);
  }
}
