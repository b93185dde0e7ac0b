package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code open DIR}: a run folder goes to the desktop app's opener as an absolute path; a missing
 * folder or one without a run is refused with the bad-input exit code and the app is not started.
 */
class OpenCommandTest {
  @TempDir
  Path dir;
  private final List<Path> opened = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private int open(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "open";
    System.arraycopy(args, 0, all, 1, args.length);
    return WganLabCommand.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), opened::add).execute(all);
  }

  @Test
  void aRunFolderOpensInTheApp() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("config.json"), "{}");
    assertThat(open(run.toString())).isEqualTo(ExitCodes.DONE);
    assertThat(opened).containsExactly(run.toAbsolutePath());
  }

  @Test
  void aFolderWithoutARunIsRefusedBeforeTheAppStarts() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(open(empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("holds no image run (no config.json)");
    assertThat(open(dir.resolve("missing").toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("missing: no such folder");
    assertThat(opened).isEmpty();
  }
}
