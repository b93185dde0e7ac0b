/**
 * Figures and files written from plain data: colour maps, heatmap pixel buffers, contour lines, the
 * value-surface figure of the toy runs, and PNG and CSV files.
 *
 * <p>Everything here works headless ({@code java.awt.headless=true}) on plain arrays and the records
 * of {@code org.wganlab.metrics}; it uses {@code java.awt} and {@code javax.imageio} only, never
 * JavaFX or ND4J. The desktop app reuses the same pixel buffers and contour segments for its live
 * views, so what it shows and what it exports agree. Files are written atomically
 * ({@link org.wganlab.common.AtomicFiles}): a crash or an error never leaves a half-written figure or
 * table behind, and only regular files are replaced (symbolic links are followed). The other rules of
 * output paths live here, the same for the command line and the app: a run folder holds one run
 * ({@link org.wganlab.export.RunFolder}), config files are read strictly and keep data paths relative
 * to their own folder ({@link org.wganlab.export.ConfigJson}, {@link
 * org.wganlab.export.ReferencesData}), and the binary state files of both families share one
 * container ({@link org.wganlab.export.SealedFile}: header, checksum, fields read with the bytes
 * left counted). Nothing here knows the training engine: what a run's files hold is decided above,
 * in {@code org.wganlab.train} and {@code org.wganlab.image}.
 */
package org.wganlab.export;
