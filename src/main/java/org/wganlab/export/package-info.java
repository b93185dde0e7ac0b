/**
 * Figures and files written from plain data: colour maps, heatmap pixel buffers, contour lines, the
 * value-surface figure of the toy runs, and PNG and CSV files.
 *
 * <p>Everything here works headless ({@code java.awt.headless=true}) on plain arrays and the records
 * of {@code org.wganlab.metrics}; it uses {@code java.awt} and {@code javax.imageio} only, never
 * JavaFX or ND4J. The desktop app reuses the same pixel buffers and contour segments for its live
 * views, so what it shows and what it exports agree. Files are written atomically: a crash or an
 * error never leaves a half-written figure or table behind.
 */
package org.wganlab.export;
