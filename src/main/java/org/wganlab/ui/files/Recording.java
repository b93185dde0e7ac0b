package org.wganlab.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.wganlab.export.AnimatedGif;
import org.wganlab.export.GifPalette;

/**
 * A recording of a node (a panel or the whole window) as an animated GIF while it trains: exactly
 * its length times its frame rate frames, each shown for one frame time, so that the animation is
 * as long as chosen.
 *
 * <p>The JavaFX thread only grabs: once a frame time has passed since the last grab it renders the
 * node into one reused image and copies the pixels into a free buffer of a small pool, and it grabs
 * no more often than keeps that work under a tenth of its time. Mapping to the palette, compressing
 * and writing happen on the file executor (the app's runs at the lowest priority, below training).
 * When every buffer is still with the encoder the grab waits for a later pulse instead of the window
 * waiting for the encoder: a busy machine stretches the time the recording takes, never the
 * window's frames, and training keeps its share of the processor. The file is written
 * atomically once the recording ends (all frames grabbed, or {@link #stop}).
 */
public final class Recording {
  /** Grabbing may take at most one part in this many of the JavaFX thread's time. */
  private static final long GRAB_SHARE = 10;
  /** One buffer being grabbed while the encoder works on the other. */
  private static final int BUFFERS = 2;

  private final Node node;
  private final Path target;
  private final int fps;
  private final int total;
  private final Executor io;
  private final Consumer<String> report;
  private final Consumer<String> fail;
  private final int width;
  private final int height;
  private final WritableImage image;
  private final SnapshotParameters parameters = new SnapshotParameters();
  private final BlockingQueue<int[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final AnimationTimer timer;
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final long intervalNanos;
  private long startNanos = -1;
  private long nextDue;
  // Touched only on the file executor.
  private AnimatedGif gif;
  private Exception failure;

  /**
   * A recording of {@code node} at its current size, {@code seconds} long at {@code fps} frames a
   * second, into {@code target}; encoded on {@code io}. {@code report} and {@code fail} receive the
   * outcome on the JavaFX thread.
   */
  public Recording(Node node, Path target, int seconds, int fps, Executor io,
      Consumer<String> report, Consumer<String> fail) {
    if (seconds < 1 || fps < 1) {
      throw new IllegalArgumentException("a recording needs a length and a frame rate");
    }
    this.node = node;
    this.target = target;
    this.fps = fps;
    this.total = seconds * fps;
    this.intervalNanos = 1_000_000_000L / fps;
    this.io = io;
    this.report = report;
    this.fail = fail;
    width = Math.max(1, (int) Math.ceil(node.getLayoutBounds().getWidth()));
    height = Math.max(1, (int) Math.ceil(node.getLayoutBounds().getHeight()));
    image = new WritableImage(width, height);
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new int[width * height]);
    }
    timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        pulse(now);
      }
    };
  }

  /** Starts grabbing at the next pulse. */
  public void start() {
    running.set(true);
    timer.start();
  }

  /** Share of the recording's length that has passed, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Frames grabbed so far. */
  public ReadOnlyIntegerProperty framesProperty() {
    return frames.getReadOnlyProperty();
  }

  /** Whether frames are still being grabbed. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Frames of the whole recording (its length times its frame rate). */
  public int total() {
    return total;
  }

  /** The frame size in pixels, as text ("640 x 480"). */
  public String size() {
    return width + " x " + height;
  }

  private void pulse(long now) {
    if (startNanos < 0) {
      startNanos = now;
      nextDue = now;
    }
    if (now < nextDue) {
      return;
    }
    int[] buffer = free.poll();
    if (buffer == null) {
      return;
    }
    long grabStart = System.nanoTime();
    node.snapshot(parameters, image);
    image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), buffer,
        0, width);
    long grabCost = System.nanoTime() - grabStart;
    int index = frames.get();
    if (!submit(() -> encode(buffer, index))) {
      return;
    }
    frames.set(index + 1);
    progress.set((double) (index + 1) / total);
    // On time, the next frame is due one interval after this one was; late, one after now; and
    // never so soon that grabbing takes more than its share of the JavaFX thread.
    nextDue = Math.max(now - nextDue < intervalNanos ? nextDue + intervalNanos : now + intervalNanos,
        now + GRAB_SHARE * grabCost);
    if (index + 1 == total) {
      stop();
    }
  }

  /**
   * Ends the recording now (it also ends by itself once all its frames are grabbed) and writes the
   * file in the background; nothing happens when it has ended already.
   */
  public void stop() {
    if (!running.get()) {
      return;
    }
    timer.stop();
    running.set(false);
    int grabbed = frames.get();
    double took = startNanos < 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    submit(() -> finish(grabbed, took));
  }

  /**
   * Hands {@code work} to the file executor; false when it takes no more work (the window is
   * closing), which ends the recording without a file.
   */
  private boolean submit(Runnable work) {
    try {
      io.execute(work);
      return true;
    } catch (RejectedExecutionException closing) {
      timer.stop();
      running.set(false);
      return false;
    }
  }

  /** Encodes frame {@code index} and gives its buffer back to the pool. */
  private void encode(int[] buffer, int index) {
    try {
      if (failure == null) {
        if (gif == null) {
          gif = new AnimatedGif(width, height, 0, GifPalette.app());
        }
        gif.add(buffer, centis(index, index + 1));
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    free.add(buffer);
  }

  private void finish(int grabbed, double took) {
    try {
      if (failure != null) {
        throw failure;
      }
      if (gif == null) {
        Platform.runLater(() -> fail.accept("Nothing was recorded."));
        return;
      }
      long bytes = gif.save(target);
      double length = (double) grabbed / fps;
      String text = String.format(Locale.ROOT, "Recorded %d frames (%.1f s at %d frames a second,"
          + " %s pixels) to %s (%d KB).", grabbed, length, fps, size(), target,
          (bytes + 1023) / 1024)
          + (took <= length + 1 ? "" : String.format(Locale.ROOT, " Grabbing them took %.1f s:"
              + " the machine was busy, so the animation runs faster than training did.", took));
      Platform.runLater(() -> report.accept(text));
    } catch (Exception e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      Platform.runLater(() -> fail.accept("Could not save the recording: " + why));
    } finally {
      closeEncoder();
    }
  }

  private void closeEncoder() {
    if (gif != null) {
      try {
        gif.close();
      } catch (IOException ignored) {
        // The recording is saved or reported failed already; only memory is freed here.
      }
    }
  }

  /**
   * Display time from frame {@code from} to frame {@code to}, in hundredths of a second, rounded at
   * frame boundaries so that the times add up to the recording's length exactly.
   */
  private int centis(int from, int to) {
    return (int) (Math.round(100.0 * to / fps) - Math.round(100.0 * from / fps));
  }
}
