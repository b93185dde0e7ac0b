package org.wganlab.ui.image;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a folder; tests answer with folders of their own. */
@FunctionalInterface
public interface FolderDialogs {

  /** A folder, or empty if the user cancelled. */
  Optional<Path> folder(String title);

  /** The system's folder chooser over {@code owner}, starting in {@code start}. */
  static FolderDialogs system(Supplier<Window> owner, Path start) {
    return title -> {
      DirectoryChooser chooser = new DirectoryChooser();
      chooser.setTitle(title);
      if (Files.isDirectory(start)) {
        chooser.setInitialDirectory(start.toFile());
      }
      File chosen = chooser.showDialog(owner.get());
      return Optional.ofNullable(chosen).map(File::toPath);
    };
  }
}
