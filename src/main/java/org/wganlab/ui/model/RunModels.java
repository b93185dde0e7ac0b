package org.wganlab.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wganlab.export.RunColours;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunSnapshot;
import org.wganlab.train.RunLabels;

/**
 * One {@link RunModel} per run of the newest snapshot, found again by the run's id: removing a run
 * drops its model only, so the panels of the others keep their models, views and charts, and an added
 * run gets a model of its own. The list changes only when the runs do.
 */
final class RunModels {
  private final ObservableList<RunModel> runs = FXCollections.observableArrayList();
  // One view for everybody: a fresh unmodifiable wrapper per call would drop listeners when collected.
  private final ObservableList<RunModel> view = FXCollections.unmodifiableObservableList(runs);
  private Map<Long, RunModel> byId = new HashMap<>();
  /** The run configs the names and colours below were made for: remade only when those change. */
  private List<RunConfig> named = List.of();
  private List<String> labels = List.of();
  private List<java.awt.Color> colours = List.of();

  /** Updates the models from {@code next}, adding and dropping models as its runs came and went. */
  void show(ExperimentSnapshot next) {
    List<RunConfig> configs = next.runs().stream().map(RunSnapshot::run).toList();
    if (!configs.equals(named)) {
      named = configs;
      labels = RunLabels.of(configs);
      colours = RunColours.forRuns(configs.stream().map(r -> r.method().kind()).toList());
    }
    Map<Long, RunModel> kept = new HashMap<>();
    List<RunModel> ordered = new ArrayList<>();
    for (int i = 0; i < next.runs().size(); i++) {
      RunSnapshot run = next.runs().get(i);
      RunModel model = byId.get(run.id());
      if (model == null) {
        model = new RunModel(new PanelView());
      }
      model.update(run, labels.get(i), colours.get(i));
      kept.put(run.id(), model);
      ordered.add(model);
    }
    byId = kept;
    if (!ordered.equals(runs)) {
      runs.setAll(ordered);
    }
  }

  /** The models in run order, read-only. */
  ObservableList<RunModel> view() {
    return view;
  }
}
