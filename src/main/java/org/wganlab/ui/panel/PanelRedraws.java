package org.wganlab.ui.panel;

import java.util.List;

/**
 * Redraws at most one panel's pictures per frame, the panels taking turns. The engine measures all
 * runs in the same round, so their new measurements arrive in the same snapshot; drawing all panels in
 * one frame made that frame paint three surfaces and six histograms at once (about 40 ms in software
 * rendering), while one panel per frame spreads the same work over consecutive frames. A panel waits
 * at most one frame per other panel, far less than the time between two measurements.
 */
public final class PanelRedraws {
  private int turn;

  /** Redraws the next panel in turn whose run was measured since it last drew; whether one did. */
  public boolean redrawOne(List<RunPanel> panels) {
    int count = panels.size();
    for (int tries = 0; tries < count; tries++) {
      RunPanel panel = panels.get(Math.floorMod(turn, count));
      turn = (turn + 1) % count;
      if (panel.redrawIfMeasured()) {
        return true;
      }
    }
    return false;
  }
}
