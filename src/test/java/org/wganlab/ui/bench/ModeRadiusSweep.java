package org.wganlab.ui.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.wganlab.data.Dataset;
import org.wganlab.data.ModeLayout;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.train.DatasetResolver;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Trainer;
import org.wganlab.ui.model.DefaultExperiment;

/**
 * Measures the mode count under several capture radii on the default experiment's networks: for each
 * data set, seed and method, the pooled count (the window of {@link ModeWindow}, a fifth of the
 * uniform share per mode) at every {@link ModeWindow#EVERY} iterations for radii of k standard
 * deviations, and scatter pictures of the generated points with the radii drawn. Not a test; run with
 * {@code java -cp target/classes:target/test-classes:CLASSPATH org.wganlab.ui.bench.ModeRadiusSweep
 * OUT_DIR ITERATIONS DATA... } and OMP_WAIT_POLICY=PASSIVE; seeds 1-5, clipping and GP.
 */
public final class ModeRadiusSweep {
  /** Radii tried, in standard deviations of a mode. */
  private static final double[] RADII = {3, 5, 7, 10, 14, 20};
  private static final int[] PICTURES = {300, 1000, 2000, 3000};

  private ModeRadiusSweep() {
  }

  /** Writes {@code OUT/counts.csv} and the pictures. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int iterations = Integer.parseInt(args[1]);
    Files.createDirectories(out);
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("counts.csv")))) {
      csv.print("data,seed,method,iteration");
      for (double k : RADII) {
        csv.printf(Locale.ROOT, ",modes_k%.0f,good_k%.0f", k, k);
      }
      csv.println();
      for (int a = 2; a < args.length; a++) {
        for (long seed = 1; seed <= 5; seed++) {
          for (MethodKind kind : List.of(MethodKind.CLIP, MethodKind.GP)) {
            run(args[a], seed, kind, iterations, out, csv);
          }
        }
      }
    }
  }

  private static void run(String data, long seed, MethodKind kind, int iterations, Path out,
      PrintWriter csv) throws Exception {
    ExperimentConfig config = DefaultExperiment.of(List.of(kind)).withData(data).withSeed(seed);
    Dataset dataset = DatasetResolver.standard().resolve(data);
    ModeLayout layout = dataset.modes().orElseThrow();
    Trainer trainer = new Trainer(config, 0, dataset);
    List<double[]> window = new ArrayList<>();
    long start = System.nanoTime();
    for (int it = 1; it <= iterations; it++) {
      trainer.iterate();
      if (!ModeWindow.due(it)) {
        continue;
      }
      double[] fake = trainer.evaluate(new EvaluationRequest(false, false)).fake();
      window.add(fake);
      if (window.size() > ModeWindow.SPAN / ModeWindow.EVERY) {
        window.remove(0);
      }
      csv.printf(Locale.ROOT, "%s,%d,%s,%d", data, seed, kind.cliName(), it);
      for (double k : RADII) {
        int[] pooled = pooledCounts(layout, window, k);
        csv.printf(Locale.ROOT, ",%d,%.4f", pooled[0], pooled[1] / (double) pooled[2]);
      }
      csv.println();
      for (int p : PICTURES) {
        if (p == it && seed <= 2) {
          picture(layout, fake, out.resolve(String.format(Locale.ROOT, "%s-seed%d-%s-%05d.png",
              data, seed, kind.cliName(), it)));
        }
      }
    }
    csv.flush();
    System.out.printf(Locale.ROOT, "%s seed %d %s: %d iterations in %.1f s%n", data, seed,
        kind.cliName(), iterations, (System.nanoTime() - start) / 1e9);
  }

  /** {captured, good points, all points} pooled over the window at radius k std. */
  private static int[] pooledCounts(ModeLayout layout, List<double[]> window, double k) {
    double[] c = layout.centres();
    int modes = layout.modeCount();
    int[] perMode = new int[modes];
    int good = 0;
    int all = 0;
    for (double[] xy : window) {
      for (int p = 0; p < xy.length; p += 2) {
        all++;
        int nearest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int m = 0; m < modes; m++) {
          double d = Math.hypot(xy[p] - c[2 * m], xy[p + 1] - c[2 * m + 1]);
          if (d < best) {
            best = d;
            nearest = m;
          }
        }
        if (best <= k * layout.std()) {
          perMode[nearest]++;
          good++;
        }
      }
    }
    int captured = 0;
    for (int count : perMode) {
      if (count > 0 && count >= 0.2 * all / modes) {
        captured++;
      }
    }
    return new int[] {captured, good, all};
  }

  private static void picture(ModeLayout layout, double[] fake, Path file) throws IOException {
    int size = 600;
    double half = 2.2;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size, size);
    double scale = size / (2 * half);
    double[] c = layout.centres();
    g.setStroke(new BasicStroke(1f));
    for (int m = 0; m < layout.modeCount(); m++) {
      double cx = (c[2 * m] + half) * scale;
      double cy = (half - c[2 * m + 1]) * scale;
      for (double k : RADII) {
        double r = k * layout.std() * scale;
        g.setColor(k == 10 ? Color.RED : Color.LIGHT_GRAY);
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      }
      g.setColor(Color.ORANGE);
      g.fill(new Ellipse2D.Double(cx - 3, cy - 3, 6, 6));
    }
    g.setColor(new Color(0, 140, 0));
    for (int p = 0; p < fake.length; p += 2) {
      double x = (fake[p] + half) * scale;
      double y = (half - fake[p + 1]) * scale;
      g.fill(new Ellipse2D.Double(x - 1.5, y - 1.5, 3, 3));
    }
    g.setColor(Color.BLACK);
    g.drawString(file.getFileName().toString() + "  (grey: 3,5,7,14,20 std; red: 10 std)", 8, 16);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
