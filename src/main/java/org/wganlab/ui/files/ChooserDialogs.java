package org.wganlab.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with JavaFX's file choosers, remembering the last folder used. */
public final class ChooserDialogs implements FileDialogs {
  private final Supplier<Window> owner;
  private File folder;

  /** Choosers owned by the window {@code owner} gives, starting in {@code start}. */
  public ChooserDialogs(Supplier<Window> owner, Path start) {
    this.owner = owner;
    this.folder = start != null && Files.isDirectory(start) ? start.toFile() : null;
  }

  @Override
  public Optional<Path> save(FileKind kind, String suggestedName) {
    FileChooser chooser = chooser(kind);
    chooser.setInitialFileName(suggestedName);
    return remember(chooser.showSaveDialog(owner.get()));
  }

  @Override
  public Optional<Path> open(FileKind kind) {
    return remember(chooser(kind).showOpenDialog(owner.get()));
  }

  private FileChooser chooser(FileKind kind) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(),
        kind.pattern()));
    if (folder != null && folder.isDirectory()) {
      chooser.setInitialDirectory(folder);
    }
    return chooser;
  }

  private Optional<Path> remember(File file) {
    if (file == null) {
      return Optional.empty();
    }
    folder = file.getParentFile();
    return Optional.of(file.toPath());
  }
}
