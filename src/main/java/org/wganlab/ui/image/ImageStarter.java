package org.wganlab.ui.image;

import java.util.function.Consumer;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.image.live.ImageLab;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.train.TrainingControl;
import org.wganlab.train.TrainingLoop;

/**
 * Runs an image session under a {@link TrainingControl}: on the training thread in the app
 * ({@link #background}), on the caller's thread in tests.
 */
@FunctionalInterface
public interface ImageStarter {

  /** A control running {@code lab}, publishing to {@code sink} and an unexpected error to {@code onFailure}. */
  TrainingControl start(ImageLab lab, Consumer<ImageSnapshot> sink, Consumer<Throwable> onFailure);

  /** The app's: the one training thread, of lowered priority as in the toy mode. */
  static ImageStarter background() {
    return (lab, sink, onFailure) -> new TrainingLoop<>(lab, sink, onFailure,
        NativeThreads::lowerCurrentThreadPriority);
  }
}
