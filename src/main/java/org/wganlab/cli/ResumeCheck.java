package org.wganlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.image.ImageExperiment;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What {@code image --resume} accepts beside it: a resumed run goes on exactly as its folder's
 * {@code config.json} says, so that its rows stay those of one run. An option that states what the
 * config already holds ({@code --method gp} on a GP run, {@code --dim 64} on a run of DIM 64) is
 * accepted; one that would change it is named, with the value given, and the run is refused.
 * {@code --iterations} is the one setting a resume may change (see {@link ImageCommand}).
 */
final class ResumeCheck {
  private ResumeCheck() {
  }

  /**
   * The options in {@code parsed} that would change {@code saved}, each as given ({@code --dim 8});
   * empty when every one agrees.
   *
   * @throws IllegalArgumentException if a value given is not valid at all (a usage error)
   */
  static List<String> differing(ParseResult parsed, ImageExperiment saved) {
    List<String> differ = new ArrayList<>();
    CommandLine.Model.CommandSpec imageOptions = new CommandLine(new ImageOptions()).getCommandSpec();
    for (OptionSpec given : parsed.matchedOptions()) {
      String name = given.longestName();
      if (name.equals("--iterations") || imageOptions.findOption(name) == null) {
        continue;
      }
      List<String> values = given.originalStringValues();
      if (name.equals("--config")) {
        differ.add(name + " " + String.join(" ", values));
        continue;
      }
      ImageOptions alone = new ImageOptions();
      List<String> args = new ArrayList<>();
      for (String value : values) {
        args.add(name);
        args.add(value);
      }
      new CommandLine(alone).parseArgs(args.toArray(new String[0]));
      ImageExperiment asked = alone.toExperiment(saved);
      if (alone.data != null && samePlace(alone.data, saved.data())) {
        asked = asked.withData(saved.data());
      }
      if (!asked.equals(saved)) {
        differ.add(name + " " + String.join(" " + name + " ", values));
      }
    }
    return differ;
  }

  /** Whether two data paths name the same folder, however written. */
  private static boolean samePlace(String a, String b) {
    return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
  }
}
