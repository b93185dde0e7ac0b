package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.IdxWriter;
import org.wganlab.image.ImageExperiment;
import org.wganlab.train.Command;
import org.wganlab.train.Notice;
import org.wganlab.train.StepKind;

/**
 * Bad input to the image session, each answered with a notice naming the file or folder while nothing
 * is written or lost: a damaged picture, a truncated IDX file, an output folder that cannot be made,
 * and a folder whose config no longer fits its checkpoints (another network size). Pictures of mixed
 * sizes are not bad input: each is scaled and centre-cropped to the experiment's size.
 */
class ImageBadInputTest {
  @TempDir
  Path dir;
  private ImageLab.Setup setup;

  @BeforeEach
  void setUp() {
    setup = new ImageLab.Setup(dir, null);
  }

  /** A new run of the tiny experiment on {@code data} in {@code out}, after its two startup rounds. */
  private ImageLab started(Path data, Path out) {
    ImageLab lab = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), out, setup);
    lab.tick();
    lab.tick();
    return lab;
  }

  private static void assertRefused(ImageLab lab, String start, String... named) {
    Notice told = lab.snapshot().notice();
    assertThat(told.level()).isEqualTo(Notice.Level.ERROR);
    assertThat(told.text()).startsWith(start).contains(named);
    lab.apply(new Command.Play());
    assertThat(lab.playing()).isFalse();
  }

  @Test
  void aDamagedPictureIsNamedAndNothingIsWritten() throws IOException {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    Path damaged = pictures.resolve("p030.png");
    byte[] png = Files.readAllBytes(pictures.resolve("p000.png"));
    Files.write(damaged, Arrays.copyOf(png, png.length / 3));
    Path out = dir.resolve("run");
    assertRefused(started(pictures, out), "The new image run cannot start: " + damaged,
        "cannot be decoded");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aTruncatedIdxFileIsNamedAndNothingIsWritten() throws IOException {
    Path idx = Files.createDirectories(dir.resolve("idx"));
    float[] pixels = new float[20 * 28 * 28];
    Arrays.fill(pixels, 0.5f);
    ImageSet train = new ImageSet(1, 28, 28, pixels, new int[20]);
    ImageSet test = new ImageSet(1, 28, 28, Arrays.copyOf(pixels, 10 * 28 * 28), new int[10]);
    IdxWriter.writeImages(idx.resolve("train-images-idx3-ubyte.gz"), train);
    IdxWriter.writeLabels(idx.resolve("train-labels-idx1-ubyte.gz"), train);
    IdxWriter.writeImages(idx.resolve("t10k-images-idx3-ubyte.gz"), test);
    IdxWriter.writeLabels(idx.resolve("t10k-labels-idx1-ubyte.gz"), test);
    Path images = idx.resolve("train-images-idx3-ubyte.gz");
    byte[] whole = Files.readAllBytes(images);
    Files.write(images, Arrays.copyOf(whole, whole.length / 2));
    Path out = dir.resolve("run");
    assertRefused(started(idx, out), "The new image run cannot start: " + images, "truncated");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void picturesOfMixedSizesAreScaledToTheExperimentsSize() throws IOException {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    for (int k = 0; k < 5; k++) {
      BufferedImage wide = new BufferedImage(60 + 10 * k, 40, BufferedImage.TYPE_INT_RGB);
      ImageIO.write(wide, "png", pictures.resolve("wide" + k + ".png").toFile());
    }
    ImageLab lab = started(pictures, dir.resolve("run"));
    lab.apply(new Command.Step(StepKind.ITERATION));
    ImageSnapshot shot = lab.snapshot();
    assertThat(shot.data()).startsWith("32 training images of 28 x 28 x 1 from " + pictures);
    assertThat(shot.runs().get(0).iteration()).isEqualTo(1);
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsNamed() throws IOException {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    Path file = Files.writeString(dir.resolve("notes.txt"), "kept");
    assertRefused(started(pictures, file), "The new image run cannot start: ", file.toString());
    assertRefused(started(pictures, file.resolve("run")), "The new image run cannot start: ",
        file.toString());
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  @Test
  void aCheckpointOfAnotherNetworkSizeIsRefusedAndTheFolderKept() throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    Path out = dir.resolve("run");
    ImageLab first = started(pictures, out);
    first.apply(new Command.Step(StepKind.ITERATION));
    first.apply(new Command.Step(StepKind.ITERATION));
    first.finish();
    ImageExperiment written = ConfigJson.read(out.resolve("config.json"), ImageExperiment.class);
    ImageExperiment wider = new ImageExperiment(written.data(), 28, 1, 0, written.seed(),
        written.iterations(), written.batch(), written.criticIters(), 4, written.noiseDim(),
        written.network(), written.runs(), written.logEvery(), written.sampleEvery(),
        written.evalEvery(), written.checkpointEvery());
    ConfigJson.write(out.resolve("config.json"), wider);
    TinyImageRuns.age(out, 300);
    List<String> before = TinyImageRuns.listing(out);

    ImageLab lab = ImageLab.open(out, setup);
    lab.tick();
    lab.apply(new Command.Play());
    lab.tick();
    lab.tick();
    assertRefused(lab, "The folder cannot be resumed: " + out.resolve("checkpoints"),
        "belongs to another config");
    assertThat(TinyImageRuns.listing(out)).isEqualTo(before);
  }
}
