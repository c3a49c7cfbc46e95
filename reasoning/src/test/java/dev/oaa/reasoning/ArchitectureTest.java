package dev.oaa.reasoning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.oaa.reasoning.archfixture.PureJava;
import dev.oaa.reasoning.archfixture.Violations;
import dev.oaa.reasoning.smt.z3.archfixture.Z3Backend;
import org.junit.jupiter.api.Test;

/**
 * The module rules of STYLE.md 2.1 for {@code reasoning}, checked on its production classes.
 *
 * <p>Each rule is also run on fixture classes that break it (and on one that keeps it), so a rule
 * that silently matches nothing cannot pass. The fixtures are test classes, which the production
 * import leaves out.
 */
class ArchitectureTest {

  static final ArchRule REASONING_IS_PURE_JAVA =
      noClasses()
          .that()
          .resideInAPackage("dev.oaa.reasoning..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "software.amazon..")
          .because("reasoning is pure Java: Spark, Hadoop and the AWS SDK belong to udfs and jobs");

  static final ArchRule ONLY_SMT_Z3_USES_Z3 =
      noClasses()
          .that()
          .resideInAPackage("dev.oaa.reasoning..")
          .and()
          .resideOutsideOfPackage("dev.oaa.reasoning.smt.z3..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.microsoft.z3..")
          .because("one package per solver backend: only dev.oaa.reasoning.smt.z3 imports Z3");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.oaa.reasoning");

  @Test
  void reasoningDependsOnNoSparkHadoopOrAwsSdk() {
    REASONING_IS_PURE_JAVA.check(PRODUCTION);
  }

  @Test
  void onlyTheZ3BackendImportsZ3() {
    ONLY_SMT_Z3_USES_Z3.check(PRODUCTION);
  }

  @Test
  void productionImportLeavesOutTestClasses() {
    assertThat(PRODUCTION.contain(ArchitectureTest.class)).isFalse();
    assertThat(PRODUCTION.contain(Violations.UsesSpark.class)).isFalse();
  }

  @Test
  void pureJavaRuleCatchesSparkHadoopAndAwsSdk() {
    EvaluationResult result =
        REASONING_IS_PURE_JAVA.evaluate(
            fixtures(
                Violations.UsesSpark.class,
                Violations.UsesHadoop.class,
                Violations.UsesAwsSdk.class,
                PureJava.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("UsesSpark", "SparkStandIn"))
        .anySatisfy(line -> assertThat(line).contains("UsesHadoop", "HadoopStandIn"))
        .anySatisfy(line -> assertThat(line).contains("UsesAwsSdk", "AwsSdkStandIn"))
        .noneSatisfy(line -> assertThat(line).contains("PureJava"));
    assertThat(REASONING_IS_PURE_JAVA.evaluate(fixtures(PureJava.class)).hasViolation()).isFalse();
  }

  @Test
  void z3RuleCatchesZ3OutsideTheBackendOnly() {
    EvaluationResult result =
        ONLY_SMT_Z3_USES_Z3.evaluate(
            fixtures(Violations.UsesZ3.class, Z3Backend.class, PureJava.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("UsesZ3", "com.microsoft.z3.Context"));
    assertThat(
            ONLY_SMT_Z3_USES_Z3.evaluate(fixtures(Z3Backend.class, PureJava.class)).hasViolation())
        .isFalse();
  }

  private static JavaClasses fixtures(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }
}
