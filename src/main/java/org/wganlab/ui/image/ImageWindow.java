package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.wganlab.image.ImageSetting;
import org.wganlab.image.live.ImageLab;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.nn.backend.Backends;
import org.wganlab.ui.files.Exports;
import org.wganlab.ui.model.StatusModel;
import org.wganlab.ui.perf.FrameMeter;

/**
 * The image mode's window: a menu (new experiment, open run folder, exports of the grids, the window
 * and the curves), the transport bar with its Settings toggle, the runs with their grids, headers,
 * editors and histograms, the history slider, the shared charts (the divider above them movable) and
 * the status line. It holds one image session at a time; opening another closes the first, which a
 * training session answers with a checkpoint. Closing the window does the same.
 */
public final class ImageWindow implements AutoCloseable {
  /** Least time between two snapshots taken, as in the toy window. */
  static final long TAKE_EVERY_NANOS = 50_000_000L;
  /** The share of the runs' and charts' height that the charts take at first. */
  static final double CHART_SHARE = 0.22;
  private final Stage stage;
  private final ImageSetup setup;
  private final StatusModel status = new StatusModel();
  private final FrameMeter meter = new FrameMeter();
  private final BorderPane root = new BorderPane();
  private final ImageCharts charts = new ImageCharts();
  private final Label info = new Label();
  /** Whether the runs show their editors; kept for every experiment the window opens. */
  private final BooleanProperty settingsShown = new SimpleBooleanProperty(false);
  private final SplitPane middle = new SplitPane();
  private final ImageTransport transport;
  private final AnimationTimer frames;
  private final ImageMeasurement measurement;
  private final ImageExports exports;
  private ImageModel model;
  private ImageRunsPane runs;
  private ImageSnapshot drawn;
  private int drawnHistory = -2;
  private long lastTaken;
  private boolean closed;

  private ImageWindow(Stage stage, ImageSetup setup) {
    this.stage = stage;
    this.setup = setup;
    transport = new ImageTransport(() -> model, this::confirmReset, settingsShown);
    exports = new ImageExports(new Exports(status, setup.files()));
    Label line = new Label();
    line.setId("image-status");
    line.textProperty().bind(status.messageProperty());
    line.setWrapText(true);
    info.setId("image-info");
    info.setWrapText(true);
    VBox bottom = new VBox(0, line, info);
    bottom.setPadding(new Insets(2, 8, 4, 8));
    root.setTop(new VBox(menus(), transport));
    root.setBottom(bottom);
    // The runs over the charts, the divider movable: a lesson about the grids drags it down.
    charts.setMinHeight(90);
    charts.setPadding(new Insets(0, 8, 0, 8));
    middle.setOrientation(javafx.geometry.Orientation.VERTICAL);
    middle.getItems().setAll(new javafx.scene.layout.Pane(), charts);
    middle.setDividerPositions(1 - CHART_SHARE);
    root.setCenter(middle);
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
    stage.setScene(scene);
    stage.setTitle("WGAN Lab: image experiments");
    stage.setOnHidden(e -> close());
    scene.addPostLayoutPulseListener(() -> meter.frameDone(System.nanoTime()));
    measurement = ImageMeasurement.fromProperties(meter);
    frames = new AnimationTimer() {
      @Override
      public void handle(long now) {
        frame();
      }
    };
    frames.start();
    status.info("File > New image experiment... or File > Open run folder...");
  }

  /** Shows an image window on {@code stage}, with no experiment yet. */
  public static ImageWindow show(Stage stage, ImageSetup setup) {
    ImageWindow window = new ImageWindow(stage, setup);
    stage.show();
    return window;
  }

  private MenuBar menus() {
    MenuItem create = new MenuItem("New image experiment...");
    create.setOnAction(e -> newExperiment());
    MenuItem classroom = new MenuItem("New classroom image experiment...");
    classroom.setOnAction(e -> newExperiment(ImageSetting.CLASSROOM));
    MenuItem open = new MenuItem("Open run folder...");
    open.setOnAction(e -> setup.folders().folder("Image run folder").ifPresent(this::openFolder));
    MenuItem grids1 = new MenuItem("Save sample grids as PNG (1x)...");
    grids1.setOnAction(e -> exportGrids(1));
    MenuItem grids2 = new MenuItem("Save sample grids as PNG (2x)...");
    grids2.setOnAction(e -> exportGrids(2));
    MenuItem window1 = new MenuItem("Save window as PNG (1x)...");
    window1.setOnAction(e -> exportWindow(1));
    MenuItem window2 = new MenuItem("Save window as PNG (2x)...");
    window2.setOnAction(e -> exportWindow(2));
    MenuItem curves = new MenuItem("Save curves as CSV (metrics.csv)...");
    curves.setOnAction(e -> exportCurves());
    MenuItem close = new MenuItem("Close window");
    close.setOnAction(e -> stage.close());
    return new MenuBar(new Menu("File", null, create, classroom, open, new SeparatorMenuItem(),
        grids1, grids2, window1, window2, curves, new SeparatorMenuItem(), close));
  }

  /** Asks for a new experiment, starting from the paper's settings, and starts it. */
  public void newExperiment() {
    newExperiment(ImageSetting.PAPER);
  }

  /** Asks for a new experiment, starting from {@code setting}, and starts it. */
  public void newExperiment(ImageSetting setting) {
    Optional<NewImageDialog.Choice> choice = new NewImageDialog(stage, setup.folders(),
        setup.workingFolder(), setting).ask();
    choice.ifPresent(c -> start(ImageLab.create(c.experiment(), c.folder(),
        new ImageLab.Setup(setup.workingFolder(), c.quality() ? setup.qualityCache() : null)),
        "Loading the data and building the networks for " + c.folder().getFileName() + "..."));
  }

  /**
   * Opens the run in {@code folder}: followed read-only until Play or Step. With
   * {@code wganlab.ui.autoplay=true} (screenshots, measurements) Play is pressed at once.
   */
  public void openFolder(Path folder) {
    start(ImageLab.open(folder, new ImageLab.Setup(setup.workingFolder(), setup.qualityCache())),
        "Reading " + folder.getFileName() + "...");
    if (Boolean.getBoolean("wganlab.ui.autoplay")) {
      model.play();
    }
  }

  private void start(ImageLab lab, String message) {
    if (model != null) {
      model.close();
    }
    model = new ImageModel(lab, setup.training(), status);
    runs = new ImageRunsPane(model, settingsShown);
    ScrollPane scroller = new ScrollPane(runs);
    // The runs fill the viewport; only below their least sizes does it scroll.
    scroller.setFitToWidth(true);
    scroller.setFitToHeight(true);
    double[] dividers = middle.getDividerPositions();
    middle.getItems().set(0, scroller);
    middle.setDividerPositions(dividers);
    drawn = null;
    status.info(message);
    transport.bind(model);
  }

  private boolean confirmReset() {
    javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
        javafx.scene.control.Alert.AlertType.CONFIRMATION, "Reset replaces this run folder's files"
        + " (grids, metrics, checkpoints) with a new run at iteration 0.");
    ask.initOwner(stage);
    return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
  }

  private void exportGrids(int scale) {
    ImageSnapshot shot = drawn;
    if (shot == null || shot.experiment() == null) {
      status.warn("No sample grids to save yet.");
      return;
    }
    setup.folders().folder("Folder for the sample grids").ifPresent(target ->
        setup.files().execute(() -> GridExport.write(shot, target, scale, status)));
  }

  private void exportWindow(int scale) {
    ImageSnapshot shot = drawn;
    if (shot == null) {
      status.warn("No image run shown yet.");
      return;
    }
    setup.folders().folder("Folder for the window's picture").ifPresent(target ->
        exports.window(root, shot, scale, target));
  }

  private void exportCurves() {
    ImageSnapshot shot = drawn;
    if (shot == null) {
      status.warn("No image run shown yet.");
      return;
    }
    setup.folders().folder("Folder for the curves").ifPresent(target ->
        exports.curves(shot, target));
  }

  private void frame() {
    long start = System.nanoTime();
    meter.frameStarted(start);
    if (model == null) {
      return;
    }
    if (start - lastTaken >= TAKE_EVERY_NANOS) {
      lastTaken = start;
      model.pull();
    }
    ImageSnapshot shot = model.snapshotProperty().get();
    int history = model.historyIndexProperty().get();
    if (shot != null) {
      boolean costly = runs.redraw(shot, history != drawnHistory);
      drawnHistory = history;
      if (shot != drawn) {
        transport.show(shot);
        info.setText(infoText(shot));
        drawn = shot;
      }
      long drawnAt = System.nanoTime();
      // A frame that built a tile or drew a grid leaves the charts to the next one.
      if (!costly) {
        charts.refresh(shot.runs(), start);
      }
      meter.parts(drawnAt - start, System.nanoTime() - drawnAt);
      if (measurement != null) {
        measurement.frame(start, runs.gridsDrawn());
      }
    }
  }

  private static String infoText(ImageSnapshot shot) {
    String data = shot.data().isEmpty() ? "data not loaded (the folder is only followed)"
        : shot.data();
    return Backends.report().line() + "  |  " + data;
  }

  /**
   * Takes the newest snapshot and draws everything at once, as the frames would over the next few
   * pulses (for tests, which then need not wait for frames).
   */
  public void showLatest() {
    if (model == null) {
      return;
    }
    model.pull();
    ImageSnapshot shot = model.snapshotProperty().get();
    if (shot != null) {
      runs.redraw(shot, true);
      transport.show(shot);
      info.setText(infoText(shot));
      charts.refreshAll(shot.runs());
      drawn = shot;
    }
    root.applyCss();
    root.layout();
  }

  /** Whether the window is on screen. */
  public boolean showing() {
    return stage.isShowing();
  }

  /** The model of the experiment shown, or null (for tests). */
  public ImageModel model() {
    return model;
  }

  /** The frame meter (for measurements). */
  public FrameMeter meter() {
    return meter;
  }

  /** The status line. */
  public StatusModel status() {
    return status;
  }

  /**
   * Stops the frames and the session (a training one checkpoints) and closes the window; safe to
   * call twice.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    frames.stop();
    if (model != null) {
      model.close();
      model = null;
    }
    stage.close();
  }
}
