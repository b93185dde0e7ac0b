package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;

/**
 * Names for the runs of one experiment that tell them apart: the method with its parameters (c,
 * lambda, k and p), the penalty's r(x) when it is not the method's usual one or when it is all that
 * differs, and the optimiser and learning rate when runs differ only there. Four W-div runs that
 * differ in r(x) read "WGAN-div k=2 p=6 r(x)=same-side" and so on, not four times the same name;
 * runs alike in everything are numbered.
 */
public final class RunLabels {
  private RunLabels() {
  }

  /** One label per run of {@code runs}, in order. */
  public static List<String> of(List<RunConfig> runs) {
    List<String> labels = new ArrayList<>();
    for (RunConfig run : runs) {
      String label = run.method().label();
      PenaltySamples samples = samples(run.method());
      boolean samplesDiffer = samples != null && runs.stream().anyMatch(
          o -> o.method().label().equals(run.method().label()) && samples(o.method()) != samples);
      if (samples != null && (samplesDiffer || samples != usualSamples(run.method()))) {
        label += " r(x)=" + samples.cliName();
      }
      labels.add(label);
    }
    List<String> named = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      String label = labels.get(i);
      RunConfig run = runs.get(i);
      boolean optimiserDiffers = false;
      for (int j = 0; j < runs.size(); j++) {
        optimiserDiffers |= labels.get(j).equals(label)
            && !runs.get(j).optimizer().equals(run.optimizer());
      }
      named.add(optimiserDiffers ? label + ", " + optimiser(run) : label);
    }
    return numbered(named);
  }

  /**
   * Runs that are the same in every setting (a panel copied from another) still need names a class
   * can tell apart: the second of a name is "#2", the third "#3", in panel order.
   */
  private static List<String> numbered(List<String> names) {
    List<String> unique = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      long before = names.subList(0, i).stream().filter(name::equals).count();
      unique.add(before == 0 ? name : name + " #" + (before + 1));
    }
    return unique;
  }

  /** "Adam lr=5e-4". */
  private static String optimiser(RunConfig run) {
    double rate = run.optimizer().learningRate();
    String text = String.format(Locale.ROOT, rate < 0.01 ? "%.1e" : "%.3g", rate)
        .replace(".0e", "e").replace("e-0", "e-").replaceAll("\\.?0+$", "");
    return run.optimizer().kind().displayName() + " lr=" + text;
  }

  private static PenaltySamples samples(MethodConfig method) {
    if (method instanceof MethodConfig.GradientPenalty gp) {
      return gp.samples();
    }
    return method instanceof MethodConfig.Divergence d ? d.samples() : null;
  }

  private static PenaltySamples usualSamples(MethodConfig method) {
    return samples(MethodConfig.defaults(method.kind()));
  }
}
