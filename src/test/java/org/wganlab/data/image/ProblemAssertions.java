package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.wganlab.data.DataFormatException;

/** The one assertion every error test makes: exactly {@code file: problem}, on one line. */
final class ProblemAssertions {
  private ProblemAssertions() {}

  /** A read that is expected to fail. */
  @FunctionalInterface
  interface ThrowingRead {
    void run() throws DataFormatException;
  }

  static void assertProblem(Path file, ThrowingRead read, String problem) {
    DataFormatException e = catchThrowableOfType(DataFormatException.class, read::run);
    assertThat(e).as("expected a DataFormatException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(file + ": " + problem).doesNotContain("\n");
    assertThat(e.file()).isEqualTo(file);
  }
}
