package org.wganlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
    // Each package is a slice of its own, the root package org.wganlab included (a pattern such as
    // "org.wganlab.(**)" leaves it out): org.wganlab.ui and org.wganlab.ui.model are two.
    slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingUsesTheLauncher() {
    noClasses().that().resideOutsideOfPackage("org.wganlab")
        .should().dependOnClassesThat().resideInAPackage("org.wganlab")
        .check(CLASSES);
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
