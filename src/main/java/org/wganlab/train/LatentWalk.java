package org.wganlab.train;

/**
 * A latent walk a view asks for: two noise vectors, each a cell of the fixed-noise sample grid or a
 * vector drawn from a seed of its own, and a position between them. Every run's generator then draws
 * the same in-between noise, so that what the methods learnt can be compared on equal inputs.
 *
 * @param from the walk's start, A
 * @param to the walk's end, B
 * @param position where the large frame stands, from 0 (A) to 1 (B)
 */
public record LatentWalk(End from, End to, double position) {
  /** Pictures in a walk's strip, from A to B inclusive. */
  public static final int STEPS = 8;

  /** Checks the position. */
  public LatentWalk {
    if (from == null || to == null) {
      throw new IllegalArgumentException("a latent walk needs both ends");
    }
    if (!(position >= 0 && position <= 1)) {
      throw new IllegalArgumentException("walk position " + position + " is outside [0, 1]");
    }
  }

  /** The same ends at {@code next}. */
  public LatentWalk at(double next) {
    return new LatentWalk(from, to, next);
  }

  /** The position of strip picture {@code step} (0 is A, {@link #STEPS} - 1 is B). */
  public static double stepPosition(int step) {
    return step / (double) (STEPS - 1);
  }

  /** One end of a walk. */
  public sealed interface End {
    /** The end in words, for labels ("cell 12", "random #3"). */
    String words();
  }

  /**
   * The noise of cell {@code index} of the sample grid (row-major, from 0): the walk's picture there
   * is that cell's picture.
   */
  public record Cell(int index) implements End {
    /** Checks the index. */
    public Cell {
      if (index < 0) {
        throw new IllegalArgumentException("grid cell " + index + " is negative");
      }
    }

    @Override
    public String words() {
      return "cell " + (index + 1);
    }
  }

  /** A noise vector drawn from {@code seed}, from a stream no run trains with. */
  public record Random(long seed) implements End {
    @Override
    public String words() {
      return "random #" + seed;
    }
  }
}
