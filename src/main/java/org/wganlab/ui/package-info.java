/**
 * The desktop app: {@link org.wganlab.ui.DesktopApp} starts it, {@link org.wganlab.ui.MainWindow}
 * assembles the views and view-models, and {@link org.wganlab.ui.DefaultExperiment} is what it opens
 * with. Training runs on the engine's own thread; this package only draws the latest snapshot.
 */
package org.wganlab.ui;
