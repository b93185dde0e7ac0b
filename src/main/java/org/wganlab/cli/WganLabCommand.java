package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.wganlab.common.OutputRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code wgan-lab COMMAND [options]}: the headless command line, the only part of the program that
 * prints to the console. Exit codes: see {@link ExitCodes}.
 */
@Command(
    name = "wgan-lab",
    mixinStandardHelpOptions = true,
    versionProvider = WganLabCommand.Version.class,
    description = {
      "Trains Wasserstein GAN critics and generators on 2-D toy data and on images.",
      "Without a command, the desktop app starts."
    },
    subcommands = {TrainCommand.class, FigureCommand.class, ImageCommand.class, DataCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class WganLabCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Parses and runs {@code args} with the console streams, {@code open} starting the desktop app
   * with {@code desktop}; returns the exit code.
   */
  public static int run(String[] args, DesktopOpener desktop) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        desktop).execute(args);
  }

  /**
   * The configured command line writing to {@code out} and {@code err} (tests pass their own), with
   * an {@code open} command that cannot start the app.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, folder -> {
      throw new IllegalStateException("this command line cannot start the desktop app");
    });
  }

  /** The configured command line whose {@code open} starts the app with {@code desktop}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, DesktopOpener desktop) {
    CommandLine cli = new CommandLine(new WganLabCommand());
    cli.addSubcommand(new OpenCommand(desktop));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      // Invalid values found while building the run are usage errors too: usage and exit code 2.
      if (e instanceof CommandLine.ParameterException bad) {
        return line.getParameterExceptionHandler().handleParseException(bad,
            parsed.originalArgs().toArray(new String[0]));
      }
      // One line naming the file; refused outputs are the user's to fix, other I/O the system's.
      if (e instanceof IOException io) {
        line.getErr().println("wgan-lab " + line.getCommandName() + ": " + io.getMessage());
        return io instanceof OutputRefusedException ? ExitCodes.BAD_INPUT : ExitCodes.IO_FAILURE;
      }
      line.getErr().println("wgan-lab: " + e.getMessage());
      return ExitCodes.PROGRAM_FAULT;
    });
    return cli;
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = WganLabCommand.class.getPackage().getImplementationVersion();
      return new String[] {"wgan-lab " + (version == null ? "development" : version)};
    }
  }
}
