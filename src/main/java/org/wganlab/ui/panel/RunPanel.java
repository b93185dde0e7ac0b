package org.wganlab.ui.panel;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.image.WritableImage;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.Evaluation;
import org.wganlab.train.RunConfig;
import org.wganlab.ui.model.DisplayOptions;
import org.wganlab.ui.model.Layer;
import org.wganlab.ui.model.PanelView;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.SurfaceField;

/**
 * One run's panel: header (the run's name in its colour, iteration, W estimate, speed, status),
 * method editor, the heatmap with its colour bar and the two histograms, the layer toggles and the
 * D / ||grad D|| switch. Text and controls keep their size; the pictures take the rest of the height.
 * It redraws its pictures when a display choice changes, and when the window gives it a turn after
 * the run was measured again.
 */
public final class RunPanel extends VBox {
  /** Narrowest a panel gets before the row of panels scrolls instead. */
  public static final double MIN_WIDTH = 240;
  /**
   * Width every panel asks for; the same for all, so that a row shares its extra width out evenly
   * whatever each panel's labels and fields would like.
   */
  public static final double PREF_WIDTH = SurfaceView.PREF_SIDE + 14;
  /** The rule behind the modes line, where the count is shown. */
  private static final String MODES_RULE = String.format(Locale.ROOT, "How the modes are counted:"
      + " the generated points of the last %d iterations are pooled (%d points every %d"
      + " iterations). A point is good when it lies within %.0f standard deviations of a mode's"
      + " centre; a mode is captured when it holds at least %.0f%% of the good points an even"
      + " spread of all points over the modes would give it. \"good\" is the share of all points that"
      + " are good. On the heatmap each mode's ring has that radius: solid when the mode is captured,"
      + " dashed when not.",
      org.wganlab.metrics.ModeWindow.SPAN, org.wganlab.metrics.ModeWindow.POINTS,
      org.wganlab.metrics.ModeWindow.EVERY, org.wganlab.metrics.ModeCoverage.QUALITY_RADIUS_STDS,
      100 * org.wganlab.metrics.ModeCoverage.CAPTURE_SHARE);
  private final RunModel model;
  private final PanelActions actions;
  private final DisplayOptions options;
  private final DoubleSupplier sharedSpan;
  private final SurfaceView surface = new SurfaceView();
  private final PanelHistograms histograms = new PanelHistograms();
  private final PictureArea pictures = new PictureArea(surface, histograms);
  private final MethodEditor editor;
  private Evaluation drawn;

  /**
   * A panel showing {@code model}; {@code actions} does what its menu and editor ask, {@code options}
   * are the window's display choices and {@code sharedSpan} the D(x) span the panels share (NaN for
   * each its own).
   */
  public RunPanel(RunModel model, PanelActions actions, DisplayOptions options,
      DoubleSupplier sharedSpan) {
    super(4);
    this.model = model;
    this.actions = actions;
    this.options = options;
    this.sharedSpan = sharedSpan;
    getStyleClass().add("run-panel");
    setPadding(new Insets(6));
    editor = new MethodEditor(m -> actions.changeMethod(index(), m),
        rate -> actions.changeLearningRate(index(), rate), actions::error);
    editor.getStyleClass().add("method-editor");
    PanelView view = model.view();
    setMinWidth(MIN_WIDTH);
    setPrefWidth(PREF_WIDTH);
    FlowPane toggles = toggles(view);
    // The modes line follows the toggles in their flow: where the toggles wrap (three panels at
    // 1024 px) it fills their second row instead of taking a row of its own from the pictures.
    toggles.getChildren().add(modesLabel());
    getChildren().addAll(header(), editor, pictures, toggles);
    VBox.setVgrow(pictures, Priority.ALWAYS);
    // When the row is short of height only the pictures give way; text and controls keep theirs (the
    // editor keeps its own two-row minimum, which lines the heatmaps of all panels up).
    for (javafx.scene.Node child : getChildren()) {
      if (child != pictures && child != editor && child instanceof Region region) {
        region.setMinHeight(Region.USE_PREF_SIZE);
      }
    }
    // Presentation mode shows the pictures, not the knobs.
    editor.visibleProperty().bind(options.presentationProperty().not());
    editor.managedProperty().bind(editor.visibleProperty());
    InvalidationListener redraw = obs -> redraw(true);
    view.fieldProperty().addListener(redraw);
    for (Layer layer : Layer.values()) {
      view.layerProperty(layer).addListener(redraw);
    }
    options.valueScaleProperty().addListener(redraw);
    options.presentationProperty().addListener(obs -> textScale());
    model.runProperty().addListener((obs, old, now) -> showRun(now));
    showRun(model.runProperty().get());
    textScale();
    redraw(true);
  }

  private int index() {
    return model.indexProperty().get();
  }

  private void textScale() {
    surface.setTextScale(options.textScale());
    histograms.setTextScale(options.textScale());
    pictures.setTextScale(options.textScale());
  }

  private VBox header() {
    Region stripe = new Region();
    stripe.getStyleClass().add("run-stripe");
    stripe.setMinWidth(6);
    stripe.setPrefWidth(6);
    stripe.backgroundProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
        () -> new Background(new BackgroundFill(model.colourProperty().get(), null, null)),
        model.colourProperty()));
    Label title = label("panel-title");
    title.textProperty().bind(model.titleProperty());
    title.setTooltip(new Tooltip());
    title.getTooltip().textProperty().bind(model.titleProperty());
    // A long name (four r(x) choices side by side) wraps onto a second line rather than being cut.
    title.setWrapText(true);
    title.setMinWidth(0);
    title.setMinHeight(Region.USE_PREF_SIZE);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    MenuButton menu = PanelMenu.create(actions, this::index, this, this::figure);
    HBox top = new HBox(8, stripe, title, menu);
    top.setAlignment(Pos.CENTER_LEFT);
    Label iteration = label("panel-iteration");
    iteration.textProperty().bind(model.iterationTextProperty());
    Label estimate = label("panel-estimate");
    estimate.textProperty().bind(model.estimateTextProperty());
    Label speed = label("panel-speed");
    speed.textProperty().bind(model.speedTextProperty());
    iteration.setTooltip(PanelTips.tooltip(PanelTips.ITERATION));
    estimate.setTooltip(PanelTips.tooltip(PanelTips.ESTIMATE));
    speed.setTooltip(PanelTips.tooltip(PanelTips.SPEED));
    Label status = label("panel-status");
    status.textProperty().bind(model.statusTextProperty());
    status.setWrapText(true);
    model.divergedProperty().addListener((obs, o, d) -> {
      if (d) {
        status.getStyleClass().add("diverged");
      } else {
        status.getStyleClass().remove("diverged");
      }
    });
    // A flow: the status fits beside the numbers, and a divergence cause wraps onto its own lines.
    FlowPane numbers = new FlowPane(10, 2, iteration, estimate, speed, status);
    numbers.setAlignment(Pos.CENTER_LEFT);
    numbers.prefWrapLengthProperty().bind(widthProperty().subtract(14));
    numbers.setMinHeight(Region.USE_PREF_SIZE);
    status.maxWidthProperty().bind(numbers.widthProperty());
    return new VBox(2, top, numbers);
  }

  private static Label label(String styleClass) {
    Label label = new Label();
    label.getStyleClass().add(styleClass);
    return label;
  }

  private FlowPane toggles(PanelView view) {
    ToggleGroup group = new ToggleGroup();
    FlowPane pane = new FlowPane(4, 2);
    pane.getStyleClass().add("panel-toggles");
    for (SurfaceField field : SurfaceField.values()) {
      ToggleButton button = new ToggleButton(field.displayName());
      button.getStyleClass().add("field-" + field.name().toLowerCase(Locale.ROOT));
      button.setToggleGroup(group);
      button.setTooltip(new Tooltip(field.explanation()));
      button.setSelected(view.fieldProperty().get() == field);
      button.setOnAction(e -> {
        view.fieldProperty().set(field);
        button.setSelected(true);
      });
      // The View menu switches every panel at once: the buttons follow.
      view.fieldProperty().addListener((obs, old, now) -> button.setSelected(now == field));
      pane.getChildren().add(button);
    }
    for (Layer layer : Layer.values()) {
      CheckBox box = new CheckBox(layer.displayName());
      box.getStyleClass().add("layer-" + layer.name().toLowerCase(Locale.ROOT));
      box.selectedProperty().bindBidirectional(view.layerProperty(layer));
      box.setTooltip(new Tooltip(layer.explanation()));
      box.setMinWidth(Region.USE_PREF_SIZE);
      pane.getChildren().add(box);
    }
    // Presentation mode shows the pictures, not the knobs (the View menu switches every panel's view).
    for (javafx.scene.Node knob : pane.getChildren()) {
      knob.visibleProperty().bind(options.presentationProperty().not());
      knob.managedProperty().bind(knob.visibleProperty());
    }
    pane.prefWrapLengthProperty().bind(widthProperty().subtract(14));
    return pane;
  }

  private Label modesLabel() {
    Label modes = label("panel-modes");
    modes.textProperty().bind(model.modesTextProperty());
    // Data without modes has nothing to say here: the line gives its height to the pictures.
    modes.visibleProperty().bind(model.modesTextProperty().isNotEmpty());
    modes.managedProperty().bind(modes.visibleProperty());
    modes.setMinWidth(Region.USE_PREF_SIZE);
    modes.setPadding(new Insets(0, 0, 0, 6));
    modes.setTooltip(new Tooltip(MODES_RULE));
    return modes;
  }

  private void showRun(RunConfig run) {
    if (run != null) {
      editor.show(run.method());
      editor.showRate(run.optimizer().learningRate());
      redraw(true);
    }
  }

  /** The measurement the pictures show now (null before the first). */
  public Evaluation drawnEvaluation() {
    return drawn;
  }

  /** Redraws the pictures if the run was measured since they were drawn; whether it did. */
  public boolean redrawIfMeasured() {
    return redraw(false);
  }

  private boolean redraw(boolean force) {
    Evaluation latest = model.evaluationProperty().get();
    if (!force && latest == drawn) {
      return false;
    }
    drawn = latest;
    surface.draw(latest, model.view(), sharedSpan.getAsDouble());
    RunConfig run = model.runProperty().get();
    double clip = run != null && run.method() instanceof MethodConfig.Clipping c ? c.c() : Double.NaN;
    histograms.draw(latest, clip);
    return true;
  }

  /** The panel as a figure without its controls, drawn at {@code scale}. */
  private WritableImage figure(int scale) {
    String numbers = model.iterationTextProperty().get() + "    " + model.estimateTextProperty().get();
    return PanelFigure.draw(model.titleProperty().get(), numbers, model.colourProperty().get(),
        surface, histograms, scale);
  }

  /** The run this panel shows. */
  public RunModel model() {
    return model;
  }

  /** The surface view (for tests). */
  public SurfaceView surfaceView() {
    return surface;
  }

  /** The gradient-norm histogram (for tests). */
  public HistogramView normHistogram() {
    return histograms.normView();
  }

  /** The weight histogram (for tests). */
  public HistogramView weightHistogram() {
    return histograms.weightView();
  }

  /** The colour of the stripe in the header (for tests). */
  public Color stripeColour() {
    return model.colourProperty().get();
  }
}
