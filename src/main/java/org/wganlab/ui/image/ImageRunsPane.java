package org.wganlab.ui.image;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.image.live.WalkPictures;

/**
 * The runs side by side with the real images beside them, the history slider under them (its stops
 * are the iterations of the saved grids, its right end the latest grids, live while training) and
 * the latent walk's controls, whose walk each tile then shows in place of its histograms. Redrawing
 * the grids is spread over frames: at most one tile per frame.
 */
final class ImageRunsPane extends VBox {
  private final ImageModel model;
  private final HBox row = new HBox(8);
  private final List<RunTile> tiles = new ArrayList<>();
  private final VBox real = new VBox(4);
  private final ImageView realGrid = new ImageView();
  private final Slider slider = new Slider(0, 0, 0);
  private final Label sliderText = new Label();
  private final HBox history;
  private final LatentWalkBar walkBar;
  private float[] realShown;
  private int turn;
  private int gridsDrawn;
  private double viewHeight = Double.MAX_VALUE;
  private double side = 120;

  ImageRunsPane(ImageModel model) {
    super(6);
    this.model = model;
    setPadding(new Insets(6));
    realGrid.setSmooth(false);
    realGrid.setPreserveRatio(true);
    Label realTitle = new Label("Real images (held out)");
    realTitle.getStyleClass().add("image-run-title");
    real.getChildren().addAll(realTitle, new Label("the data the critics compare with"), realGrid);
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

  /** Draws one tile whose run changed, the next in turn; all when {@code all}. */
  void redraw(ImageSnapshot snapshot, boolean all) {
    if (snapshot == null) {
      return;
    }
    List<ImageRunState> runs = snapshot.runs();
    if (tiles.size() != runs.size()) {
      tiles.clear();
      for (int i = 0; i < runs.size(); i++) {
        RunTile tile = new RunTile(model, walkBar::cellPicked);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tiles.add(tile);
      }
      row.getChildren().setAll(tiles);
      row.getChildren().add(real);
    }
    if (snapshot.realImages() != realShown && snapshot.experiment() != null) {
      realShown = snapshot.realImages();
      realGrid.setImage(realShown == null ? null : GridPixels.draw(realShown,
          snapshot.experiment().channels(), snapshot.experiment().size()));
    }
    real.setVisible(realShown != null);
    real.setManaged(realShown != null);
    side = gridSide(runs.size());
    realGrid.setFitWidth(side);
    for (RunTile tile : tiles) {
      tile.setGridSide(side);
    }
    for (int k = 0; k < runs.size(); k++) {
      int i = (turn + k) % runs.size();
      if (tiles.get(i).show(runs.get(i), snapshot.experiment(), snapshot.folder(),
          model.shownIteration(), snapshot.access() == ImageSnapshot.Access.TRAINING)) {
        gridsDrawn++;
      }
      tiles.get(i).showWalk(walkRow(snapshot, i), walkBar.walking(), snapshot.experiment());
      if (!all) {
        turn = (i + 1) % runs.size();
        break;
      }
    }
  }

  /**
   * The grids' side: as wide as {@code runs} tiles and the real images allow, and low enough that
   * the tiles, the history slider and the walk's controls fit the visible height without scrolling
   * (down to a side of 120).
   */
  private double gridSide(int runs) {
    double wide = (getWidth() - 40) / (runs + 1) - 10;
    double chrome = getPadding().getTop() + getPadding().getBottom() + 2 * getSpacing();
    for (int i = 1; i < getChildren().size(); i++) {
      chrome += getChildren().get(i).prefHeight(-1);
    }
    // Beside the grid, a tile holds its header, editor, histograms or walk (at the tile's width).
    chrome += tiles.stream().mapToDouble(RunTile::heightBesideGrid).max().orElse(0);
    return Math.max(120, Math.min(300, Math.min(wide, viewHeight - chrome)));
  }

  /** Sets the height the pane is seen in (its scroll pane's viewport). */
  void setViewHeight(double height) {
    viewHeight = height;
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
