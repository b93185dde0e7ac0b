package org.wganlab.figures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wganlab.export.CsvTable;
import org.wganlab.common.FileWriteException;
import org.wganlab.common.OutputRefusedException;
import org.wganlab.export.PngFiles;
import org.wganlab.export.RunFolder;
import org.wganlab.metrics.Surface;

/**
 * What a figure produces: the rendered image, the table behind every subplot (by file stem) and the
 * measured claims.
 *
 * @param name the figure's name, the stem of its PNG
 * @param image the publication-style figure
 * @param tables the data of the subplots, in order, each under the stem of its CSV file
 * @param surfaces the value surfaces drawn, each under the stem of its CSV file
 *     ({@code x, y, value, grad_norm})
 * @param claims the claims measured, in order
 */
public record FigureOutput(String name, BufferedImage image, Map<String, CsvTable> tables,
    Map<String, Surface> surfaces, List<Claim> claims) {

  /** Freezes the maps and the claim list. */
  public FigureOutput {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    surfaces = Collections.unmodifiableMap(new LinkedHashMap<>(surfaces));
    claims = List.copyOf(claims);
  }

  /**
   * Makes {@code dir} ready for figure {@code figureName}, before the minutes of training it needs:
   * the folder must be new, empty or hold that figure's PNG (an earlier run of the same figure), and
   * it is created here, so that a folder that cannot be made fails now rather than after training.
   *
   * @throws OutputRefusedException if {@code dir} is empty, a file, under a file, or holds other files
   * @throws FileWriteException if the folder cannot be created (no permission, a read-only disk)
   */
  public static void prepareTarget(Path dir, String figureName) throws IOException {
    if (dir.toString().isEmpty()) {
      throw new OutputRefusedException(dir, "an empty path names no folder");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputRefusedException(dir, "exists and is not a folder");
    }
    RunFolder.refuseUnderFile(dir);
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(figureName + ".png"))) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new OutputRefusedException(dir, "already holds other files; give each figure a"
              + " folder of its own");
        }
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new FileWriteException(dir, e);
    }
  }

  /**
   * Writes {@code NAME.png}, one CSV per table and {@code claims.csv} into {@code dir}, each file
   * atomically, and returns the paths written. The folder is created if needed; a folder that
   * already holds files, unless they are this figure's own from an earlier run, is refused so that
   * two figures never mix their claims.
   *
   * @throws IOException if {@code dir} is not a usable folder or a file cannot be written
   */
  public List<Path> write(Path dir) throws IOException {
    prepareTarget(dir, name);
    Path png = dir.resolve(name + ".png");
    List<Path> written = new ArrayList<>();
    PngFiles.write(png, image);
    written.add(png);
    for (Map.Entry<String, CsvTable> table : tables.entrySet()) {
      Path csv = dir.resolve(table.getKey() + ".csv");
      table.getValue().write(csv);
      written.add(csv);
    }
    for (Map.Entry<String, Surface> surface : surfaces.entrySet()) {
      Path csv = dir.resolve(surface.getKey() + ".csv");
      CsvTable.writeSurface(csv, surface.getValue());
      written.add(csv);
    }
    Path claimsCsv = dir.resolve("claims.csv");
    Claim.table(claims).write(claimsCsv);
    written.add(claimsCsv);
    return written;
  }
}
