package org.wganlab.data.image;

/**
 * A data set's two splits: the training images, which the critic sees as real data, and the test
 * images, held out for the quality metric. Both have the same image shape.
 *
 * @param train the training split
 * @param test the test split, possibly empty for a small picture folder
 */
public record TrainTestImages(ImageSet train, ImageSet test) {

  /**
   * Checks that both splits have the same image shape.
   *
   * @throws IllegalArgumentException if channels, height or width differ
   */
  public TrainTestImages {
    if (!train.hasShapeOf(test)) {
      throw new IllegalArgumentException("training images " + ImageShaping.describe(train)
          + " and test images " + ImageShaping.describe(test) + " differ in shape");
    }
  }
}
