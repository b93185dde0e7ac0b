package org.wganlab.export;

import java.io.IOException;
import java.nio.file.Path;
import org.wganlab.common.AtomicFiles;
import org.wganlab.data.PointSet;
import org.wganlab.data.PointSetCsv;

/**
 * Point-set CSV files ({@link PointSetCsv}'s format) written the way every file of the program is:
 * atomically, never over a device, pipe, socket or folder, through a symbolic link to the file it
 * names (see {@link AtomicFiles}). Temporary files that a killed earlier write of the same file left
 * beside it are removed first.
 */
public final class PointFiles {

  private PointFiles() {}

  /**
   * Writes {@code points} to {@code file}.
   *
   * @throws IllegalArgumentException if the set breaks a limit {@link PointSetCsv#read} enforces
   * @throws IOException as {@link AtomicFiles#write} throws it, naming the file
   */
  public static void write(Path file, PointSet points) throws IOException {
    AtomicFiles.write(file, out -> PointSetCsv.writeTo(out, points));
  }
}
