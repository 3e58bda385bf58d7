package io.github.gwdns.maven;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin is a thin adapter: it turns parameters into the core's request and writes the
 * result, so it uses only the core's public surface (the API, reports, settings, Git input and
 * history) and no stage of the pipeline.
 */
class AdapterBoundaryTest {
  /** The few stage types an adapter names: the options it sets, the input it points at. */
  private static final Set<String> STAGE_TYPES =
      Set.of(
          "io.github.gwdns.core.predict.ExternalDnsOptions",
              "io.github.gwdns.core.predict.ExternalDnsOptions$Builder",
          "io.github.gwdns.core.predict.ExternalDnsOption",
              "io.github.gwdns.core.predict.ExternalDnsOption$Type",
          "io.github.gwdns.core.load.RepositoryRoot", "io.github.gwdns.core.load.SourceFile",
          "io.github.gwdns.core.load.LoadLimits", "io.github.gwdns.core.rules.Baseline");

  @Test
  void thePluginUsesOnlyThePublicSurfaceOfTheCore() {
    classes()
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("io.github.gwdns.core..")
                .or(
                    resideInAnyPackage(
                        "io.github.gwdns.core",
                        "io.github.gwdns.core.report..",
                        "io.github.gwdns.core.config..",
                        "io.github.gwdns.core.git..",
                        "io.github.gwdns.core.history..",
                        "io.github.gwdns.core.change..",
                        "io.github.gwdns.core.finding.."))
                .or(
                    DescribedPredicate.describe(
                        "an option or input type",
                        (JavaClass c) -> STAGE_TYPES.contains(c.getName()))))
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gwdns.maven"));
  }
}
