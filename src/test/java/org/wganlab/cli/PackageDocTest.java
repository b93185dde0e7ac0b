package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The package's description, the first thing a reader of the code sees, names every command. */
class PackageDocTest {

  @Test
  void everyCommandIsNamedInThePackageDescription() throws Exception {
    String description = Files.readString(Path.of("src/main/java/org/wganlab/cli/package-info.java"));
    Set<String> commands = new TreeSet<>(WganLabCommand.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet());
    commands.remove("help");
    assertThat(commands).contains("train", "image")
        .allSatisfy(command -> assertThat(description).contains("{@code " + command + "}"));
  }
}
