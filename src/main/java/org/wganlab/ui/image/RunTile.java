package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.wganlab.export.RunColours;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.WalkPictures;
import org.wganlab.metrics.Histogram;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.panel.HistogramView;
import org.wganlab.ui.panel.MethodEditor;
import org.wganlab.ui.panel.Palette;

/**
 * One image run: a header with its method, iteration, Wasserstein estimate, images/s, quality number
 * and status; its method's parameters and learning rate, shown as in force and editable while the
 * window trains the run (the toy panels' editor, its method fixed); its sample grid (live, or a saved
 * one the history slider picked); its ||grad_x D||
 * histogram at real-fake interpolates (a marker at 1, where a gradient penalty gathers them) and its
 * critic's weights (markers at +-c under clipping), drawn as the toy panels draw theirs. A click on
 * a grid picks that cell's noise for the latent walk.
 */
final class RunTile extends VBox {
  private static final Color WEIGHTS = Color.web("#455a64");
  private final Label title = new Label();
  private final Label header = new Label();
  private final CrispGrid grid = new CrispGrid(100);
  private final HistogramView norms = new HistogramView("||grad D||", 90, 150, 48, 80);
  private final HistogramView weights = new HistogramView("critic weights", 90, 150, 48, 80);
  private final WalkView walk = new WalkView();
  private final TileBody body = new TileBody(grid, norms, weights, walk);
  private static final int NONE = -1;
  private final ImageModel model;
  private final ObservableBooleanValue settingsShown;
  /**
   * Built the first time the settings are shown: hidden at first, and with its sliders, fields and
   * their tooltips the costliest part of a tile to build and style.
   */
  private MethodEditor editor;
  private final InvalidationListener settingsToggled = obs -> showSettings();
  private boolean editable;
  private ImageRunState drawn;
  private float[] drawnGrid;
  /** The image the live grid is drawn into, iteration after iteration. */
  private WritableImage liveImage;
  private int drawnSaved = NONE;
  private ImageExperiment shownExperiment;

  /**
   * A tile whose editor proposes its run's method parameters and learning rate to {@code model},
   * shown while {@code settingsShown}, and whose grid reports the cell a click picks to
   * {@code cellPicked}.
   */
  RunTile(ImageModel model, ObservableBooleanValue settingsShown, IntConsumer cellPicked) {
    super(4);
    this.model = model;
    this.settingsShown = settingsShown;
    setPadding(new Insets(4));
    getStyleClass().add("image-run");
    title.getStyleClass().add("image-run-title");
    header.getStyleClass().add("image-run-header");
    header.setWrapText(true);
    header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    ImageView view = grid.view();
    view.getStyleClass().add("sample-grid");
    view.setCursor(Cursor.HAND);
    view.setOnMouseClicked(e -> {
      int cell = cellAt(e.getX(), e.getY());
      if (cell >= 0) {
        cellPicked.accept(cell);
      }
    });
    walk.setVisible(false);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(title, header, body);
    setMinWidth(150);
    // Equal preferences, so that the row shares its width equally whatever each editor asks.
    setPrefWidth(150);
    // Weakly: the window's Settings toggle outlives the tiles of an experiment it closed.
    settingsShown.addListener(new WeakInvalidationListener(settingsToggled));
    showSettings();
  }

  /** Builds the editor if the settings are shown and it is not built yet. */
  private void showSettings() {
    if (editor != null || !settingsShown.get()) {
      return;
    }
    editor = new MethodEditor(m -> model.editMethod(drawn.index(), m),
        rate -> model.editLearningRate(drawn.index(), rate), model.status()::error);
    editor.fixKind();
    // The editors fold away so that the grids can take their height (on a projector).
    editor.visibleProperty().bind(settingsShown);
    editor.managedProperty().bind(settingsShown);
    editor.setDisable(!editable);
    if (drawn != null) {
      showInEditor(drawn);
    }
    getChildren().add(getChildren().indexOf(body), editor);
  }

  /** The values in force, as the session reports them. */
  private void showInEditor(ImageRunState run) {
    editor.show(run.run().method());
    editor.showRate(run.run().optimizer().learningRate());
  }

  /**
   * Shows the run's latent walk {@code row} in place of the histograms while {@code on} (null: not
   * drawn yet), the histograms otherwise; whether it drew new pictures.
   */
  boolean showWalk(WalkPictures.Row row, boolean on, ImageExperiment experiment) {
    if (walk.isVisible() != on) {
      walk.setVisible(on);
      norms.setVisible(!on);
      weights.setVisible(!on);
      body.requestLayout();
    }
    return on && walk.show(row, experiment);
  }

  /**
   * Shows {@code run}; {@code savedIteration} is the history slider's iteration (-1 for the latest),
   * whose grid is read from {@code folder} in the background; whether another grid was drawn.
   */
  boolean show(ImageRunState run, ImageExperiment experiment, Path folder, int savedIteration,
      boolean editable) {
    this.editable = editable;
    if (editor != null) {
      editor.setDisable(!editable);
    }
    if (run == drawn && savedIteration == drawnSaved) {
      return false;
    }
    if (editor != null) {
      showInEditor(run);
    }
    boolean newGrid = false;
    shownExperiment = experiment;
    java.awt.Color awt = RunColours.of(run.run().method().kind());
    title.setText((run.index() + 1) + ": " + run.run().method().label());
    title.setTextFill(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
    header.setText(header(run));
    if (savedIteration < 0 && run.grid() != null) {
      if (run.grid() != drawnGrid) {
        liveImage = GridPixels.redraw(run.grid(), experiment.channels(), experiment.size(),
            liveImage);
        grid.setImage(liveImage);
        drawnGrid = run.grid();
        drawnSaved = NONE;
        newGrid = true;
      }
    } else {
      // A followed folder has no live pixels: its newest saved grid is its latest.
      List<Integer> saved = run.savedGrids();
      int at = savedIteration >= 0 ? savedIteration
          : saved.isEmpty() ? NONE : saved.get(saved.size() - 1);
      if (at != drawnSaved) {
        showSaved(folder, run, at);
        drawnSaved = at;
        drawnGrid = null;
        newGrid = true;
      }
    }
    if (drawn == null || run.gradientNorms() != drawn.gradientNorms()) {
      drawNorms(run.gradientNorms());
      drawWeights(run.weights(), run.run().clipBound());
    }
    drawn = run;
    return newGrid;
  }

  /**
   * The grid cell under the point ({@code x}, {@code y}) of the grid view, in either of its layouts
   * (the live one, one image pixel per grid pixel, or a saved file's), or -1 off the images.
   */
  private int cellAt(double x, double y) {
    Image image = grid.image();
    Bounds shown = grid.view().getLayoutBounds();
    if (image == null || shownExperiment == null || shown.getWidth() <= 0) {
      return NONE;
    }
    double px = x * image.getWidth() / shown.getWidth();
    double py = y * image.getHeight() / shown.getHeight();
    if (drawnGrid == null) {
      return ImageRunFolder.savedGridCell(px, py, shownExperiment);
    }
    int volume = shownExperiment.channels() * shownExperiment.size() * shownExperiment.size();
    return GridPixels.cellAt(px, py, drawnGrid.length / volume, shownExperiment.size());
  }

  /** The saved grid of {@code iteration}, loaded in the background; empty where the run has none. */
  private void showSaved(Path folder, ImageRunState run, int iteration) {
    if (iteration == NONE || !run.savedGrids().contains(iteration)) {
      grid.setImage(null);
      return;
    }
    Path file = ImageRunFolder.samplesFile(folder, run.index(), run.run(), iteration);
    // Drawn at 3 screen pixels per image pixel and usually shown smaller (smoothly, by CrispGrid).
    grid.setImage(new Image(file.toUri().toString(), true));
  }

  private static String header(ImageRunState run) {
    ImageMetricsRow last = run.lastRow();
    String status = switch (run.status()) {
      case READY -> "ready";
      case RUNNING -> "running";
      case PAUSED -> "paused";
      case FINISHED -> "finished";
      case DIVERGED -> "diverged: " + run.problem();
    };
    // Short lines, so that a tile a third of a 1024-pixel window wide keeps each one whole.
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "iteration %,d  |  %s",
        run.iteration(), status));
    if (last != null) {
      text.append(String.format(Locale.ROOT, "%nW estimate %s  |  %.0f images/s",
          Formats.number(last.wassersteinEstimate()), last.imagesPerSecond()));
    }
    double quality = run.quality();
    if (!Double.isNaN(quality)) {
      text.append("\nquality (FD) ").append(Formats.number(quality));
    }
    return text.toString();
  }

  private void drawNorms(Histogram h) {
    if (h == null) {
      norms.begin(0, 2);
    } else {
      norms.begin(0, h.max());
      norms.add("real-fake interpolates", Palette.PENALTY, h.counts());
    }
    norms.marker(1.0);
    norms.paint();
  }

  private void drawWeights(Histogram h, double clip) {
    if (h == null) {
      weights.begin(-1, 1);
    } else {
      weights.begin(Math.min(h.min(), Double.isFinite(clip) ? -1.25 * clip : h.min()),
          Math.max(h.max(), Double.isFinite(clip) ? 1.25 * clip : h.max()));
      weights.add("", WEIGHTS, h.counts(), h.min(), h.max());
      if (Double.isFinite(clip)) {
        weights.marker(-clip);
        weights.marker(clip);
      }
    }
    weights.paint();
  }

  /** The header text shown (for tests). */
  String headerText() {
    return header.getText();
  }

  /** The run's walk (for tests). */
  WalkView walkView() {
    return walk;
  }

  /** The grid image shown, or null (for tests). */
  Image gridImage() {
    return grid.image();
  }

  /** The grid's view, whose bounds are the grid's on screen (for tests). */
  ImageView gridView() {
    return grid.view();
  }
}
