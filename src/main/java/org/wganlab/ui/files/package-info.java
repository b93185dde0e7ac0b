/**
 * Files the window reads and writes: PNG pictures of the window or a panel, CSV of the curves and of a
 * surface, and the experiment's JSON config (the command line's format). All writing goes through the
 * export package on a background thread; results and failures are reported in the status line.
 */
package org.wganlab.ui.files;
