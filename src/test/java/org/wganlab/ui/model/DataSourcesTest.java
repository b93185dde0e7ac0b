package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.PointSet;
import org.wganlab.train.DrawnSets;
import org.wganlab.ui.model.DataChoice.DataSource;

class DataSourcesTest {

  @Test
  void offersBuiltInsAndTheToyFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("spiral.csv"), "x,y\n0,0\n1,1\n2,2\n");
    Files.writeString(dir.resolve("notes.txt"), "not data");
    DrawnSets drawn = new DrawnSets();
    DataSources sources = new DataSources(dir, drawn);
    assertThat(sources.references()).contains("8gaussians", "swissroll",
        dir.resolve("spiral.csv").toString()).doesNotContain(dir.resolve("notes.txt").toString());
    assertThat(drawn.resolve(dir.resolve("spiral.csv").toString()).name()).isEqualTo("spiral");
    assertThat(new DataSources(dir.resolve("missing"), drawn).choices()).hasSize(6);
  }

  @Test
  void drawnSetsResolveInThisSessionOnly(@TempDir Path dir) throws Exception {
    DrawnSets sets = new DrawnSets();
    DataSources sources = new DataSources(dir, sets);
    DataChoice drawn = sources.addDrawn(new PointSet(new double[] {0, 0, 1, 1, 2, 0}));
    assertThat(drawn.source()).isEqualTo(DataSource.DRAWN);
    assertThat(drawn.label()).isEqualTo("drawn #1 (3 points)");
    assertThat(sets.resolve(drawn.reference()).open(1).sample(2)).hasSize(4);
    assertThat(sources.drawnPoints(drawn.reference())).isPresent();
    assertThatThrownBy(() -> sets.resolve("drawn:99"))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("draw it again");
  }

  @Test
  void aBadFileSaysWhere(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "x,y\n0,0\n1,oops\n");
    assertThatThrownBy(() -> DataSources.check(bad)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("bad.csv").hasMessageContaining("3");
  }

  @Test
  void numbersAreParsedAndShownWithADot() {
    assertThat(Formats.parse("lambda", " 10 ")).isEqualTo(10.0);
    assertThatThrownBy(() -> Formats.parse("lambda", "ten"))
        .hasMessage("lambda: \"ten\" is not a number");
    assertThatThrownBy(() -> Formats.parseLong("Seed", "1.5")).hasMessageContaining("whole number");
    assertThat(Formats.parameter(0.01)).isEqualTo("0.01");
    assertThat(Formats.parameter(1e-4)).isEqualTo("1e-4");
    assertThat(Formats.rate(2.5e-4)).isEqualTo("2.5e-4");
    assertThat(Formats.number(Double.NaN)).isEqualTo("-");
  }
}
