package org.wganlab.data.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.wganlab.data.DataFormatException;

/**
 * Loads the image data in a folder, whatever it holds: the four IDX files of MNIST or Fashion-MNIST
 * ({@link IdxFolder}) or a folder of PNG and JPEG pictures ({@link PictureFolder}). The folder's content
 * decides: as soon as one of the IDX file names is present it is read as an IDX folder, so that a
 * missing companion file is reported rather than the folder being taken for an empty picture folder.
 * The image mode measures every run on held-out images, so a picture folder needs at least
 * {@value PictureFolder#TEST_EVERY} pictures (the test split takes every tenth); that is checked before
 * any picture is decoded.
 */
public final class ImageDataLoader {
  private ImageDataLoader() {}

  /**
   * Loads the training and test images in {@code folder}, shaped as {@code options} ask.
   *
   * @param folder an IDX folder or a picture folder
   * @param options size, channels and training-image limit
   * @return the two splits
   * @throws DataFormatException if the folder is missing, unreadable, empty, holds neither kind of data
   *     or too few pictures, or one of its files cannot be used; the message names the folder or the
   *     file
   */
  public static TrainTestImages load(Path folder, ImageDataOptions options)
      throws DataFormatException {
    List<String> files = fileNames(folder);
    if (IdxFolder.holdsIdxFiles(files)) {
      return IdxFolder.load(folder, options);
    }
    long pictures = PictureFolder.pictureCount(files);
    if (pictures >= PictureFolder.TEST_EVERY) {
      return PictureFolder.load(folder, options);
    }
    if (pictures > 0) {
      throw new DataFormatException(folder, 0, "the folder holds " + pictures + (pictures == 1
          ? " picture" : " pictures") + "; at least " + PictureFolder.TEST_EVERY + " are needed:"
          + " every tenth is held out as the test split, which needs one, and the rest train");
    }
    throw new DataFormatException(folder, 0, "the folder holds neither the IDX files of MNIST or"
        + " Fashion-MNIST (" + IdxFolder.TRAIN_IMAGES_NAME + " and its companions) nor PNG or JPEG"
        + " pictures (subfolders are not searched)");
  }

  /**
   * The names of the regular files directly in {@code folder}, sorted by their characters (not by the
   * user's locale), so that every machine reads them in the same order.
   *
   * @throws DataFormatException if the folder is missing, not a folder, unreadable or empty
   */
  static List<String> fileNames(Path folder) throws DataFormatException {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(folder)) {
      entries = listing.toList();
    } catch (NoSuchFileException e) {
      throw new DataFormatException(folder, 0, "folder not found", e);
    } catch (NotDirectoryException e) {
      throw new DataFormatException(folder, 0, "this is a file, not a folder", e);
    } catch (AccessDeniedException e) {
      throw new DataFormatException(folder, 0, "the folder cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new DataFormatException(folder, 0, "the folder could not be read (" + e.getMessage() + ")", e);
    } catch (UncheckedIOException e) {
      // Files.list reports failures met while iterating this way.
      throw new DataFormatException(folder, 0,
          "the folder could not be read (" + e.getCause().getMessage() + ")", e);
    }
    if (entries.isEmpty()) {
      throw new DataFormatException(folder, 0, "the folder is empty");
    }
    return entries.stream().filter(Files::isRegularFile)
        .map(entry -> entry.getFileName().toString()).sorted().toList();
  }
}
