package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.wganlab.export.RunColours;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.metrics.Histogram;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.panel.HistogramView;
import org.wganlab.ui.panel.MethodEditor;
import org.wganlab.ui.panel.Palette;

/**
 * One image run: a header with its method, iteration, Wasserstein estimate, images/s, quality number
 * and status; its method's parameters and learning rate, shown as in force and editable while the
 * window trains the run (the toy panels' editor, its method fixed); its sample grid (live, or a saved one the history slider picked); its ||grad_x D||
 * histogram at real-fake interpolates (a marker at 1, where a gradient penalty gathers them) and its
 * critic's weights (markers at +-c under clipping), drawn as the toy panels draw theirs.
 */
final class RunTile extends VBox {
  private static final Color WEIGHTS = Color.web("#455a64");
  private final Label title = new Label();
  private final Label header = new Label();
  private final ImageView grid = new ImageView();
  private final HistogramView norms = new HistogramView("||grad D|| at interpolates", 90, 150, 48,
      80);
  private final HistogramView weights = new HistogramView("critic weights", 90, 150, 48, 80);
  private static final int NONE = -1;
  private final MethodEditor editor;
  private ImageRunState drawn;
  private float[] drawnGrid;
  private int drawnSaved = NONE;

  /** A tile whose editor proposes its run's method parameters and learning rate to {@code model}. */
  RunTile(ImageModel model) {
    super(4);
    editor = new MethodEditor(m -> model.editMethod(drawn.index(), m),
        rate -> model.editLearningRate(drawn.index(), rate), model.status()::error);
    editor.fixKind();
    setPadding(new Insets(4));
    getStyleClass().add("image-run");
    title.getStyleClass().add("image-run-title");
    header.getStyleClass().add("image-run-header");
    header.setWrapText(true);
    header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.setSmooth(false);
    grid.setPreserveRatio(true);
    grid.getStyleClass().add("sample-grid");
    HBox histograms = new HBox(4, norms, weights);
    HBox.setHgrow(norms, Priority.ALWAYS);
    HBox.setHgrow(weights, Priority.ALWAYS);
    getChildren().addAll(title, header, editor, grid, histograms);
    setMinWidth(150);
  }

  /** The height the tile takes besides its grid at its current width. */
  double heightBesideGrid() {
    double inside = Math.max(0, getWidth() - getPadding().getLeft() - getPadding().getRight());
    double height = getPadding().getTop() + getPadding().getBottom()
        + getSpacing() * (getChildren().size() - 1);
    for (javafx.scene.Node child : getChildren()) {
      if (child != grid) {
        height += child.prefHeight(inside);
      }
    }
    return height;
  }

  /** Sizes the grid to {@code side} pixels a side. */
  void setGridSide(double side) {
    grid.setFitWidth(side);
    grid.setFitHeight(side);
  }

  /**
   * Shows {@code run}; {@code savedIteration} is the history slider's iteration (-1 for the latest),
   * whose grid is read from {@code folder} in the background; whether another grid was drawn.
   */
  boolean show(ImageRunState run, ImageExperiment experiment, Path folder, int savedIteration,
      boolean editable) {
    editor.setDisable(!editable);
    if (run == drawn && savedIteration == drawnSaved) {
      return false;
    }
    // The values in force, as the session reports them.
    editor.show(run.run().method());
    editor.showRate(run.run().optimizer().learningRate());
    boolean newGrid = false;
    java.awt.Color awt = RunColours.of(run.run().method().kind());
    title.setText((run.index() + 1) + ": " + run.run().method().label());
    title.setTextFill(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
    header.setText(header(run));
    if (savedIteration < 0 && run.grid() != null) {
      if (run.grid() != drawnGrid) {
        grid.setImage(GridPixels.draw(run.grid(), experiment.channels(), experiment.size()));
        // Enlarged one image pixel per block: crisp.
        grid.setSmooth(false);
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

  /** The saved grid of {@code iteration}, loaded in the background; empty where the run has none. */
  private void showSaved(Path folder, ImageRunState run, int iteration) {
    if (iteration == NONE || !run.savedGrids().contains(iteration)) {
      grid.setImage(null);
      return;
    }
    Path file = ImageRunFolder.samplesFile(folder, run.index(), run.run(), iteration);
    grid.setImage(new Image(file.toUri().toString(), true));
    // The saved grids are drawn at 3 screen pixels per image pixel and shown smaller: smoothing
    // keeps them from breaking into stripes.
    grid.setSmooth(true);
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
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "iteration %,d  |  %s",
        run.iteration(), status));
    if (last != null) {
      text.append(String.format(Locale.ROOT, "%nW estimate %s  |  %.0f images/s",
          Formats.number(last.wassersteinEstimate()), last.imagesPerSecond()));
    }
    double quality = run.quality();
    if (!Double.isNaN(quality)) {
      text.append("  |  quality (FD) ").append(Formats.number(quality));
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

  /** The grid image shown, or null (for tests). */
  Image gridImage() {
    return grid.getImage();
  }
}
