package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointSet;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.GridSpec;

/** The view follows the data: far or tiny point sets get a view around them, built-ins keep theirs. */
class DataViewTest {
  private static final GridSpec STANDARD = new GridSpec(64, -3, 3);

  private static Dataset points(double... xy) {
    return new Dataset.Points("test", "test.csv", new PointSet(xy));
  }

  @Test
  void pointsAround100And200GetAViewAroundThemWithAMargin() {
    GridSpec view = DataView.forData(points(99, 198, 103, 201, 101, 199), STANDARD);
    assertThat(view.resolution()).isEqualTo(64);
    // The box is 4 wide and 3 high: a square of side 4 * 1.3, centred on the box's centre (101, 199.5).
    assertThat(view.side()).isCloseTo(4 * (1 + 2 * DataView.MARGIN), within(1e-9));
    assertThat(view.xMin() + view.side() / 2).isCloseTo(101, within(1e-9));
    assertThat(view.yMin() + view.side() / 2).isCloseTo(199.5, within(1e-9));
    assertThat(view.contains(99, 198)).isTrue();
    assertThat(view.contains(103, 201)).isTrue();
    assertThat(view.contains(0, 0)).isFalse();
  }

  @Test
  void pointsInsideTheViewKeepIt() {
    assertThat(DataView.forData(points(-2, -1, 2.5, 1, 0, 2), STANDARD)).isSameAs(STANDARD);
  }

  @Test
  void theClassroomFilesKeepTheFamiliarView() throws Exception {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("toydata"))) {
      List<java.nio.file.Path> csvs = files.filter(f -> f.toString().endsWith(".csv")).toList();
      assertThat(csvs).isNotEmpty();
      for (java.nio.file.Path csv : csvs) {
        assertThat(DataView.forData(Datasets.resolve(csv.toString()), STANDARD)).as(csv.toString())
            .isSameAs(STANDARD);
      }
    }
  }

  @Test
  void aSpeckInsideTheViewIsZoomedInto() {
    GridSpec view = DataView.forData(points(0.01, 0.01, 0.02, 0.03), STANDARD);
    assertThat(view.side()).isCloseTo(0.02 * (1 + 2 * DataView.MARGIN), within(1e-12));
    assertThat(view.contains(0.01, 0.01) && view.contains(0.02, 0.03)).isTrue();
  }

  @Test
  void pointsThatCoincideGetAViewOfSideOne() {
    GridSpec view = DataView.forData(points(5, 5, 5, 5), STANDARD);
    assertThat(view.side()).isEqualTo(1);
    assertThat(view.xMin()).isEqualTo(4.5);
  }

  @Test
  void aViewNearTheCoordinateLimitStaysInsideIt() {
    GridSpec view = DataView.forData(points(-1e6, 0, 1e6, 1e6), STANDARD);
    assertThat(view.xMin()).isGreaterThanOrEqualTo(-GridSpec.MAX_COORDINATE);
    assertThat(view.xMax()).isLessThanOrEqualTo(GridSpec.MAX_COORDINATE);
    assertThat(view.side()).isEqualTo(2e6);
  }

  @Test
  void builtInSetsGoBackToTheFamiliarView() {
    GridSpec far = DataView.forData(points(99, 198, 103, 201), STANDARD);
    Dataset gaussians = new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS);
    assertThat(DataView.forData(gaussians, far)).isEqualTo(STANDARD);
    // A view centred on the origin was chosen on purpose (e.g. --range 5): it stays.
    GridSpec wide = new GridSpec(64, -5, 5);
    assertThat(DataView.forData(gaussians, wide)).isSameAs(wide);
  }

  @Test
  void aConfigOnFarDataCarriesItsView() {
    ExperimentConfig config = ExperimentConfig.reference("8gaussians", List.of(MethodKind.GP));
    ExperimentConfig far = DataView.withData(config, points(99, 198, 103, 201));
    assertThat(far.data()).isEqualTo("test.csv");
    assertThat(far.evaluation().grid().contains(101, 199.5)).isTrue();
    assertThat(far.evaluation().grid().resolution()).isEqualTo(GridSpec.DEFAULT.resolution());
    assertThat(ConfigChange.needsReset(config, far)).isTrue();
  }
}
