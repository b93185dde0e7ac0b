package org.wganlab.figures;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Consumer;
import org.wganlab.common.CliNamed;

/** The figures the program reproduces, with their command-line names. */
public enum PaperFigure implements CliNamed {
  /** WGAN-GP Figure 1a: value surfaces against a fixed generator, clipping vs GP, 3 data sets. */
  FIG1A("fig1a", "Value surfaces against a fixed generator (WGAN-GP Fig. 1a)"),
  /** WGAN-GP Figure 1b: per-layer gradient norms of 12-layer critics, three clipping values vs GP. */
  FIG1B("fig1b", "Gradient norms through 12-layer critics (WGAN-GP Fig. 1b)"),
  /** WGAN-GP Figure 1c: critic weight histograms, clipping vs GP. */
  FIG1C("fig1c", "Critic weights, clipping vs GP (WGAN-GP Fig. 1c)"),
  /** WGAN-div Table 2: the six sampling choices r(x), W-div vs GP. */
  RX("rx", "Six choices of r(x), W-div vs GP (WGAN-div Table 2)");

  private final String cliName;
  private final String title;

  PaperFigure(String cliName, String title) {
    this.cliName = cliName;
    this.title = title;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** A one-line description for menus and help. */
  public String title() {
    return title;
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  public static PaperFigure parse(String name) {
    return CliNamed.parse(PaperFigure.class, name, "figure");
  }

  /**
   * Trains the figure's runs on the calling thread, renders it and measures its claims.
   *
   * @param scale the full figure or a quick one
   * @param seed the seed of data, initialisation and sampling
   * @param progress receives a line as each stage starts
   */
  public FigureOutput make(FigureScale scale, long seed, Consumer<String> progress) {
    return switch (this) {
      case FIG1A -> ValueSurfacesFigure.make(scale, seed, progress);
      case FIG1B -> LayerGradientsFigure.make(scale, seed, progress);
      case FIG1C -> WeightHistogramsFigure.make(scale, seed, progress);
      case RX -> SamplingChoicesFigure.make(scale, seed, progress);
    };
  }
}
