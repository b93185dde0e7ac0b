package org.wganlab.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Several rendered figures on one sheet: a bold title, a grid of subplots with a header over each
 * column and beside each row, and notes under the grid, as a paper lays out a multi-panel figure.
 * Each column is as wide as its widest subplot and each row as tall as its tallest.
 */
public final class FigureSheet {

  private FigureSheet() {
  }

  /**
   * Lays {@code cells} (rows of subplots, {@code null} for an empty cell) out under {@code title}.
   *
   * @param columnHeaders one per column, or an empty list for none
   * @param rowHeaders one per row, written upwards at the left, or an empty list for none
   * @param notes lines of small text under the grid (what to look for, what was measured)
   * @param scale 1 for a screen, 2 for a projector; applied to the text, not to the subplots
   */
  public static BufferedImage compose(String title, List<String> columnHeaders,
      List<String> rowHeaders, List<List<BufferedImage>> cells, List<String> notes, double scale) {
    int rows = cells.size();
    int columns = cells.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    int[] heights = new int[rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cells.get(r).size(); c++) {
        BufferedImage cell = cells.get(r).get(c);
        if (cell != null) {
          widths[c] = Math.max(widths[c], cell.getWidth());
          heights[r] = Math.max(heights[r], cell.getHeight());
        }
      }
    }
    Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(20 * scale));
    Font headerFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(16 * scale));
    Font noteFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * scale));
    int pad = (int) Math.round(10 * scale);
    int titleBand = (int) Math.round(36 * scale);
    int headerBand = columnHeaders.isEmpty() ? 0 : (int) Math.round(26 * scale);
    int rowBand = rowHeaders.isEmpty() ? 0 : (int) Math.round(30 * scale);
    int noteLine = (int) Math.round(19 * scale);
    int width = rowBand + sum(widths) + 2 * pad;
    List<String> lines = wrap(notes, noteFont, width - 2 * pad - rowBand);
    int height = titleBand + headerBand + sum(heights) + lines.size() * noteLine + 2 * pad;
    BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = PanelRow.canvas(sheet);
    try {
      g.setColor(Axes.INK);
      g.setFont(titleFont);
      g.drawString(title, pad, pad + g.getFontMetrics().getAscent());
      g.setFont(headerFont);
      FontMetrics fm = g.getFontMetrics();
      int x = pad + rowBand;
      for (int c = 0; c < columns && c < columnHeaders.size(); c++) {
        String h = columnHeaders.get(c);
        g.drawString(h, x + (widths[c] - fm.stringWidth(h)) / 2f,
            pad + titleBand + fm.getAscent());
        x += widths[c];
      }
      int y = pad + titleBand + headerBand;
      for (int r = 0; r < rows; r++) {
        if (r < rowHeaders.size()) {
          String h = rowHeaders.get(r);
          AffineTransform saved = g.getTransform();
          g.rotate(-Math.PI / 2);
          g.drawString(h, -(y + (heights[r] + fm.stringWidth(h)) / 2f), pad + fm.getAscent());
          g.setTransform(saved);
        }
        x = pad + rowBand;
        for (int c = 0; c < cells.get(r).size(); c++) {
          BufferedImage cell = cells.get(r).get(c);
          if (cell != null) {
            g.drawImage(cell, x, y, null);
          }
          x += widths[c];
        }
        y += heights[r];
      }
      g.setFont(noteFont);
      for (String note : lines) {
        y += noteLine;
        g.drawString(note, pad + rowBand, y - (noteLine - g.getFontMetrics().getAscent()) / 2f);
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  /** The notes broken at spaces into lines no wider than {@code width} pixels in {@code font}. */
  static List<String> wrap(List<String> notes, Font font, int width) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    FontMetrics fm = g.getFontMetrics(font);
    List<String> lines = new ArrayList<>();
    for (String note : notes) {
      StringBuilder line = new StringBuilder();
      for (String word : note.split(" ")) {
        if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    g.dispose();
    return lines;
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
