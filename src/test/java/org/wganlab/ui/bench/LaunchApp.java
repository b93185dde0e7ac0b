package org.wganlab.ui.bench;

import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.ui.DesktopApp;

/**
 * Starts the desktop app from the test class path, for screenshots and measurements under Xvfb (the
 * jar's main class does the same once the command line hands over to the app).
 */
public final class LaunchApp {
  private LaunchApp() {
  }

  /** Opens the window. */
  public static void main(String[] args) {
    NativeThreads.preferPassiveWaiting();
    DesktopApp.launch(args);
  }
}
