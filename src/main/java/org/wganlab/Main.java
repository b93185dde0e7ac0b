package org.wganlab;

import org.wganlab.cli.WganLabCommand;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.nn.backend.OneDnn;
import org.wganlab.ui.DesktopApp;

/**
 * Entry point of {@code wgan-lab.jar}: with arguments, the command line; without, the desktop app.
 * A plain class (not the JavaFX application) so that the jar starts from the class path.
 */
public final class Main {
  private Main() {
  }

  /** Starts the command line or the desktop app. */
  public static void main(String[] args) {
    // ND4J announces its build at INFO level on every start; people want their results, not that.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    NativeThreads.preferPassiveWaiting();
    OneDnn.preferWhenPresent();
    if (args.length == 0) {
      DesktopApp.launch(args);
      return;
    }
    System.exit(WganLabCommand.run(args, DesktopApp::openFolder));
  }
}
