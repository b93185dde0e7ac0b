package org.wganlab.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads and writes point sets as CSV files: UTF-8 text, one point per line as {@code x,y}, an optional
 * {@code x,y} header, blank lines and lines starting with {@code #} ignored, numbers in the syntax of
 * {@link Double#parseDouble(String)} with a '.' decimal point whatever the user's locale.
 *
 * <p>Files come from students, spreadsheets and scripts, so reading is strict and every problem is
 * reported as a {@link DataFormatException} naming the file and line. The limits keep a wrong file from
 * exhausting memory or silently training on nonsense; every file this class writes reads back.
 */
public final class PointSetCsv {

  /** Most points a file may hold: far beyond any toy set, small enough to load at once. */
  public static final int MAX_POINTS = 1_000_000;

  /** Largest file size read, 64 MiB; a full file of {@link #MAX_POINTS} long numbers stays below it. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /**
   * Largest coordinate magnitude accepted. Toy sets have a spread near 1; values beyond a million are a
   * wrong column or unit, and would swamp float32 training arithmetic.
   */
  public static final double MAX_MAGNITUDE = 1e6;

  /** The optional first line, also what {@link #writeTo} puts first. */
  static final String HEADER = "x,y";

  private static final String FILE_NOT_FOUND = "file not found";

  private PointSetCsv() {}

  /**
   * Reads a point set.
   *
   * @param file the CSV file; messages name it exactly as given here
   * @return the points, in file order
   * @throws DataFormatException if the file is missing, not readable, too large, or not a valid point
   *     file; the message says where and why in one sentence
   */
  public static PointSet read(Path file) throws DataFormatException {
    checkReadable(file);
    CsvPointParser parser = new CsvPointParser(file);
    // A reader that replaces undecodable bytes rather than failing: decoding runs ahead of the lines
    // handed out, so only the parser, seeing the replacement character, knows which line was bad.
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        parser.accept(line);
      }
    } catch (AccessDeniedException e) {
      throw new DataFormatException(file, 0, "the file cannot be read: permission denied", e);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(file, 0, FILE_NOT_FOUND, e);
    } catch (IOException e) {
      throw new DataFormatException(file, 0, "the file could not be read (" + e.getMessage() + ")", e);
    }
    return parser.finish();
  }

  /**
   * Writes a point set as CSV text to {@code out} (which the caller closes): a {@code x,y} header and
   * digits enough to read back exactly. {@code org.wganlab.export.PointFiles} puts it in a file
   * atomically.
   *
   * @throws IllegalArgumentException if the set breaks a limit {@link #read} enforces, so that every
   *     file written reads back; nothing is written then
   */
  public static void writeTo(OutputStream out, PointSet points) throws IOException {
    checkWithinLimits(points);
    // Lines end in '\n' on every system, so the same points give the same bytes.
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    text.write(HEADER);
    text.write('\n');
    for (int i = 0; i < points.size(); i++) {
      // Double.toString is locale-independent and prints the shortest text that reads back exactly.
      text.write(Double.toString(points.x(i)));
      text.write(',');
      text.write(Double.toString(points.y(i)));
      text.write('\n');
    }
    text.flush();
  }

  /** Problems visible from the file system alone, checked before opening so each gets its own message. */
  private static void checkReadable(Path file) throws DataFormatException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(file, 0, FILE_NOT_FOUND, e);
    } catch (IOException e) {
      throw new DataFormatException(file, 0, "the file cannot be opened (" + e.getMessage() + ")", e);
    }
    if (attributes.isDirectory()) {
      throw new DataFormatException(file, 0, "this is a folder, not a CSV file");
    }
    if (!attributes.isRegularFile()) {
      throw new DataFormatException(file, 0, "this is not a regular file");
    }
    if (attributes.size() > MAX_BYTES) {
      throw new DataFormatException(file, 0, String.format(Locale.ROOT,
          "the file is too large (%,d bytes): the limit is %d MiB", attributes.size(), MAX_BYTES >> 20));
    }
    if (!Files.isReadable(file)) {
      throw new DataFormatException(file, 0, "the file cannot be read: permission denied");
    }
  }

  private static void checkWithinLimits(PointSet points) {
    if (points.size() > MAX_POINTS) {
      throw new IllegalArgumentException(
          points.size() + " points exceed the file limit of " + MAX_POINTS);
    }
    for (double value : points.xy()) {
      if (Math.abs(value) > MAX_MAGNITUDE) {
        throw new IllegalArgumentException(
            "coordinate " + value + " exceeds the file limit of " + MAX_MAGNITUDE);
      }
    }
  }
}
