package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Datasets#resolve} and the two kinds of {@link Dataset}. */
class DatasetsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void builtInNamesResolveToBuiltInSets(BuiltInDataset kind) throws Exception {
    Dataset dataset = Datasets.resolve(kind.cliName());
    assertThat(dataset).isEqualTo(new Dataset.BuiltIn(kind));
    assertThat(dataset.name()).isEqualTo(kind.displayName());
    assertThat(dataset.reference()).isEqualTo(kind.cliName());
    assertThat(dataset.modes()).isEqualTo(kind.modes());
    assertThat(dataset.open(5).sample(50)).containsExactly(kind.open(5).sample(50));
  }

  @Test
  void aPathResolvesToThePointsOfThatFile() throws Exception {
    Path file = Files.writeString(dir.resolve("my.points.csv"), "x,y\n1,2\n3,4\n5,6\n");
    Dataset dataset = Datasets.resolve(file.toString());
    assertThat(dataset).isInstanceOf(Dataset.Points.class);
    assertThat(dataset.name()).isEqualTo("my.points");
    assertThat(dataset.reference()).isEqualTo(file.toString());
    assertThat(dataset.modes()).isEmpty();
    assertThat(((Dataset.Points) dataset).points().xy()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  /**
   * The CSV files in toydata/ are the first 2,000 points of each generator for seed 1, so a change to a
   * generator that would make them stale fails here until they are regenerated.
   */
  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void shippedToyDataFilesHoldTheGeneratorsPoints(BuiltInDataset kind) throws Exception {
    Dataset loaded = Datasets.resolve(Path.of("toydata", kind.cliName() + ".csv").toString());
    assertThat(loaded.name()).isEqualTo(kind.cliName());
    assertThat(((Dataset.Points) loaded).points().xy()).containsExactly(kind.open(1).sample(2000));
  }

  @Test
  void aBadFileKeepsItsOwnMessage() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.csv"), "1,2\n3\n");
    assertThatThrownBy(() -> Datasets.resolve(file.toString()))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(file + ":2: expected 2 columns (x,y), found 1");
  }

  @Test
  void aMistypedNameIsReportedWithTheChoices() {
    DataFormatException e =
        catchThrowableOfType(DataFormatException.class, () -> Datasets.resolve("8gausians"));
    assertThat(e.file()).isEqualTo(Path.of("8gausians"));
    assertThat(e.getMessage()).isEqualTo("8gausians: file not found, and not a built-in data set either"
        + " (8gaussians, 25gaussians, swissroll, ring, moons, checkerboard)");
  }

  @Test
  void aBlankNameIsReportedWithoutAFileName() {
    assertThatThrownBy(() -> Datasets.resolve(" "))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("no data set given: name a built-in set (8gaussians, ");
  }

  @Test
  void pointsNeedANameAndAReference() {
    PointSet points = new PointSet(new double[] {1, 2, 3, 4});
    assertThatThrownBy(() -> new Dataset.Points(" ", "drawn", points))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dataset.Points("drawn", "", points))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dataset.BuiltIn(null)).isInstanceOf(NullPointerException.class);
  }
}
