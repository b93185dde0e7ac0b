/**
 * The desktop app: {@link org.wganlab.ui.DesktopApp} starts it and {@link org.wganlab.ui.MainWindow}
 * assembles the views and view-models, with the training control and file executor that
 * {@link org.wganlab.ui.AppSetup} gives it (a training thread in the app, synchronous ones in tests).
 * The training session owns the experiment; this package proposes what the user asks and draws the
 * latest snapshot.
 */
package org.wganlab.ui;
