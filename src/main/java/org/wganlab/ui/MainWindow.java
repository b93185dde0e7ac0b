package org.wganlab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.wganlab.data.DataFormatException;
import org.wganlab.nn.backend.Backends;
import org.wganlab.train.DrawnSets;
import org.wganlab.ui.charts.ChartsPane;
import org.wganlab.ui.controls.DataBar;
import org.wganlab.ui.controls.SettingsBar;
import org.wganlab.ui.controls.StatusBar;
import org.wganlab.ui.controls.TransportBar;
import org.wganlab.ui.experiments.LessonBar;
import org.wganlab.ui.files.ChooserDialogs;
import org.wganlab.ui.files.Exports;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.RecordDialog;
import org.wganlab.ui.image.ImageWindow;
import org.wganlab.ui.model.DataSources;
import org.wganlab.ui.model.DisplayOptions;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Preset;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.StatusModel;
import org.wganlab.ui.panel.RunPanel;
import org.wganlab.ui.perf.FrameMeter;
import org.wganlab.ui.perf.Measurement;

/**
 * The main window: menus and control bars on top, one panel per run in the middle, the shared charts
 * and the status line at the bottom. It wires view-models to views and owns their lifetimes; closing
 * it stops training and the file thread.
 */
public final class MainWindow implements AutoCloseable {
  private final Stage stage;
  private final StatusModel status = new StatusModel();
  private final DataSources sources;
  private final ExperimentModel model;
  private final Exports exports;
  private final ChartsPane charts = new ChartsPane();
  private final DisplayOptions options = new DisplayOptions();
  private final HBox panels = new HBox(8);
  private final Map<RunModel, RunPanel> panelOf = new HashMap<>();
  private final BorderPane root = new BorderPane();
  private final FrameMeter meter = new FrameMeter();
  private final WindowActions actions;
  private final FrameLoop loop;
  private final RecordDialog recorder;
  private final MainMenus menus;
  private boolean closed;

  private MainWindow(Stage stage, AppSetup setup) throws DataFormatException {
    this.stage = stage;
    DrawnSets drawn = new DrawnSets();
    sources = new DataSources(setup.workingFolder().resolve("toydata"), drawn);
    exports = new Exports(status, setup.files());
    model = new ExperimentModel(setup.config(), drawn, setup.training(), status);
    FileDialogs dialogs = setup.dialogs() != null ? setup.dialogs()
        : new ChooserDialogs(() -> stage, setup.workingFolder());
    menus = new MainMenus(stage, setup);
    actions = new WindowActions(model, sources, dialogs, exports, this::drawLatest, () -> root,
        options.presetProperty(), menus::openRunFolder);
    options.presetProperty().set(Preset.matching(setup.config()));
    recorder = new RecordDialog(stage, () -> root, this::panelsInOrder,
        () -> model.runs().stream().map(r -> r.titleProperty().get()).toList(), dialogs,
        setup.files(), status);
    LessonBar lesson = new LessonBar(options.presetProperty(), model.snapshotProperty());
    VBox top = new VBox(4, menus.bar(actions, recorder, options, model), bars(dialogs), lesson);
    top.getStyleClass().add("window-top");
    panels.setPadding(new Insets(6));
    panels.getStyleClass().add("panel-row");
    ScrollPane middle = new ScrollPane(panels);
    middle.getStyleClass().add("panel-scroller");
    // The panels share the viewport's width; below their minimum widths the row scrolls instead.
    middle.setFitToWidth(true);
    middle.setFitToHeight(true);
    uncacheViewport(middle);
    root.setTop(top);
    root.setCenter(new WindowBody(middle, charts, options.presentationProperty()));
    root.setBottom(new StatusBar(status, model, Backends.report()));
    model.runs().addListener((ListChangeListener<RunModel>) change -> layoutPanels());
    // The whole screen: on a projector every pixel is worth having (headless test screens too).
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
    scene.getStylesheets().add(stylesheet("wgan-lab.css"));
    // The charts yield to the panels: a share of the window's height, a larger one in presentation
    // mode, where their larger text needs it and the control bars have made room.
    // A preset's caption and claims take a little of the charts' share.
    charts.prefHeightProperty().bind(scene.heightProperty().multiply(javafx.beans.binding.Bindings
        .when(options.presentationProperty()).then(0.27).otherwise(javafx.beans.binding.Bindings
            .when(lesson.visibleProperty()).then(0.21).otherwise(0.23))));
    charts.setMinHeight(120);
    charts.maxHeightProperty().bind(charts.prefHeightProperty());
    new PresentationMode(scene, options, charts, status, model::runs);
    stage.setScene(scene);
    stage.setTitle("WGAN Lab: clipping, gradient penalty and W-div, live");
    stage.setOnHidden(e -> close());
    loop = new FrameLoop(scene, model, charts, this::panelsInOrder, meter,
        Measurement.fromProperties(model, meter));
    loop.start();
    stage.show();
  }

  /**
   * Builds the window on {@code stage} and shows it, paused.
   *
   * @throws DataFormatException when the experiment's data cannot be read
   */
  public static MainWindow open(Stage stage, AppSetup setup) throws DataFormatException {
    return new MainWindow(stage, setup);
  }

  /** The image window, or null before File > New image experiment or Open run folder (for tests). */
  public ImageWindow images() {
    return menus.images();
  }

  private static String stylesheet(String name) {
    return MainWindow.class.getResource(name).toExternalForm();
  }

  /**
   * Turns off the bitmap cache that the scroll pane's skin keeps of its viewport. The panels change
   * several times a second; with the cache, every change (even one iteration counter) re-rendered all
   * panels into the cache before drawing it, which in software rendering cost a large share of
   * every frame.
   */
  private static void uncacheViewport(ScrollPane pane) {
    pane.skinProperty().addListener((obs, old, skin) -> {
      javafx.scene.Node viewport = pane.lookup(".viewport");
      if (viewport != null) {
        viewport.setCache(false);
      }
    });
  }

  /**
   * The control bars in one flow: play and steps, then data and the shared settings, each group kept
   * whole and wrapped as the width asks (two rows at 1280 px). Presentation mode keeps only the first.
   */
  private FlowPane bars(FileDialogs dialogs) {
    DataBar data = new DataBar(model, sources, dialogs, exports, () -> stage);
    SettingsBar settings = new SettingsBar(model);
    FlowPane bars = new FlowPane(16, 4, new TransportBar(model), data);
    bars.getChildren().addAll(settings.groups());
    for (Node bar : bars.getChildren().subList(1, bars.getChildren().size())) {
      bar.visibleProperty().bind(options.presentationProperty().not());
      bar.managedProperty().bind(bar.visibleProperty());
    }
    bars.setPadding(new Insets(2, 8, 2, 8));
    bars.getStyleClass().add("control-bars");
    return bars;
  }

  private List<RunPanel> panelsInOrder() {
    return model.runs().stream().map(panelOf::get).filter(java.util.Objects::nonNull).toList();
  }

  /** Brings every picture up to date at once, before the window is saved as an image. */
  private void drawLatest() {
    charts.refreshAll(model.runs());
    for (RunPanel panel : panelsInOrder()) {
      panel.redrawIfMeasured();
    }
  }

  private void layoutPanels() {
    panelOf.keySet().retainAll(model.runs());
    for (RunModel run : model.runs()) {
      panelOf.computeIfAbsent(run, r -> new RunPanel(r, actions, options,
          () -> options.sharedValueSpan(model.runs())));
    }
    for (RunPanel panel : panelOf.values()) {
      HBox.setHgrow(panel, Priority.ALWAYS);
    }
    panels.getChildren().setAll(model.runs().stream().map(panelOf::get).toList());
  }

  /**
   * Takes the newest snapshot now and brings every panel, picture and chart up to date at once, as
   * the frames would over the next few pulses (for tests, which then need not wait for frames).
   */
  public void showLatest() {
    model.pull();
    drawLatest();
    root.applyCss();
    root.layout();
  }

  /** The experiment model (for tests). */
  public ExperimentModel model() {
    return model;
  }

  /** The frame meter (for tests and measurements). */
  public FrameMeter meter() {
    return meter;
  }

  /** The shared charts (for tests). */
  public ChartsPane charts() {
    return charts;
  }

  /** The window's display choices (for tests). */
  public DisplayOptions options() {
    return options;
  }

  /** The data sources (for tests). */
  public DataSources sources() {
    return sources;
  }

  /** Stops training, the frame loop and the file thread; safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (menus.images() != null) {
      menus.images().close();
    }
    loop.close(stage.getScene());
    model.close();
    exports.close();
  }
}
