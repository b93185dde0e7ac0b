package org.wganlab.ui.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;

/** File "choosers" that answer with the paths a test queued, in order. */
final class ScriptedDialogs implements FileDialogs {
  private final Deque<Path> answers = new ArrayDeque<>();

  /** The next chooser, whatever it asks, answers {@code path}. */
  void answer(Path path) {
    answers.add(path);
  }

  @Override
  public Optional<Path> save(FileKind kind, String suggestedName) {
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public Optional<Path> open(FileKind kind) {
    return Optional.ofNullable(answers.poll());
  }
}
