package org.wganlab.ui.image;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.image.live.WalkPictures;

/**
 * The runs side by side with the real images beside them, the history slider under them (its stops
 * are the iterations of the saved grids, its right end the latest grids, live while training) and
 * the latent walk's controls, whose walk each tile then shows in place of its histograms. Building
 * the tiles and redrawing the grids are spread over frames: one costly thing per frame.
 */
final class ImageRunsPane extends VBox {
  private final ImageModel model;
  private final HBox row = new HBox(8);
  private final List<RunTile> tiles = new ArrayList<>();
  private final VBox real = new VBox(4);
  private final CrispGrid realGrid = new CrispGrid(80);
  private final ObservableBooleanValue settingsShown;
  private final Slider slider = new Slider(0, 0, 0);
  private final Label sliderText = new Label();
  private final HBox history;
  private final LatentWalkBar walkBar;
  private float[] realShown;
  private int turn;
  private int gridsDrawn;

  /** The runs of {@code model}, their editors shown while {@code settingsShown}. */
  ImageRunsPane(ImageModel model, ObservableBooleanValue settingsShown) {
    super(4);
    this.model = model;
    this.settingsShown = settingsShown;
    setPadding(new Insets(4, 6, 4, 6));
    Label realTitle = new Label("Real images (held out)");
    realTitle.getStyleClass().add("image-run-title");
    Label realNote = new Label("the data the critics compare with");
    realNote.setWrapText(true);
    real.getChildren().addAll(realTitle, realNote, realGrid);
    VBox.setVgrow(realGrid, Priority.ALWAYS);
    real.setMinWidth(80);
    real.setVisible(false);
    real.setManaged(false);
    slider.setId("image-history");
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(0);
    slider.setSnapToTicks(true);
    slider.setBlockIncrement(1);
    sliderText.setId("image-history-text");
    HBox.setHgrow(slider, Priority.ALWAYS);
    history = new HBox(8, new Label("Sample grids at"), slider, sliderText);
    history.setPadding(new Insets(0, 6, 0, 6));
    walkBar = new LatentWalkBar(model::walk);
    row.getChildren().add(real);
    getChildren().addAll(row, history, walkBar);
    VBox.setVgrow(row, Priority.ALWAYS);
    model.historyProperty().addListener((obs, was, is) -> syncSlider());
    model.historyIndexProperty().addListener((obs, was, is) -> syncSlider());
    slider.valueProperty().addListener((obs, was, is) -> {
      int stops = model.historyProperty().get().size();
      int at = (int) Math.round(is.doubleValue());
      model.historyIndexProperty().set(at >= stops ? -1 : at);
    });
    syncSlider();
  }

  /** The slider's right end is "latest"; the stops before it are the saved grids. */
  private void syncSlider() {
    int stops = model.historyProperty().get().size();
    int index = model.historyIndexProperty().get();
    slider.setMax(stops);
    slider.setDisable(stops == 0);
    slider.setValue(index < 0 ? stops : index);
    int shown = model.shownIteration();
    sliderText.setText(shown < 0 ? "latest" + (stops == 0 ? "" : " (" + stops + " saved)")
        : "iteration " + String.format(java.util.Locale.ROOT, "%,d", shown));
  }

  /**
   * Draws one tile whose run changed, the next in turn; all when {@code all}. Unless {@code all},
   * one call does at most one costly thing (build a tile, draw the real images or draw a grid), so
   * that a frame stays short even on a JVM that has not done it before (building one tile's controls
   * and styles then takes up to about 90 ms on two busy cores); whether it did one.
   */
  boolean redraw(ImageSnapshot snapshot, boolean all) {
    if (snapshot == null) {
      return false;
    }
    List<ImageRunState> runs = snapshot.runs();
    int before = tiles.size();
    if (!buildTiles(runs.size(), all) || tiles.size() != before && !all) {
      return true;
    }
    boolean costly = false;
    if (snapshot.realImages() != realShown && snapshot.experiment() != null) {
      realShown = snapshot.realImages();
      realGrid.setImage(realShown == null ? null : GridPixels.draw(realShown,
          snapshot.experiment().channels(), snapshot.experiment().size()));
      // As wide as the real images at one screen pixel per image pixel: the runs get the rest.
      real.setPrefWidth(realGrid.prefWidth(-1));
      real.setVisible(realShown != null);
      real.setManaged(realShown != null);
      costly = true;
    }
    if (costly && !all) {
      return true;
    }
    for (int k = 0; k < runs.size(); k++) {
      int i = (turn + k) % runs.size();
      if (tiles.get(i).show(runs.get(i), snapshot.experiment(), snapshot.folder(),
          model.shownIteration(), snapshot.access() == ImageSnapshot.Access.TRAINING)) {
        gridsDrawn++;
        costly = true;
      }
      tiles.get(i).showWalk(walkRow(snapshot, i), walkBar.walking(), snapshot.experiment());
      if (!all) {
        turn = (i + 1) % runs.size();
        break;
      }
    }
    return costly;
  }

  /**
   * Builds tiles until there is one per run ({@code count}): all of them when {@code all}, else at
   * most one in this call, so that no frame builds more than one; whether every run has its tile.
   */
  private boolean buildTiles(int count, boolean all) {
    if (tiles.size() > count) {
      tiles.clear();
      row.getChildren().setAll(real);
    }
    while (tiles.size() < count) {
      RunTile tile = new RunTile(model, settingsShown, walkBar::cellPicked);
      HBox.setHgrow(tile, Priority.ALWAYS);
      // Before the real images, which stay last.
      row.getChildren().add(tiles.size(), tile);
      tiles.add(tile);
      if (!all) {
        break;
      }
    }
    return tiles.size() == count;
  }

  /** Run {@code index}'s row of the snapshot's latent walk, or null while none is drawn. */
  private static WalkPictures.Row walkRow(ImageSnapshot snapshot, int index) {
    WalkPictures walk = snapshot.walk();
    return walk == null || index >= walk.rows().size() ? null : walk.rows().get(index);
  }

  /** How many sample grids were drawn so far (for measurements). */
  int gridsDrawn() {
    return gridsDrawn;
  }

  /** The tiles (for tests). */
  List<RunTile> tiles() {
    return tiles;
  }
}
