package org.wganlab.data.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wganlab.data.DataFormatException;

/**
 * Reads a folder of PNG and JPEG pictures of any size as unlabelled training and test images: each
 * picture is scaled so that its shorter side becomes the size asked for, its centre square kept, and
 * turned into gray (luminance) or RGB colour.
 *
 * <p>Only the files directly in the folder count, ending in {@code .png}, {@code .jpg} or {@code .jpeg}
 * in any case; subfolders are not searched, so that a folder of samples written next to the data never
 * leaks into it, and hidden files (starting with a dot, such as macOS's {@code ._} companions) are
 * skipped. Pictures are taken in the order of their names' characters, and every
 * {@value #TEST_EVERY}th of them (the 10th, 20th, ...) goes to the test split, the rest to training;
 * so the split is the same on every machine, and a folder of fewer than {@value #TEST_EVERY} pictures
 * has an empty test split.
 */
public final class PictureFolder {
  /** One picture in this many goes to the test split. */
  public static final int TEST_EVERY = 10;

  private PictureFolder() {}

  /**
   * How many of {@code fileNames} are pictures this class reads.
   *
   * @param fileNames names of the files in a folder
   * @return the number of PNG and JPEG pictures among them
   */
  static long pictureCount(List<String> fileNames) {
    return fileNames.stream().filter(PictureFolder::isPicture).count();
  }

  /**
   * Reads the pictures of {@code folder}, split and shaped as described above. A training limit is
   * applied before decoding, so a small slice of a large folder loads quickly.
   *
   * @param folder the folder of pictures
   * @param options size, channels and training-image limit
   * @return the training and test images, without labels
   * @throws DataFormatException if the folder is missing, unreadable, holds no pictures, or one of the
   *     pictures cannot be read or decoded (the message names that picture)
   */
  public static TrainTestImages load(Path folder, ImageDataOptions options)
      throws DataFormatException {
    List<String> pictures = ImageDataLoader.fileNames(folder).stream()
        .filter(PictureFolder::isPicture).toList();
    if (pictures.isEmpty()) {
      throw new DataFormatException(folder, 0,
          "the folder holds no PNG or JPEG pictures (subfolders are not searched)");
    }
    List<String> train = new ArrayList<>();
    List<String> test = new ArrayList<>();
    for (int i = 0; i < pictures.size(); i++) {
      (i % TEST_EVERY == TEST_EVERY - 1 ? test : train).add(pictures.get(i));
    }
    List<String> kept = train.subList(0, options.trainingImagesKept(train.size()));
    return new TrainTestImages(read(folder, kept, options), read(folder, test, options));
  }

  private static boolean isPicture(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".")
        && (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"));
  }

  private static ImageSet read(Path folder, List<String> names, ImageDataOptions options)
      throws DataFormatException {
    int size = options.size();
    int channels = options.channels();
    int perImage = channels * size * size;
    float[] pixels = new float[names.size() * perImage];
    for (int i = 0; i < names.size(); i++) {
      float[] image = PictureFile.read(folder.resolve(names.get(i)), size, channels);
      System.arraycopy(image, 0, pixels, i * perImage, perImage);
    }
    return new ImageSet(channels, size, size, pixels, null);
  }
}
