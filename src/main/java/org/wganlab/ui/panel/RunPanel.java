package org.wganlab.ui.panel;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.Evaluation;
import org.wganlab.train.RunConfig;
import org.wganlab.ui.model.Layer;
import org.wganlab.ui.model.PanelView;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.SurfaceField;

/**
 * One run's panel: header (method, iteration, W estimate, speed, status), method editor, surface with
 * layer toggles and the D / ||grad D|| switch, and the two histograms. It redraws its pictures when a
 * display choice changes, and when the window gives it a turn after the run was measured again.
 */
public final class RunPanel extends VBox {
  /** Narrowest a panel gets before the row of panels scrolls instead. */
  public static final double MIN_WIDTH = 300;
  /**
   * Width every panel asks for; the same for all, so that a row shares its extra width out evenly
   * whatever each panel's labels and fields would like.
   */
  public static final double PREF_WIDTH = SurfaceView.PREF_SIDE + 14;
  private final RunModel model;
  private final PanelActions actions;
  private final SurfaceView surface = new SurfaceView();
  private final PanelHistograms histograms = new PanelHistograms();
  private final MethodEditor editor;
  private Evaluation drawn;

  /** A panel showing {@code model}; {@code actions} does what its menu and editor ask. */
  public RunPanel(RunModel model, PanelActions actions) {
    super(4);
    this.model = model;
    this.actions = actions;
    getStyleClass().add("run-panel");
    setPadding(new Insets(6));
    setStyle("-fx-border-color: #cccccc; -fx-border-radius: 4; -fx-background-color: white;"
        + " -fx-background-radius: 4;");
    editor = new MethodEditor(m -> actions.changeMethod(index(), m), actions::error);
    PanelView view = model.view();
    setMinWidth(MIN_WIDTH);
    setPrefWidth(PREF_WIDTH);
    getChildren().addAll(header(), editor, surface, toggles(view), histograms, modesLabel());
    // When the row is short of height only the heatmap gives way; text and controls keep theirs (the
    // editor keeps its own two-row minimum, which lines the heatmaps of all panels up).
    for (javafx.scene.Node child : getChildren()) {
      if (child != surface && child != editor && child instanceof Region region) {
        region.setMinHeight(Region.USE_PREF_SIZE);
      }
    }
    InvalidationListener redraw = obs -> redraw(true);
    view.fieldProperty().addListener(redraw);
    for (Layer layer : Layer.values()) {
      view.layerProperty(layer).addListener(redraw);
    }
    model.runProperty().addListener((obs, old, now) -> showRun(now));
    showRun(model.runProperty().get());
    redraw(true);
  }

  private int index() {
    return model.indexProperty().get();
  }

  private HBox header() {
    Region stripe = new Region();
    stripe.setMinWidth(6);
    stripe.setStyle("-fx-background-color: " + Palette.css(Palette.run(index())) + ";");
    model.indexProperty().addListener((obs, o, n) -> stripe.setStyle("-fx-background-color: "
        + Palette.css(Palette.run(n.intValue())) + ";"));
    Label title = label("panel-title", "-fx-font-weight: bold; -fx-font-size: 13px;");
    title.textProperty().bind(model.titleProperty());
    Label iteration = label("panel-iteration", "");
    iteration.textProperty().bind(model.iterationTextProperty());
    Label estimate = label("panel-estimate", "");
    estimate.textProperty().bind(model.estimateTextProperty());
    Label speed = label("panel-speed", "-fx-text-fill: #555555;");
    speed.textProperty().bind(model.speedTextProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    MenuButton menu = new MenuButton("...");
    menu.setId("panel-menu");
    MenuItem png1 = new MenuItem("Save panel as PNG (1x)");
    png1.setOnAction(e -> actions.exportPanelPng(index(), this, 1));
    MenuItem png2 = new MenuItem("Save panel as PNG (2x)");
    png2.setOnAction(e -> actions.exportPanelPng(index(), this, 2));
    MenuItem csv = new MenuItem("Save surface as CSV");
    csv.setOnAction(e -> actions.exportSurfaceCsv(index()));
    MenuItem remove = new MenuItem("Remove panel");
    remove.setId("remove-panel");
    remove.setOnAction(e -> actions.removePanel(index()));
    menu.getItems().addAll(png1, png2, csv, new SeparatorMenuItem(), remove);
    HBox top = new HBox(8, stripe, title, spacer, menu);
    top.setAlignment(Pos.CENTER_LEFT);
    Label status = label("panel-status", "");
    status.textProperty().bind(model.statusTextProperty());
    status.setWrapText(true);
    model.divergedProperty().addListener((obs, o, d) -> status.setStyle(d
        ? "-fx-text-fill: #c62828; -fx-font-weight: bold;" : ""));
    // A flow: the status fits beside the numbers, and a divergence cause wraps onto its own lines.
    FlowPane numbers = new FlowPane(10, 2, iteration, estimate, speed, status);
    numbers.setAlignment(Pos.CENTER_LEFT);
    numbers.setPrefWrapLength(SurfaceView.PREF_SIDE);
    numbers.setMinHeight(Region.USE_PREF_SIZE);
    status.maxWidthProperty().bind(numbers.widthProperty());
    VBox box = new VBox(2, top, numbers);
    HBox header = new HBox(box);
    HBox.setHgrow(box, Priority.ALWAYS);
    return header;
  }

  private static Label label(String id, String style) {
    Label label = new Label();
    label.getStyleClass().add(id);
    label.setStyle(style);
    return label;
  }

  private FlowPane toggles(PanelView view) {
    ToggleGroup group = new ToggleGroup();
    FlowPane pane = new FlowPane(6, 2);
    for (SurfaceField field : SurfaceField.values()) {
      ToggleButton button = new ToggleButton(field.displayName());
      button.getStyleClass().add("field-" + field.name().toLowerCase(java.util.Locale.ROOT));
      button.setToggleGroup(group);
      button.setTooltip(new javafx.scene.control.Tooltip(field.explanation()));
      button.setSelected(view.fieldProperty().get() == field);
      button.setOnAction(e -> {
        view.fieldProperty().set(field);
        button.setSelected(true);
      });
      pane.getChildren().add(button);
    }
    for (Layer layer : Layer.values()) {
      CheckBox box = new CheckBox(layer.displayName());
      box.getStyleClass().add("layer-" + layer.name().toLowerCase(java.util.Locale.ROOT));
      box.selectedProperty().bindBidirectional(view.layerProperty(layer));
      box.setTooltip(new javafx.scene.control.Tooltip(layer.explanation()));
      pane.getChildren().add(box);
    }
    pane.setPrefWrapLength(SurfaceView.PREF_SIDE);
    return pane;
  }

  private Label modesLabel() {
    Label modes = label("panel-modes", "-fx-text-fill: #333333;");
    modes.textProperty().bind(model.modesTextProperty());
    return modes;
  }

  private void showRun(RunConfig run) {
    if (run != null) {
      editor.show(run.method());
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
    surface.draw(latest, model.view());
    RunConfig run = model.runProperty().get();
    double clip = run != null && run.method() instanceof MethodConfig.Clipping c ? c.c() : Double.NaN;
    histograms.draw(latest, clip);
    return true;
  }

  /** The run this panel shows. */
  public RunModel model() {
    return model;
  }

  /** The surface view (for tests). */
  public SurfaceView surfaceView() {
    return surface;
  }
}
