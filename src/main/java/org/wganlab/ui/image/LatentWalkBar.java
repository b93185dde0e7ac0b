package org.wganlab.ui.image;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wganlab.train.LatentWalk;

/**
 * The latent walk's controls: a toggle that shows the walk in every run's tile, its two ends (a click
 * on a grid cell sets A, the next click B; or a random vector each), and the slider between them.
 * Every change is proposed to the session as a walk; the session draws only the newest, so dragging
 * the slider never queues up drawing.
 */
final class LatentWalkBar extends HBox {
  private final Consumer<LatentWalk> propose;
  private final ToggleButton mode = new ToggleButton("Latent walk");
  private final Label ends = new Label();
  private final Slider position = new Slider(0, 1, 0.5);
  private final Label at = new Label();
  private final Label hint = new Label("click a cell of a sample grid for the walk's end A, then one"
      + " for B");
  private final HBox controls;
  private LatentWalk.End a = new LatentWalk.Cell(0);
  private LatentWalk.End b = new LatentWalk.Cell(1);
  private boolean nextIsA = true;
  private long seeds;

  /** Controls that hand each walk asked for to {@code propose} (null when the walk is hidden). */
  LatentWalkBar(Consumer<LatentWalk> propose) {
    super(8);
    this.propose = propose;
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(0, 6, 0, 6));
    mode.setId("image-walk-mode");
    ends.setId("image-walk-ends");
    position.setId("image-walk");
    at.setId("image-walk-at");
    at.setMinWidth(40);
    ends.setMinWidth(Region.USE_PREF_SIZE);
    Button randomA = randomButton(true);
    Button randomB = randomButton(false);
    HBox.setHgrow(position, Priority.ALWAYS);
    HBox.setHgrow(this, Priority.ALWAYS);
    controls = new HBox(8, ends, randomA, randomB, new Label("A"), position, new Label("B"), at);
    controls.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(controls, Priority.ALWAYS);
    getChildren().addAll(mode, hint, controls);
    mode.selectedProperty().addListener((obs, was, is) -> send());
    position.valueProperty().addListener((obs, was, is) -> send());
    show();
  }

  /** A button that makes end A ({@code forA}) or B a new random vector. */
  private Button randomButton(boolean forA) {
    String end = forA ? "A" : "B";
    Button button = new Button("Random " + end);
    button.setId("image-walk-random-" + end.toLowerCase(java.util.Locale.ROOT));
    button.setOnAction(e -> {
      LatentWalk.End next = new LatentWalk.Random(++seeds);
      if (forA) {
        a = next;
      } else {
        b = next;
      }
      // A click on a grid then sets the other end.
      nextIsA = !forA;
      send();
    });
    return button;
  }

  /** Sets the next end to grid cell {@code cell} (A, then B, then A again) and shows the walk. */
  void cellPicked(int cell) {
    if (nextIsA) {
      a = new LatentWalk.Cell(cell);
    } else {
      b = new LatentWalk.Cell(cell);
    }
    nextIsA = !nextIsA;
    if (mode.isSelected()) {
      send();
    } else {
      mode.setSelected(true);
    }
  }

  /** Whether the walk is shown. */
  boolean walking() {
    return mode.isSelected();
  }

  /** The walk the controls stand at. */
  LatentWalk walk() {
    return new LatentWalk(a, b, position.getValue());
  }

  private void send() {
    show();
    // Hidden, the walk would still cost every run a forward pass per iteration: stop it.
    propose.accept(mode.isSelected() ? walk() : null);
  }

  private void show() {
    controls.setVisible(mode.isSelected());
    controls.setManaged(mode.isSelected());
    hint.setVisible(!mode.isSelected());
    hint.setManaged(!mode.isSelected());
    ends.setText("A: " + a.words() + "   B: " + b.words());
    mode.setTooltip(new Tooltip("A click on a grid cell sets " + (nextIsA ? "A" : "B")
        + "; every run's generator draws the same noise between A and B"));
    at.setText(String.format(Locale.ROOT, "%.2f", position.getValue()));
  }
}
