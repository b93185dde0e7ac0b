package org.wganlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.PointSet;
import org.wganlab.data.PointSetCsv;
import org.wganlab.export.PointFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab data NAME --n N --seed S --out FILE.csv}: writes points of a built-in data set to a
 * CSV file, the way the files in {@code toydata/} are made, so that students can open the real
 * distribution in a spreadsheet or edit it and train on the result.
 *
 * <p>Exit codes (see {@link ExitCodes}): 0 on success, 2 for any input the command cannot use (an
 * unknown name, a point count out of range, a destination that is refused), 74 when the file system
 * fails the write; one line on the error stream names the file, and no file is written.
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "Writes points of a built-in toy data set to a CSV file (x,y per line).",
      "Same name, count and seed: same file, byte for byte."
    })
public final class DataCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      completionCandidates = BuiltInNames.class,
      description = "The data set, one of: ${COMPLETION-CANDIDATES}.")
  private String name;

  @Option(
      names = "--n",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Number of points, 2 to 1000000 (default: ${DEFAULT-VALUE}).")
  private int count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same points (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      required = true,
      description = "The CSV file to write; its folder must exist. An existing file is replaced"
          + " (through a symbolic link, the file it names); a folder, device, pipe or socket is"
          + " refused.")
  private Path out;

  /** Used by picocli, which fills the fields from the command line. */
  public DataCommand() {
    // Fields are injected by picocli.
  }

  /**
   * Samples the data set and writes the file.
   *
   * @return 0 when the file was written, 2 when the input was unusable
   * @throws IOException when the file cannot be written (the message names it)
   */
  @Override
  public Integer call() throws IOException {
    Optional<BuiltInDataset> dataset = BuiltInDataset.fromCliName(name);
    if (dataset.isEmpty()) {
      return fail("unknown data set '" + name + "'; choose one of: "
          + String.join(", ", BuiltInDataset.cliNames()));
    }
    if (count < PointSet.MIN_POINTS || count > PointSetCsv.MAX_POINTS) {
      return fail("--n must be between " + PointSet.MIN_POINTS + " and " + PointSetCsv.MAX_POINTS
          + ", got " + count);
    }
    PointSet points = new PointSet(dataset.get().open(seed).sample(count));
    PointFiles.write(out, points);
    spec.commandLine().getOut().println("wrote " + count + " points of "
        + dataset.get().displayName() + " (seed " + seed + ") to " + out);
    return ExitCodes.DONE;
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("wgan-lab data: " + message);
    return ExitCodes.BAD_INPUT;
  }

  /** The built-in names, for the help text; picocli creates it reflectively. */
  static final class BuiltInNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return BuiltInDataset.cliNames().iterator();
    }
  }
}
