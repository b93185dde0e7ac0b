package org.wganlab.metrics.image;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wganlab.data.image.ImageSet;

/**
 * A SHA-256 digest of everything a cached classifier depends on: the architecture version, the
 * training recipe and every pixel and label of the training and test splits (the test split fixes the
 * reported accuracy, the floor and the reference moments). A cached classifier is reused only when its
 * fingerprint is equal, so a change to any of these retrains it.
 */
final class DataFingerprint {
  private static final int CHUNK_FLOATS = 1 << 14;

  private DataFingerprint() {}

  /** The 32-byte digest for classifiers trained on {@code train} by {@code recipe}. */
  static byte[] of(ImageSet train, ImageSet test, ClassifierRecipe recipe) {
    MessageDigest digest = sha256();
    ByteBuffer header = ByteBuffer.allocate(64);
    header.putInt(FeatureClassifier.ARCHITECTURE_VERSION)
        .putInt(recipe.epochs())
        .putInt(recipe.batchSize())
        .putDouble(recipe.learningRate())
        .putLong(recipe.seed());
    digest.update(header.flip());
    update(digest, train);
    update(digest, test);
    return digest.digest();
  }

  /** The first {@code length} hexadecimal digits of {@code fingerprint}, for file names. */
  static String prefix(byte[] fingerprint, int length) {
    return HexFormat.of().formatHex(fingerprint).substring(0, length);
  }

  private static void update(MessageDigest digest, ImageSet images) {
    ByteBuffer shape = ByteBuffer.allocate(16)
        .putInt(images.count()).putInt(images.channels()).putInt(images.height()).putInt(images.width());
    digest.update(shape.flip());
    int size = images.pixelsPerImage();
    float[] image = new float[size];
    ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * Math.max(size, CHUNK_FLOATS));
    for (int i = 0; i < images.count(); i++) {
      images.copyImage(i, image, 0);
      if (bytes.remaining() < Float.BYTES * size) {
        digest.update(bytes.flip());
        bytes.clear();
      }
      bytes.asFloatBuffer().put(image);
      bytes.position(bytes.position() + Float.BYTES * size);
    }
    digest.update(bytes.flip());
    // The presence of labels is hashed too, so a labelled and an unlabelled set never collide.
    int[] labels = images.labels().orElse(new int[0]);
    ByteBuffer labelBytes = ByteBuffer.allocate(Integer.BYTES * (labels.length + 1));
    labelBytes.putInt(images.labels().isPresent() ? 1 : 0).asIntBuffer().put(labels);
    digest.update(labelBytes.position(0));
  }

  /** A fresh SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's specification).
      throw new IllegalStateException(e);
    }
  }
}
