package org.wganlab.metrics.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;

/**
 * A small convolutional classifier whose last hidden layer serves as the feature space of the Fréchet
 * distance: conv 5x5 32 ReLU, max-pool 2, conv 5x5 64 ReLU, max-pool 2, dense 128 ReLU (the features),
 * softmax over the classes. Trained with DL4J on a labelled training split.
 *
 * <p>A classifier is only a useful feature extractor if it has learnt the classes, so its test accuracy
 * is reported alongside the distances it supports.
 */
public final class FeatureClassifier {
  /** Length of a feature vector. */
  public static final int FEATURES = 128;
  /**
   * Changes whenever the layers or their training change, so that classifiers cached by an older
   * version are retrained rather than reused.
   */
  static final int ARCHITECTURE_VERSION = 1;
  private static final int FEATURE_LAYER = 4;
  /** Images per forward pass when measuring: bounds memory whatever the size of the set. */
  private static final int INFERENCE_BATCH = 500;

  private final MultiLayerNetwork network;

  private FeatureClassifier(MultiLayerNetwork network) {
    this.network = network;
  }

  /**
   * Trains a classifier on {@code train}, whose labels must be 0 to {@code classes - 1} with at least
   * two classes, following {@code recipe}; reports progress to {@code progress} after each minibatch.
   * Training takes minutes on real data, so it stops between minibatches when the thread is
   * interrupted (the interrupt flag stays set).
   *
   * @throws IllegalArgumentException if the set has no labels or fewer than two classes
   * @throws CancellationException if the thread is interrupted
   */
  public static FeatureClassifier train(ImageSet train, ClassifierRecipe recipe,
      QualityProgress progress) {
    int[] labels = train.labels().orElseThrow(
        () -> new IllegalArgumentException("the classifier needs a labelled training split"));
    int classes = 0;
    for (int label : labels) {
      if (label < 0) {
        throw new IllegalArgumentException("negative label " + label);
      }
      classes = Math.max(classes, label + 1);
    }
    if (classes < 2) {
      throw new IllegalArgumentException("the classifier needs at least two classes, got " + classes);
    }
    MultiLayerNetwork network = new MultiLayerNetwork(configuration(train, classes, recipe));
    network.init();
    Rng rng = new Rng(recipe.seed());
    int n = train.count();
    int batchesPerEpoch = (n + recipe.batchSize() - 1) / recipe.batchSize();
    for (int epoch = 0; epoch < recipe.epochs(); epoch++) {
      int[] order = shuffledIndices(n, rng);
      for (int batch = 0; batch < batchesPerEpoch; batch++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("training of the feature classifier interrupted");
        }
        int from = batch * recipe.batchSize();
        int to = Math.min(n, from + recipe.batchSize());
        network.fit(input(train, order, from, to), oneHot(labels, order, from, to, classes));
        progress.report("training the classifier",
            (double) (epoch * batchesPerEpoch + batch + 1) / (recipe.epochs() * batchesPerEpoch));
      }
    }
    return new FeatureClassifier(network);
  }

  /** A classifier written by {@link #writeTo(OutputStream)}. */
  static FeatureClassifier readFrom(InputStream in) throws IOException {
    return new FeatureClassifier(ModelSerializer.restoreMultiLayerNetwork(in, false));
  }

  /**
   * Writes the weights and configuration in DL4J's model format, without optimiser state: a cached
   * classifier is only ever used, never trained further. DL4J closes the stream it is given.
   */
  void writeTo(OutputStream out) throws IOException {
    ModelSerializer.writeModel(network, out, false);
  }

  /**
   * The fraction of {@code test} images whose most probable class is their label.
   *
   * @throws IllegalArgumentException if the set has no labels
   */
  public double accuracy(ImageSet test) {
    int[] labels = test.labels().orElseThrow(
        () -> new IllegalArgumentException("accuracy needs a labelled test split"));
    int correct = 0;
    for (int from = 0; from < test.count(); from += INFERENCE_BATCH) {
      int to = Math.min(test.count(), from + INFERENCE_BATCH);
      INDArray predicted = network.output(input(test, null, from, to), false).argMax(1);
      for (int i = from; i < to; i++) {
        if (predicted.getInt(i - from) == labels[i]) {
          correct++;
        }
      }
    }
    return (double) correct / test.count();
  }

  /**
   * The feature vectors of {@code images}, {@value #FEATURES} floats per image one after the other,
   * computed a batch at a time. The images must have the shape of the training images.
   */
  public float[] features(ImageSet images) {
    float[] features = new float[images.count() * FEATURES];
    for (int from = 0; from < images.count(); from += INFERENCE_BATCH) {
      int to = Math.min(images.count(), from + INFERENCE_BATCH);
      List<INDArray> activations = network.feedForwardToLayer(FEATURE_LAYER,
          input(images, null, from, to), false);
      float[][] batch = activations.get(activations.size() - 1).toFloatMatrix();
      for (int i = 0; i < batch.length; i++) {
        System.arraycopy(batch[i], 0, features, (from + i) * FEATURES, FEATURES);
      }
    }
    return features;
  }

  private static MultiLayerConfiguration configuration(ImageSet shape, int classes,
      ClassifierRecipe recipe) {
    return new NeuralNetConfiguration.Builder()
        .seed(recipe.seed())
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.RELU)
        .updater(new Adam(recipe.learningRate()))
        .list()
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(32).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(64).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(classes)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(shape.height(), shape.width(), shape.channels()))
        .build();
  }

  /** Images {@code order[from..to)} (or {@code from..to} when {@code order} is null) as NCHW. */
  private static INDArray input(ImageSet images, int[] order, int from, int to) {
    int size = images.pixelsPerImage();
    float[] pixels = new float[(to - from) * size];
    for (int i = from; i < to; i++) {
      images.copyImage(order == null ? i : order[i], pixels, (i - from) * size);
    }
    return Nd4j.create(pixels, new long[] {to - from, images.channels(), images.height(),
        images.width()}, 'c');
  }

  private static INDArray oneHot(int[] labels, int[] order, int from, int to, int classes) {
    float[] values = new float[(to - from) * classes];
    for (int i = from; i < to; i++) {
      values[(i - from) * classes + labels[order[i]]] = 1;
    }
    return Nd4j.create(values, new long[] {to - from, classes}, 'c');
  }

  /** {@code 0 .. n-1} in a random order (Fisher-Yates). */
  static int[] shuffledIndices(int n, Rng rng) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
