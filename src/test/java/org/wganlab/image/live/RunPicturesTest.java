package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.wganlab.data.image.ImageSet;
import org.wganlab.image.ImageBatches;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMeasurements;
import org.wganlab.image.ImageTrainer;
import org.wganlab.nn.NativeBuffers;

/**
 * The pictures the window shows of a run, read on the training thread after every iteration: they
 * leave the run as it was, and their native temporaries are freed when the reading ends instead of
 * waiting for the garbage collector (a classroom run in the window grew past 4 GB that way).
 */
class RunPicturesTest {
  private static ImageTrainer trainer(ImageExperiment experiment, ImageSet test) {
    return new ImageTrainer(experiment, 0, new ImageBatches(TinyImageRuns.noise(40, 1), DataType.FLOAT, 3),
        new ImageMeasurements(experiment, test, 8, ImageSnapshot.GRID_IMAGES));
  }

  @Test
  void aReadingLeavesTheRunAsItWasAndNoNativeMemoryBehind() {
    ImageExperiment experiment = TinyImageRuns.experiment("noise", 4);
    ImageSet test = TinyImageRuns.noise(ImageSnapshot.GRID_IMAGES, 2);
    ImageTrainer watched = trainer(experiment, test);
    ImageTrainer alone = trainer(experiment, test);
    RunPictures pictures = new RunPictures(experiment, test);
    watched.iterate();
    alone.iterate();
    pictures.measure(0, watched);
    long before = NativeBuffers.bytesHeld();
    for (int i = 0; i < 5; i++) {
      pictures.measure(0, watched);
    }
    // What is left is ND4J's small shape descriptions: 27-176 kB in different runs of this test.
    // Reading outside a workspace left 4.8 MB (the interpolates, the critic's passes and
    // input gradients), and the channel biases added by a broadcast 2.0 MB (an offset per image and
    // pixel); a collection meanwhile can only lower the figure.
    assertThat(NativeBuffers.bytesHeld() - before).isLessThan(512 * 1024);

    RunPictures.Picture picture = pictures.latest(0);
    assertThat(picture.iteration()).isEqualTo(1);
    assertThat(picture.grid()).hasSize(ImageSnapshot.GRID_IMAGES * 28 * 28);
    assertThat(picture.norms().total()).isEqualTo(ImageSnapshot.GRID_IMAGES);
    watched.iterate();
    alone.iterate();
    assertThat(watched.checkpoint().critic()).containsExactly(alone.checkpoint().critic());
    assertThat(Arrays.equals(watched.generateImages(8), alone.generateImages(8))).isTrue();
  }
}
