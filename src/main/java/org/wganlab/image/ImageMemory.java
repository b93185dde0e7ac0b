package org.wganlab.image;

import org.wganlab.nn.conv.ConvGeometry;
import org.wganlab.nn.conv.ImageNetSpec;
import org.wganlab.train.MemoryEstimate;

/**
 * The memory an image experiment needs, estimated before the data are loaded so that a run that
 * cannot fit is refused with the figure (see {@link MemoryEstimate}).
 *
 * <p>The model, fitted to the peak resident memory of one-iteration runs on this program (DIM 32 to
 * 128, batch 64 to 256, one to three methods, 28 x 28 gray, and the fully connected networks at DIM
 * 256; rounded up, so that it overestimates by 6-35 %): the process with its data, 330 MB; per
 * method, 16 bytes per parameter of both networks and, for the convolutional networks, 15 KB per unit
 * of DIM and image row a pass holds (the training batch plus the 1,000 images generated for the
 * quality metric and the files), scaled with the image area; the fully connected networks hold 96
 * bytes per hidden unit and row.
 */
public final class ImageMemory {
  private static final long PROCESS = 330L << 20;
  private static final long CONV_BYTES_PER_DIM_AND_ROW = 15_000;
  private static final int GENERATED_ROWS = 1000;

  private ImageMemory() {
  }

  /** The estimate for {@code experiment}. */
  public static MemoryEstimate of(ImageExperiment experiment) {
    ImageNetSpec spec = experiment.networks();
    long rows = GENERATED_ROWS + experiment.batch();
    long perRun;
    if (experiment.network() == ImageNetwork.CONV) {
      long parameters = (long) spec.noiseDim() * spec.topVolume() + spec.topVolume();
      for (ConvGeometry layer : spec.criticLayers()) {
        parameters += 2L * layer.weightCount();
      }
      double area = experiment.size() * experiment.size() / 784.0;
      perRun = 16 * parameters
          + (long) (CONV_BYTES_PER_DIM_AND_ROW * experiment.dim() * rows * area);
    } else {
      long units = 8L * experiment.dim();
      long image = spec.imageVolume();
      long parameters = 2 * ((image + 1) * units + 2 * (units + 1) * units + units + 1)
          + (long) spec.noiseDim() * units;
      perRun = 16 * parameters + 96 * rows * 3 * units;
    }
    return new MemoryEstimate(PROCESS + experiment.runs().size() * perRun);
  }
}
