package org.wganlab.ui;

import javafx.application.Application;

/** Starts the desktop app from a plain main class (the JavaFX runtime needs that on the class path). */
public final class DesktopApp {
  private DesktopApp() {
  }

  /** Opens the window with the default experiment and returns when it is closed. */
  public static void launch(String[] args) {
    ScreenScale.applyBeforeLaunch(System.getenv());
    Application.launch(WganLabApplication.class, args);
  }

  /** Opens the image window on the run in {@code folder} and returns when it is closed. */
  public static void openFolder(java.nio.file.Path folder) {
    launch(new String[] {WganLabApplication.OPEN + folder});
  }
}
