package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;

class CsvTableTest {

  @TempDir Path dir;

  @Test
  void formatsMixedCellsIndependentlyOfTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      CsvTable table = new CsvTable("iteration", "method", "w_hat", "loss");
      table.addRow(2000L, "WGAN-GP", 0.93, -1.5e-7f);
      table.addRow(3, "say \"hi\", twice", Double.NaN, null);
      assertThat(table.rowCount()).isEqualTo(2);
      assertThat(table.toCsv())
          .isEqualTo(
              "iteration,method,w_hat,loss\n"
                  + "2000,WGAN-GP,0.93,-1.5E-7\n"
                  + "3,\"say \"\"hi\"\", twice\",NaN,\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void doublesRoundTripExactly() {
    double third = 1.0 / 3;
    String csv = new CsvTable("v").addRow(third).toCsv();
    assertThat(Double.parseDouble(csv.split("\n")[1])).isEqualTo(third);
  }

  @Test
  void headerNamesAreQuotedWhenNeeded() {
    assertThat(new CsvTable("a,b", "c").toCsv()).isEqualTo("\"a,b\",c\n");
  }

  @Test
  void rejectsWrongRowWidthAndUnknownTypes() {
    CsvTable table = new CsvTable("a", "b");
    assertThatThrownBy(() -> table.addRow(1L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.addRow(1L, new Object()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(CsvTable::new).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTheTableToAFile() throws IOException {
    Path target = dir.resolve("losses.csv");
    new CsvTable("step", "loss").addRow(1L, 0.5).write(target);
    assertThat(Files.readString(target)).isEqualTo("step,loss\n1,0.5\n");
  }

  @Test
  void writesOneRowPerGridPointBottomRowFirst() throws IOException {
    GridSpec grid = new GridSpec(2, -1, 1);
    Surface surface = new Surface(grid, new float[] {1f, 2f, 3f, 4.5f}, new float[] {0f, 0.25f, 1f, 2f});
    Path target = dir.resolve("surface.csv");
    CsvTable.writeSurface(target, surface);
    List<String> lines = Files.readAllLines(target);
    assertThat(lines)
        .containsExactly(
            "x,y,value,grad_norm",
            "-1.0,-1.0,1.0,0.0",
            "1.0,-1.0,2.0,0.25",
            "-1.0,1.0,3.0,1.0",
            "1.0,1.0,4.5,2.0");
  }
}
