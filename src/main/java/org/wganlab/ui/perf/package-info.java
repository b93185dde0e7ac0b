/**
 * Responsiveness measurement of the window itself: JavaFX-thread work per frame, pauses between frames,
 * how often each panel's surface is redrawn, and the time until the GP panel captures every mode. Off
 * unless the {@code wganlab.ui.measure} system property names a report file.
 */
package org.wganlab.ui.perf;
