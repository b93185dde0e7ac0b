package org.wganlab.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The line-by-line half of {@link PointSetCsv#read}: validates each line of a point file and collects
 * the coordinates, turning every problem into a {@link DataFormatException} that names the line.
 *
 * <p>Kept apart from the file handling so that the rules of the format sit in one place. One parser
 * reads one file; it is not reusable.
 */
final class CsvPointParser {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  /** What the UTF-8 decoder puts in place of bytes that are not UTF-8. */
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';
  /** Long enough to recognise a bad token, short enough to keep the message on one line. */
  private static final int MAX_QUOTED_LENGTH = 40;

  private final Path file;
  private double[] xy = new double[256];
  private int count;
  private int lineNumber;
  private boolean headerAllowed = true;

  /**
   * A parser for the lines of {@code file}.
   *
   * @param file the file the lines come from, used in messages
   */
  CsvPointParser(Path file) {
    this.file = file;
  }

  /**
   * Takes the next line of the file (without its line terminator).
   *
   * @param rawLine the line text
   * @throws DataFormatException if the line is neither blank, a comment, the header, nor a valid point,
   *     if it held bytes that are not UTF-8, or if it is one point too many
   */
  void accept(String rawLine) throws DataFormatException {
    lineNumber++;
    // Spreadsheet programs often start UTF-8 files with a byte-order mark; it is not part of the text.
    String line = (lineNumber == 1 && !rawLine.isEmpty() && rawLine.charAt(0) == BYTE_ORDER_MARK)
        ? rawLine.substring(1).strip()
        : rawLine.strip();
    if (line.indexOf(REPLACEMENT_CHARACTER) >= 0) {
      throw problem("the file is not UTF-8 text (save it as UTF-8 CSV)");
    }
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    boolean header = headerAllowed && isHeader(line);
    headerAllowed = false;
    if (header) {
      return;
    }
    String[] fields = line.split(",", -1);
    if (fields.length != 2) {
      throw problem("expected 2 columns (x,y), found " + fields.length + separatorHint(line));
    }
    double x = number(fields[0].strip(), "x");
    double y = number(fields[1].strip(), "y");
    if (count == PointSetCsv.MAX_POINTS) {
      throw problem(String.format(Locale.ROOT,
          "too many points: the limit is %,d points per file", PointSetCsv.MAX_POINTS));
    }
    if (2 * count == xy.length) {
      xy = Arrays.copyOf(xy, 2 * xy.length);
    }
    xy[2 * count] = x;
    xy[2 * count + 1] = y;
    count++;
  }

  /**
   * The points read, once every line has been accepted.
   *
   * @return the point set
   * @throws DataFormatException if the file held fewer than {@link PointSet#MIN_POINTS} points
   */
  PointSet finish() throws DataFormatException {
    if (count == 0) {
      throw new DataFormatException(file, 0, "the file contains no points (expected lines like 0.5,-1.25)");
    }
    if (count < PointSet.MIN_POINTS) {
      throw new DataFormatException(file, 0, "the file contains only " + count
          + " point, but at least " + PointSet.MIN_POINTS + " are needed");
    }
    return new PointSet(Arrays.copyOf(xy, 2 * count));
  }

  /** The header is {@code x,y}; spaces and capitals are forgiven, as spreadsheets add them. */
  private static boolean isHeader(String line) {
    String[] fields = line.split(",", -1);
    return fields.length == 2 && fields[0].strip().equalsIgnoreCase("x")
        && fields[1].strip().equalsIgnoreCase("y");
  }

  /** A semicolon or tab usually means a spreadsheet exported with another separator. */
  private static String separatorHint(String line) {
    return line.indexOf(';') >= 0 || line.indexOf('\t') >= 0
        ? " (columns must be separated by commas, with '.' as the decimal point)"
        : "";
  }

  private double number(String token, String column) throws DataFormatException {
    if (token.isEmpty()) {
      throw problem("the " + column + " value is missing");
    }
    double value;
    try {
      value = Double.parseDouble(token);
    } catch (NumberFormatException e) {
      throw problem("the " + column + " value " + quote(token) + " is not a number");
    }
    if (!Double.isFinite(value)) {
      throw problem("the " + column + " value " + quote(token) + " is not a finite number");
    }
    if (Math.abs(value) > PointSetCsv.MAX_MAGNITUDE) {
      throw problem(String.format(Locale.ROOT,
          "the %s value %s is too large: coordinates must lie between -%.0f and %.0f",
          column, quote(token), PointSetCsv.MAX_MAGNITUDE, PointSetCsv.MAX_MAGNITUDE));
    }
    return value;
  }

  private static String quote(String token) {
    return token.length() <= MAX_QUOTED_LENGTH
        ? "\"" + token + "\""
        : "\"" + token.substring(0, MAX_QUOTED_LENGTH) + "...\"";
  }

  private DataFormatException problem(String message) {
    return new DataFormatException(file, lineNumber, message);
  }
}
