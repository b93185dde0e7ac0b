package org.wganlab.ui.model;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a panel shows, as chosen by the user: the heatmap's field and the visible layers. Kept apart
 * from {@link RunModel} because it survives resets: a teacher who switched arrows off keeps them off.
 */
public final class PanelView {
  private final ObjectProperty<SurfaceField> field = new SimpleObjectProperty<>(SurfaceField.VALUE);
  private final Map<Layer, BooleanProperty> layers = new EnumMap<>(Layer.class);

  /** Default choices: D(x), with the layers that are shown by default. */
  public PanelView() {
    for (Layer layer : Layer.values()) {
      layers.put(layer, new SimpleBooleanProperty(layer.shownByDefault()));
    }
  }

  /** The field the heatmap shows. */
  public ObjectProperty<SurfaceField> fieldProperty() {
    return field;
  }

  /** Whether {@code layer} is drawn. */
  public BooleanProperty layerProperty(Layer layer) {
    return layers.get(layer);
  }

  /** Shortcut for {@code layerProperty(layer).get()}. */
  public boolean shows(Layer layer) {
    return layers.get(layer).get();
  }
}
