package org.wganlab.data.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wganlab.data.DataFormatException;

/**
 * Reads a folder holding the four standard IDX files of MNIST or Fashion-MNIST: training images and
 * labels ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}) and test images and labels
 * ({@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}). Each may be gzipped ({@code .gz})
 * and may use the spelling with a dot, {@code train-images.idx3-ubyte}, found in some downloads; when
 * several spellings are present the first of dash, dash + .gz, dot, dot + .gz wins.
 *
 * <p>Images smaller than the size asked for are padded centred with black (MNIST's 28x28 becomes the
 * 32x32 of LeNet's input); gray images asked for in colour are replicated into the three channels,
 * and colour images (IDX4, as {@code org.wganlab.export.IdxWriter} writes them) asked for in gray
 * become their luminance.
 */
public final class IdxFolder {
  /** Where Debian's {@code dataset-fashion-mnist} package installs Fashion-MNIST. */
  public static final Path DEFAULT_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");
  /** The standard name of the training images, the file that identifies an IDX folder in messages. */
  static final String TRAIN_IMAGES_NAME = Part.TRAIN_IMAGES.standardName();

  /** The four files, each named by its prefix and its IDX kind. */
  private enum Part {
    TRAIN_IMAGES("train-images", "idx3"),
    TRAIN_LABELS("train-labels", "idx1"),
    TEST_IMAGES("t10k-images", "idx3"),
    TEST_LABELS("t10k-labels", "idx1");

    private final String prefix;
    private final String kind;

    Part(String prefix, String kind) {
      this.prefix = prefix;
      this.kind = kind;
    }

    String standardName() {
      return prefix + "-" + kind + "-ubyte";
    }

    /** Accepted file names, in order of preference. */
    List<String> names() {
      String dotted = prefix + "." + kind + "-ubyte";
      return List.of(standardName(), standardName() + ".gz", dotted, dotted + ".gz");
    }
  }

  private IdxFolder() {}

  /**
   * Whether any of the four IDX files is among {@code fileNames}.
   *
   * @param fileNames names of the files in a folder
   * @return true if the folder looks like an IDX folder, complete or not
   */
  static boolean holdsIdxFiles(List<String> fileNames) {
    return Arrays.stream(Part.values()).flatMap(part -> part.names().stream())
        .anyMatch(fileNames::contains);
  }

  /**
   * Reads the four files of {@code folder}: the training split from the {@code train} files, the test
   * split from the {@code t10k} files, both labelled and shaped as {@code options} ask.
   *
   * @param folder the folder, for instance {@link #DEFAULT_FOLDER}
   * @param options size, channels and training-image limit
   * @return the training and test images with their labels
   * @throws DataFormatException if the folder or one of the four files is missing, a file cannot be
   *     used, labels and images differ in number, training and test images differ in shape, or the
   *     images are larger than the size asked for
   */
  public static TrainTestImages load(Path folder, ImageDataOptions options)
      throws DataFormatException {
    Map<Part, Path> files = locate(folder, ImageDataLoader.fileNames(folder));
    Path trainImages = files.get(Part.TRAIN_IMAGES);
    ImageSet train = labelled(trainImages, files.get(Part.TRAIN_LABELS));
    ImageSet test = labelled(files.get(Part.TEST_IMAGES), files.get(Part.TEST_LABELS));
    if (!train.hasShapeOf(test)) {
      throw new DataFormatException(files.get(Part.TEST_IMAGES), 0, "the test images are "
          + ImageShaping.describe(test) + " but the training images in " + trainImages.getFileName()
          + " are " + ImageShaping.describe(train));
    }
    int size = options.size();
    if (train.height() > size || train.width() > size) {
      throw new DataFormatException(trainImages, 0, "the images are " + ImageShaping.describe(train)
          + ", larger than the " + size + "x" + size + " asked for");
    }
    int kept = options.trainingImagesKept(train.count());
    ImageSet limited = kept < train.count() ? train.slice(0, kept) : train;
    return new TrainTestImages(shape(limited, options), shape(test, options));
  }

  /** The path of each part, or an error listing every missing one. */
  private static Map<Part, Path> locate(Path folder, List<String> fileNames)
      throws DataFormatException {
    Map<Part, Path> found = new EnumMap<>(Part.class);
    List<String> missing = new ArrayList<>();
    for (Part part : Part.values()) {
      part.names().stream().filter(fileNames::contains).findFirst().ifPresentOrElse(
          name -> found.put(part, folder.resolve(name)),
          () -> missing.add(part.standardName() + "[.gz]"));
    }
    if (!missing.isEmpty()) {
      List<String> needed = Arrays.stream(Part.values()).map(Part::standardName).toList();
      throw new DataFormatException(folder, 0, "missing " + String.join(", ", missing)
          + ": an IDX folder holds " + String.join(", ", needed) + ", each possibly gzipped (.gz)");
    }
    return found;
  }

  private static ImageSet labelled(Path imagesFile, Path labelsFile) throws DataFormatException {
    ImageSet images = IdxReader.readImages(imagesFile);
    int[] labels = IdxReader.readLabels(labelsFile);
    if (labels.length != images.count()) {
      throw new DataFormatException(labelsFile, 0, labels.length + " labels for the "
          + images.count() + " images in " + imagesFile.getFileName());
    }
    return images.withLabels(labels);
  }

  private static ImageSet shape(ImageSet images, ImageDataOptions options) {
    return ImageShaping.withChannels(ImageShaping.padCentred(images, options.size()),
        options.channels());
  }
}
