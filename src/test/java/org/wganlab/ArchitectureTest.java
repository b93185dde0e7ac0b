package org.wganlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the code relies on: the engine (data, networks, methods, training, metrics, export)
 * knows nothing of JavaFX, the desktop app or the command line, only the command line prints, and no
 * two packages depend on each other, directly or through others.
 */
class ArchitectureTest {
  private static final String[] CORE = {"org.wganlab.common..", "org.wganlab.data..", "org.wganlab.nn..",
      "org.wganlab.method..", "org.wganlab.train..", "org.wganlab.metrics..", "org.wganlab.export..",
      "org.wganlab.image..", "org.wganlab.figures.."};
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
  void onlyTheCommandLinePrints() {
    noClasses().that().resideOutsideOfPackage("org.wganlab.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(CLASSES);
  }

  @Test
  void packagesFormNoCycles() {
    // Each package is a slice of its own: org.wganlab.ui and org.wganlab.ui.model are two.
    slices().matching("org.wganlab.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
