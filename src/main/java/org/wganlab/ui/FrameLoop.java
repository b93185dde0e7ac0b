package org.wganlab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.wganlab.common.RoundRobin;
import org.wganlab.ui.charts.ChartsPane;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.panel.RunPanel;
import org.wganlab.ui.perf.FrameMeter;
import org.wganlab.ui.perf.Measurement;

/**
 * Once per frame on the JavaFX thread: take the newest snapshot, let one panel whose run was measured
 * redraw its pictures, let one shared chart redraw if its turn came, and time the frame. Taking only
 * the newest snapshot, and drawing at most one panel and one chart per frame, is what keeps every frame
 * short whatever the training speed.
 */
final class FrameLoop extends AnimationTimer {
  /**
   * Least time between two snapshots taken: 20 per second is smooth for numbers that change every
   * iteration, and each one taken makes the renderer and the display server redraw labels, CPU time
   * the training thread wants on a 2-core machine. Measurements change less often: the engine
   * re-measures a playing run every {@link LaunchSettings#measureEveryMillis} (100 ms by default).
   */
  static final long TAKE_EVERY_NANOS = 50_000_000L;
  private long lastTaken;
  private final ExperimentModel model;
  private final ChartsPane charts;
  private final Supplier<List<RunPanel>> panels;
  /**
   * The engine measures all runs in one round, so their measurements arrive together; drawing every
   * panel in that frame made it paint three surfaces and six histograms at once, more than a
   * frame's time in software rendering. Panels take turns instead, one per frame.
   */
  private final RoundRobin panelTurns = new RoundRobin();
  private final FrameMeter meter;
  private final Measurement measurement;
  private final Runnable afterLayout;

  FrameLoop(Scene scene, ExperimentModel model, ChartsPane charts,
      Supplier<List<RunPanel>> panels, FrameMeter meter, Measurement measurement) {
    this.model = model;
    this.charts = charts;
    this.panels = panels;
    this.meter = meter;
    this.measurement = measurement;
    this.afterLayout = () -> meter.frameDone(System.nanoTime());
    scene.addPostLayoutPulseListener(afterLayout);
  }

  @Override
  public void handle(long now) {
    long start = System.nanoTime();
    meter.frameStarted(start);
    if (start - lastTaken >= TAKE_EVERY_NANOS) {
      lastTaken = start;
      model.pull();
    }
    List<RunPanel> shown = panels.get();
    panelTurns.serveOne(shown.size(), i -> shown.get(i).redrawIfMeasured());
    long pulled = System.nanoTime();
    charts.refresh(model.runs(), start);
    meter.parts(pulled - start, System.nanoTime() - pulled);
    meter.observe(shown.stream().map(RunPanel::drawnEvaluation).toList());
    if (measurement != null) {
      measurement.frame(start);
    }
  }

  /** Stops the loop and its layout listener. */
  void close(Scene scene) {
    stop();
    scene.removePostLayoutPulseListener(afterLayout);
  }
}
