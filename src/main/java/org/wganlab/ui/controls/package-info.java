/**
 * The window's controls: play, pause, step, reset and speed; the shared settings; the data set, mode
 * and presets; the drawing pad for hand-made data; and the status line. Each control reads the
 * experiment model and asks it for changes; none of them trains or touches files directly.
 */
package org.wganlab.ui.controls;
