package dev.oaa.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.oaa.jobs.archfixture.UsesZ3;
import dev.oaa.jobs.cli.archfixture.CliFixtures;
import dev.oaa.jobs.notify.format.archfixture.FormatFixtures;
import dev.oaa.jobs.transform.archfixture.TransformFixtures;
import org.junit.jupiter.api.Test;

/**
 * The module rules of STYLE.md 2.1 for {@code jobs}, checked on the production classes of all three
 * modules (jobs sees reasoning and udfs on its classpath).
 *
 * <p>{@code transform} and {@code cli} may have no classes yet, so their rules allow an empty
 * selection; the fixture tests show that each rule still fails on a class that breaks it.
 */
class ArchitectureTest {

  static final ArchRule TRANSFORMS_GET_VALUES =
      noClasses()
          .that()
          .resideInAPackage("dev.oaa.jobs.transform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.oaa.jobs.io..", "dev.oaa.jobs.config..")
          .because("transforms get values, not config objects or paths")
          .allowEmptyShould(true);

  static final ArchRule CLI_RUNS_WITHOUT_SPARK =
      classes()
          .that()
          .resideInAPackage("dev.oaa.jobs.cli..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.oaa.jobs.cli..",
              "dev.oaa.reasoning..",
              "picocli..",
              "com.fasterxml.jackson..",
              "java..")
          .because("the shaded jar runs the CLI with java -jar, where the provided Spark is absent")
          .allowEmptyShould(true);

  static final ArchRule ONLY_SMT_Z3_USES_Z3 =
      noClasses()
          .that()
          .resideInAPackage("dev.oaa..")
          .and()
          .resideOutsideOfPackage("dev.oaa.reasoning.smt.z3..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.microsoft.z3..")
          .because("one package per solver backend: only dev.oaa.reasoning.smt.z3 imports Z3");

  static final ArchRule NOTIFICATIONS_ARE_SPARK_FREE =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.oaa.jobs.notify.change..",
              "dev.oaa.jobs.notify.format..",
              "dev.oaa.jobs.notify.publish..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..", "io.delta..", "org.apache.hadoop..")
          .because("notification values, formats and publishers run and are tested without Spark");

  static final ArchRule FORMATS_ARE_SDK_FREE =
      noClasses()
          .that()
          .resideInAnyPackage("dev.oaa.jobs.notify.change..", "dev.oaa.jobs.notify.format..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("software.amazon..", "java.net.http..")
          .because("formats are pure functions, unit-tested against their exact JSON");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.oaa");

  @Test
  void transformsDependOnNoSourceSinkOrConfig() {
    TRANSFORMS_GET_VALUES.check(PRODUCTION);
  }

  @Test
  void cliDependsOnlyOnReasoningPicocliJacksonAndTheJdk() {
    CLI_RUNS_WITHOUT_SPARK.check(PRODUCTION);
  }

  @Test
  void onlyTheZ3BackendImportsZ3InAnyModule() {
    ONLY_SMT_Z3_USES_Z3.check(PRODUCTION);
  }

  @Test
  void notificationValuesFormatsAndPublishersDoNotUseSpark() {
    NOTIFICATIONS_ARE_SPARK_FREE.check(PRODUCTION);
  }

  @Test
  void notificationFormatsDoNotUseTheSdkOrHttp() {
    FORMATS_ARE_SDK_FREE.check(PRODUCTION);
  }

  @Test
  void notificationRulesCatchSparkAndSdkInFormats() {
    JavaClasses classes =
        fixtures(
            FormatFixtures.ReadsRows.class,
            FormatFixtures.BuildsSdkRequests.class,
            FormatFixtures.Pure.class);

    assertThat(NOTIFICATIONS_ARE_SPARK_FREE.evaluate(classes).getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("ReadsRows", "org.apache.spark.sql.Row"));
    assertThat(FORMATS_ARE_SDK_FREE.evaluate(classes).getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("BuildsSdkRequests", "software.amazon"));
  }

  @Test
  void productionImportSeesReasoningButNoTestClasses() {
    assertThat(PRODUCTION.containPackage("dev.oaa.reasoning")).isTrue();
    assertThat(PRODUCTION.contain(ArchitectureTest.class)).isFalse();
    assertThat(PRODUCTION.contain(UsesZ3.class)).isFalse();
  }

  @Test
  void transformRuleCatchesConfigAndSourceDependencies() {
    EvaluationResult result =
        TRANSFORMS_GET_VALUES.evaluate(
            fixtures(
                TransformFixtures.PureTransform.class,
                TransformFixtures.ReadsConfig.class,
                TransformFixtures.ReadsSource.class));

    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("ReadsConfig", "ConfigStandIn"))
        .anySatisfy(line -> assertThat(line).contains("ReadsSource", "SourceStandIn"))
        .noneSatisfy(line -> assertThat(line).contains("PureTransform"));
    assertThat(
            TRANSFORMS_GET_VALUES
                .evaluate(fixtures(TransformFixtures.PureTransform.class))
                .hasViolation())
        .isFalse();
  }

  @Test
  void cliRuleCatchesSparkAndJobsDependencies() {
    EvaluationResult result =
        CLI_RUNS_WITHOUT_SPARK.evaluate(
            fixtures(
                CliFixtures.AllowedCommand.class,
                CliFixtures.StartsSpark.class,
                CliFixtures.ReadsSource.class));

    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(
            line -> assertThat(line).contains("StartsSpark", "org.apache.spark.sql.SparkSession"))
        .anySatisfy(line -> assertThat(line).contains("ReadsSource", "SourceStandIn"))
        .noneSatisfy(line -> assertThat(line).contains("AllowedCommand"));
  }

  @Test
  void cliRuleAcceptsPicocliJacksonReasoningAndTheJdk() {
    JavaClasses allowed =
        fixtures(CliFixtures.AllowedCommand.class, CliFixtures.AllowedCommand.Result.class);

    assertThat(allowed).isNotEmpty();
    assertThat(CLI_RUNS_WITHOUT_SPARK.evaluate(allowed).getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void z3RuleCatchesZ3InJobs() {
    EvaluationResult result = ONLY_SMT_Z3_USES_Z3.evaluate(fixtures(UsesZ3.class));

    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("UsesZ3", "com.microsoft.z3.Context"));
  }

  private static JavaClasses fixtures(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }
}
