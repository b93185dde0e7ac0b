package org.wganlab.image;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a run's last generated images in a format other tools read (a gzipped IDX file). */
@FunctionalInterface
public interface ImageGeneratedFiles {

  /** Writes {@code count} images of {@code channels x size x size} (NCHW rows of {@code pixels}). */
  void write(Path target, float[] pixels, int count, int channels, int size) throws IOException;
}
