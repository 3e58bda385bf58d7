package io.github.gwdns.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.gwdns.core.pipeline.Pipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's package dependencies, enforced: load → render → model → attach → predict → rules →
 * report, each stage reading only the stages before it (docs/architecture.md). A dependency this
 * test refuses is a design change: update the table here and the architecture doc with it.
 */
class ArchitectureTest {
  private static final String CORE = "io.github.gwdns.core";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CORE);

  /** The public API: request, result, the facade. */
  private static final String API = CORE;

  @Test
  void eachStageReadsOnlyTheStagesBeforeIt() {
    allow("finding");
    allow("template");
    allow("load", "finding");
    allow("render", "load", "finding", "template");
    allow("model", "load", "render", "finding");
    // attach reads the HelmReleases and Deployments that install controllers from their trees
    // (ControllerClasses, EnvoyGatewayReleases): the one stage left that reads YAML past the model.
    allow("attach", "model", "load", "render", "finding");
    allow("predict", "attach", "model", "template", "finding", "render");
    allow("deploy", "predict", "model", "load", "finding", "template", "render");
    allow("rules", "deploy", "predict", "attach", "model", "render", "finding", "template");
  }

  @Test
  void noRuleReadsYamlNodes() {
    noClasses()
        .that()
        .resideInAPackage(pkg("rules"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("load"))
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(pkg("predict"), pkg("report"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("load"))
        .check(CLASSES);
  }

  @Test
  void theApiDependsOnTheStagesNotOnTheDriverOrTheOutputs() {
    noClasses()
        .that()
        .resideInAPackage(API)
        .and()
        .doNotHaveFullyQualifiedName(Analyzer.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("pipeline"),
            pkg("git"),
            pkg("history"),
            pkg("change"),
            pkg("report"),
            pkg("config"))
        .check(CLASSES);
    // The facade's one call into the driver.
    classes()
        .that()
        .haveFullyQualifiedName(Analyzer.class.getName())
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(API)
                .or(
                    com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Pipeline", (JavaClass c) -> c.isEquivalentTo(Pipeline.class)))
                .or(outsideGwdns()))
        .check(CLASSES);
  }

  @Test
  void theGitInputIsSeparateFromTheHistoryWalker() {
    allowWithApi("git", "load", "render", "finding");
    allowWithApi("change", "predict", "finding", "model");
    allowWithApi("history", "git", "change", "load", "finding");
  }

  @Test
  void outputsComeLast() {
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("report"), pkg("config"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg("report"), pkg("config"))
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("pipeline"), API)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("pipeline"))
        .check(CLASSES);
  }

  @Test
  void theVocabularyDependsOnNothing() {
    allow("vocabulary");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  private static void allow(String stage, String... before) {
    classes()
        .that()
        .resideInAPackage(pkg(stage))
        .should()
        .onlyDependOnClassesThat(inside(concat(stage, before)).or(outsideGwdns()))
        .check(CLASSES);
  }

  private static void allowWithApi(String stage, String... before) {
    classes()
        .that()
        .resideInAPackage(pkg(stage))
        .should()
        .onlyDependOnClassesThat(
            inside(concat(stage, before)).or(resideInAnyPackage(API)).or(outsideGwdns()))
        .check(CLASSES);
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> inside(String... stages) {
    return resideInAnyPackage(
        Arrays.stream(stages).map(ArchitectureTest::pkg).toArray(String[]::new));
  }

  /** Libraries, and the names every stage shares (the Gateway API's group, kinds and versions). */
  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> outsideGwdns() {
    return resideOutsideOfPackage("io.github.gwdns..").or(resideInAnyPackage(pkg("vocabulary")));
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String pkg(String stage) {
    return CORE + "." + stage + "..";
  }
}
