/**
 * Files the window reads and writes: PNG pictures of the window, of a panel or of a panel's figure
 * (every heatmap, histogram and chart in them drawn at the export's resolution), CSV of the curves
 * and of a surface, the experiment's JSON config (the command line's format), and animated GIF recordings of
 * the window or a panel as it trains. All writing goes through the
 * export package on a background thread; results and failures are reported in the status line.
 */
package org.wganlab.ui.files;
