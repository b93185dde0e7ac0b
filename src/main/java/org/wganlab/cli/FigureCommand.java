package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wganlab.figures.Claim;
import org.wganlab.figures.FigureOutput;
import org.wganlab.figures.FigureScale;
import org.wganlab.figures.PaperFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab figure NAME --out DIR}: reproduces one of the papers' figures, writes its PNG, the
 * CSV behind every subplot and {@code claims.csv}, and prints each claim with its number and verdict.
 * A claim that does not hold is a finding, not a failure: the exit code is 0 either way.
 */
@Command(name = "figure", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Reproduces a paper figure (fig1a, fig1b, fig1c, rx) and measures its claims.")
public final class FigureCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;
  @Parameters(index = "0", paramLabel = "NAME", description = "fig1a, fig1b, fig1c or rx.")
  private String name;
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for the figure (created; must be empty or hold this figure's files).")
  private Path out;
  @Option(names = "--quick", description = "A small version that runs in seconds (narrow networks,"
      + " few steps); its numbers are not the paper's.")
  private boolean quick;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  private long seed = 1;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PaperFigure figure;
    try {
      figure = PaperFigure.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    // Checked and made before training, which takes minutes, and again when writing; a refused
    // folder ends with 2, one that cannot be made or written with 74 (see WganLabCommand).
    FigureOutput.prepareTarget(out, figure.cliName());
    FigureOutput output = figure.make(quick ? FigureScale.QUICK : FigureScale.FULL, seed,
        line -> err.println(line));
    output.write(out);
    PrintWriter console = spec.commandLine().getOut();
    for (Claim c : output.claims()) {
      console.println(String.format(Locale.ROOT, "%-9s %12.5g  %-14s %s", c.verdict(), c.measured(),
          c.threshold(), c.claim()));
    }
    long held = output.claims().stream().filter(Claim::held).count();
    console.println(held + " of " + output.claims().size() + " claims held; wrote " + output.name()
        + ".png, " + (output.tables().size() + output.surfaces().size())
        + " data CSVs and claims.csv to " + out);
    return ExitCodes.DONE;
  }
}
