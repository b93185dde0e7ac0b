package org.wganlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering the code relies on: the engine (data, networks, methods, training, metrics, export)
 * knows nothing of JavaFX, the desktop app or the command line, only the command line prints, no two
 * packages depend on each other, directly or through others, and every package uses only the layers
 * below its own (see {@link #LEVELS}).
 */
class ArchitectureTest {
  private static final String[] CORE = {"org.wganlab.common..", "org.wganlab.data..", "org.wganlab.nn..",
      "org.wganlab.method..", "org.wganlab.train..", "org.wganlab.metrics..", "org.wganlab.export..",
      "org.wganlab.image..", "org.wganlab.figures.."};
  /**
   * The layers from the top down, as the package descriptions state them; the layers of one level
   * know nothing of each other. The launcher starts the app or the command line. The image mode and
   * the paper figures are built on training. Training decides what a run's files hold and writes them
   * with export, which turns plain data and metrics into pictures and tables and knows no engine.
   * Metrics read networks out into plain numbers; methods constrain networks. Networks learn from data.
   * Common pieces serve every layer.
   */
  private static final String[][] LEVELS = {
      {"org.wganlab"},
      {"org.wganlab.ui..", "org.wganlab.cli.."},
      {"org.wganlab.image..", "org.wganlab.figures.."},
      {"org.wganlab.train.."},
      {"org.wganlab.export.."},
      {"org.wganlab.metrics..", "org.wganlab.method.."},
      {"org.wganlab.nn.."},
      {"org.wganlab.data.."},
      {"org.wganlab.common.."}};
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.wganlab");

  @Test
  void coreImportsNoJavaFx() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
        .check(CLASSES);
  }

  @Test
  void coreKnowsNeitherTheAppNorTheCommandLine() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("org.wganlab.ui..", "org.wganlab.cli..")
        .check(CLASSES);
  }

  @Test
  void dataExportAndCommonPiecesArePlainJava() {
    noClasses().that().resideInAnyPackage("org.wganlab.data..", "org.wganlab.export..",
            "org.wganlab.common..")
        .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..")
        .check(CLASSES);
  }

  @Test
  void theAppAndTheCommandLineAreIndependent() {
    noClasses().that().resideInAPackage("org.wganlab.ui..")
        .should().dependOnClassesThat().resideInAPackage("org.wganlab.cli..")
        .allowEmptyShould(true)
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.wganlab.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.wganlab.ui..")
        .check(CLASSES);
  }

  @Test
  void everyLayerUsesOnlyTheLayersBelowIt() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] level : LEVELS) {
      for (String layer : level) {
        layers = layers.layer(layer).definedBy(layer);
      }
    }
    List<String> above = new ArrayList<>();
    for (String[] level : LEVELS) {
      for (String layer : level) {
        layers = above.isEmpty() ? layers.whereLayer(layer).mayNotBeAccessedByAnyLayer()
            : layers.whereLayer(layer).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
      }
      above.addAll(List.of(level));
    }
    layers.check(CLASSES);
  }

  @Test
  void onlyTheCommandLinePrints() {
    noClasses().that().resideOutsideOfPackage("org.wganlab.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(CLASSES);
  }

  @Test
  void packagesFormNoCycles() {
    // Each package is a slice of its own, the root package org.wganlab included (a pattern such as
    // "org.wganlab.(**)" leaves it out): org.wganlab.ui and org.wganlab.ui.model are two.
    slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CLASSES);
  }

  /** One slice per package of the project; classes of other projects belong to none. */
  private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      return name.equals("org.wganlab") || name.startsWith("org.wganlab.")
          ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each package of org.wganlab";
    }
  };
}
