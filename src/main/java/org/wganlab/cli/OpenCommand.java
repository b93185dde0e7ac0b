package org.wganlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab open DIR}: starts the desktop app's image window on an image run folder (one the
 * {@code image} command or the app wrote). The folder is followed read-only; the window's Play
 * resumes it unless another process writes it.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
    description = "Opens an image run folder in the desktop app (read-only until Play).")
public final class OpenCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;
  @Parameters(paramLabel = "DIR", description = "The run folder (it holds config.json).")
  private Path folder;
  private final DesktopOpener desktop;

  /** A command that opens folders with {@code desktop}. */
  public OpenCommand(DesktopOpener desktop) {
    this.desktop = desktop;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      spec.commandLine().getErr().println("wgan-lab open: " + folder + ": no such folder");
      return ExitCodes.BAD_INPUT;
    }
    if (!Files.isRegularFile(folder.resolve("config.json"))) {
      spec.commandLine().getErr().println("wgan-lab open: " + folder
          + ": holds no image run (no config.json)");
      return ExitCodes.BAD_INPUT;
    }
    desktop.open(folder.toAbsolutePath());
    return ExitCodes.DONE;
  }
}
