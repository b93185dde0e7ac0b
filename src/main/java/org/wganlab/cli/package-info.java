/**
 * The command line ({@code train}, {@code figure}, {@code image}, {@code data}, {@code bench}, and
 * {@code open}, which starts the desktop app on an image run folder): option parsing, progress and
 * console output. It drives the same engine services as the desktop app and is the only code that
 * prints.
 */
package org.wganlab.cli;
