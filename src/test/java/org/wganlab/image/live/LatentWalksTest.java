package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.train.Command;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.StepKind;

/**
 * The latent walk of an image session: its ends are the fixed-noise grid's cells pixel for pixel,
 * drawing it leaves training exactly as it was, walks asked for in one round are drawn once (the
 * newest) and none after a stop, and a followed folder draws it with the generators of its checkpoints, writing nothing.
 */
class LatentWalksTest {
  private static final int VOLUME = 28 * 28;
  @TempDir
  Path dir;

  private ImageLab.Setup setup() {
    return new ImageLab.Setup(dir, null);
  }

  private ImageLab stepped(String name, int steps) throws IOException {
    Path data = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    ImageLab lab = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), dir.resolve(name),
        setup());
    // Two rounds make a new run ready: the pictures are read, then the networks built.
    lab.tick();
    lab.tick();
    for (int i = 0; i < steps; i++) {
      lab.apply(new Command.Step(StepKind.ITERATION));
    }
    return lab;
  }

  private static float[] image(float[] pixels, int k) {
    return Arrays.copyOfRange(pixels, k * VOLUME, (k + 1) * VOLUME);
  }

  @Test
  void theEndsOfAWalkAreTheGridsCellsPixelForPixel() throws IOException {
    ImageLab lab = stepped("run", 1);
    lab.apply(new Command.Walk(new LatentWalk(new LatentWalk.Cell(5), new LatentWalk.Cell(40), 1)));
    assertThat(lab.tick()).isTrue();
    ImageSnapshot shot = lab.snapshot();
    for (int r = 0; r < 2; r++) {
      float[] grid = shot.runs().get(r).grid();
      WalkPictures.Row row = shot.walk().rows().get(r);
      assertThat(row.iteration()).isEqualTo(1);
      assertThat(image(row.strip(), 0)).containsExactly(image(grid, 5));
      assertThat(image(row.strip(), LatentWalk.STEPS - 1)).containsExactly(image(grid, 40));
      assertThat(row.frame()).containsExactly(image(grid, 40));
      // The pictures between differ from both ends: the noise really moves.
      assertThat(image(row.strip(), 3)).isNotEqualTo(image(grid, 5))
          .isNotEqualTo(image(grid, 40));
    }
  }

  @Test
  void drawingWalksLeavesTrainingAsItWas() throws IOException {
    ImageLab plain = stepped("plain", 3);
    ImageLab walked = stepped("walked", 0);
    for (int i = 0; i < 3; i++) {
      walked.apply(new Command.Walk(new LatentWalk(new LatentWalk.Cell(i),
          new LatentWalk.Random(i + 1), 0.25 * i)));
      assertThat(walked.tick()).isTrue();
      walked.apply(new Command.Step(StepKind.ITERATION));
    }
    assertThat(walked.snapshot().walk().rows().get(0).iteration()).isEqualTo(2);
    for (int r = 0; r < 2; r++) {
      assertThat(numbers(walked.snapshot().runs().get(r).rows()))
          .isEqualTo(numbers(plain.snapshot().runs().get(r).rows()));
      assertThat(walked.snapshot().runs().get(r).grid())
          .containsExactly(plain.snapshot().runs().get(r).grid());
    }
  }

  /** Every logged number but the timings, which differ between identical runs. */
  private static List<List<Double>> numbers(List<ImageMetricsRow> rows) {
    return rows.stream().map(r -> List.of((double) r.iteration(), r.wassersteinEstimate(),
        r.criticLoss(), r.generatorLoss(), r.penalty(), r.gradNormMedian(), r.gradNormP90()))
        .toList();
  }

  @Test
  void walksAskedForInOneRoundAreDrawnOnceTheNewest() throws IOException {
    ImageLab lab = stepped("run", 1);
    LatentWalk a = new LatentWalk(new LatentWalk.Cell(0), new LatentWalk.Cell(1), 0);
    lab.apply(new Command.Walk(a));
    lab.apply(new Command.Walk(a.at(0.5)));
    lab.apply(new Command.Walk(a.at(0.75)));
    assertThat(lab.snapshot().walk()).as("nothing is drawn before the round").isNull();
    assertThat(lab.tick()).isTrue();
    assertThat(lab.snapshot().walk().walk()).isEqualTo(a.at(0.75));
    WalkPictures drawn = lab.snapshot().walk();
    assertThat(lab.tick()).as("the same walk of the same generators is not drawn again").isFalse();
    assertThat(lab.snapshot().walk()).isSameAs(drawn);

    lab.apply(new Command.Step(StepKind.ITERATION));
    lab.tick();
    assertThat(lab.snapshot().walk().rows().get(1).iteration()).isEqualTo(2);

    lab.apply(new Command.Walk(null));
    lab.apply(new Command.Step(StepKind.ITERATION));
    lab.tick();
    assertThat(lab.snapshot().walk()).as("no walk is drawn once it is stopped").isNull();
  }

  @Test
  void aWalkToACellOffTheGridIsRefusedOnceNotEveryRound() throws IOException {
    ImageLab lab = stepped("run", 1);
    lab.apply(new Command.Walk(new LatentWalk(new LatentWalk.Cell(64), new LatentWalk.Cell(0), 0)));
    assertThat(lab.tick()).isTrue();
    assertThat(lab.snapshot().walk().rows()).extracting(WalkPictures.Row::missing)
        .containsOnly("grid cell 65 of a grid of 64");
    assertThat(lab.tick()).isFalse();
  }

  @Test
  void aFollowedFolderWalksWithItsCheckpointsGeneratorsAndWritesNothing() throws IOException {
    ImageLab trained = stepped("run", 2);
    trained.finish();
    LatentWalk walk = new LatentWalk(new LatentWalk.Random(3), new LatentWalk.Cell(9), 0.4);
    trained.apply(new Command.Walk(walk));
    trained.tick();
    WalkPictures live = trained.snapshot().walk();
    Path folder = dir.resolve("run");
    List<String> before = TinyImageRuns.listing(folder);

    ImageLab followed = ImageLab.open(folder, setup());
    followed.tick();
    followed.apply(new Command.Walk(walk));
    assertThat(followed.tick()).isTrue();
    WalkPictures read = followed.snapshot().walk();
    for (int r = 0; r < 2; r++) {
      assertThat(read.rows().get(r).iteration()).isEqualTo(2);
      assertThat(read.rows().get(r).strip()).containsExactly(live.rows().get(r).strip());
      assertThat(read.rows().get(r).frame()).containsExactly(live.rows().get(r).frame());
    }
    assertThat(TinyImageRuns.listing(folder)).isEqualTo(before);
  }

  @Test
  void aFolderWithoutCheckpointsSaysWhatTheWalkNeeds() throws IOException {
    ImageLab fresh = stepped("fresh", 0);
    fresh.snapshot();
    ImageLab followed = ImageLab.open(dir.resolve("fresh"), setup());
    followed.tick();
    followed.apply(new Command.Walk(new LatentWalk(new LatentWalk.Cell(0),
        new LatentWalk.Cell(64), 0)));
    followed.tick();
    assertThat(followed.snapshot().walk().rows()).allSatisfy(row -> {
      assertThat(row.strip()).isNull();
      assertThat(row.missing()).isEqualTo("grid cell 65 of a grid of 64");
    });
    followed.apply(new Command.Walk(new LatentWalk(new LatentWalk.Cell(0),
        new LatentWalk.Cell(63), 0)));
    followed.tick();
    assertThat(followed.snapshot().walk().rows()).allSatisfy(row ->
        assertThat(row.missing()).startsWith("no checkpoint yet"));
  }
}
