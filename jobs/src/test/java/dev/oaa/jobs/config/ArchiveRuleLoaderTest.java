package dev.oaa.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveRuleLoaderTest {

  private static final Path FILE = Path.of("conf/archive-rules/partners.yaml");
  private static final Path CONF = Path.of("..", "conf", "archive-rules");
  private static final Path DOCS = Path.of("..", "docs", "archive-rules.md");

  private static final List<ArchiveRule> DOCUMENTED =
      List.of(
          new ArchiveRule(
              "partner-reads-logs",
              Map.of(
                  "principal.AWS", Criterion.equalTo("444455556666"),
                  "resource", Criterion.containing("-logs"),
                  "isPublic", Criterion.equalTo("false"))),
          new ArchiveRule(
              "through-our-vpc-endpoints",
              Map.of(
                  "condition.aws:SourceVpce",
                  Criterion.equalTo("vpce-1a2b3c4d", "vpce-5e6f7a8b"))));

  @Test
  void parsesTheDocumentedExample() throws IOException {
    Matcher block =
        Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOCS));
    assertThat(block.find()).as("a yaml block in %s", DOCS).isTrue();

    assertThat(ArchiveRuleLoader.parse(block.group(1), FILE)).isEqualTo(DOCUMENTED);
  }

  @Test
  void shippedExampleArchivesNothingAndItsCommentedRulesAreValid() throws IOException {
    Path example = CONF.resolve("example.yaml");
    String uncommented =
        Files.readAllLines(example).stream()
            .dropWhile(line -> !line.equals("# rules:"))
            .map(line -> line.replaceFirst("^# ?", ""))
            .collect(Collectors.joining("\n"));

    assertThat(ArchiveRuleLoader.loadDirectory(CONF)).isEmpty();
    assertThat(ArchiveRuleLoader.parse(uncommented, example))
        .extracting(ArchiveRule::name)
        .containsExactly("partner-reads-logs", "through-our-vpc-endpoints", "github-deploy-role");
  }

  @Test
  void everyOperatorAndBooleansForIsPublic() {
    String yaml =
        """
        rules:
          - ruleName: all.operators_1
            filter:
              resource: {eq: [a, b], neq: [c], contains: [d], exists: true}
              isPublic: {eq: [true]}
              principal.Service: {exists: false}
        """;

    assertThat(ArchiveRuleLoader.parse(yaml, FILE))
        .containsExactly(
            new ArchiveRule(
                "all.operators_1",
                Map.of(
                    "resource",
                    new Criterion(List.of("a", "b"), List.of("c"), List.of("d"), true),
                    "isPublic",
                    Criterion.equalTo("true"),
                    "principal.Service",
                    Criterion.absent())));
  }

  @Test
  void emptyDocumentsAndEmptyRuleListsHoldNoRules() {
    assertThat(ArchiveRuleLoader.parse("# nothing yet\n", FILE)).isEmpty();
    assertThat(ArchiveRuleLoader.parse("rules: []\n", FILE)).isEmpty();
    assertThat(ArchiveRuleLoader.parse("rules:\n", FILE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown filter key | {principal.aws: {eq: ['1']}} | unknown filter key `principal.aws` (valid keys: action, condition.<key>, isPublic, principal.AWS, principal.CanonicalUser, principal.Federated, principal.Service, resource, resourceOwnerAccount, resourceType)
          condition without key | {'condition.': {exists: true}} | unknown filter key `condition.` (valid keys: action, condition.<key>, isPublic, principal.AWS, principal.CanonicalUser, principal.Federated, principal.Service, resource, resourceOwnerAccount, resourceType)
          unknown operator | {resource: {equals: [a]}} | key `resource`: unknown operator `equals` (valid operators: eq, neq, contains, exists)
          empty list | {resource: {eq: []}} | key `resource`: `eq` must not be empty
          operator not a list | {resource: {neq: a}} | key `resource`: `neq` must be a list of strings
          unquoted account | {resourceOwnerAccount: {eq: [111122223333]}} | key `resourceOwnerAccount`: `eq` value 111122223333 is not a string; quote it, as in "111122223333"
          boolean for a string key | {resource: {contains: [true]}} | key `resource`: `contains` value true is not a string; quote it, as in "true"
          exists not boolean | {resource: {exists: 'yes'}} | key `resource`: `exists` must be true or false
          empty criterion | {resource: {}} | key `resource`: expected a criterion with eq, neq, contains, exists, such as {eq: [...]}
          criterion not a mapping | {resource: [a]} | key `resource`: expected a criterion with eq, neq, contains, exists, such as {eq: [...]}
          contains on isPublic | {isPublic: {contains: ['t']}} | key `isPublic` takes `eq` or `neq` with `true` or `false`, or `exists`
          other isPublic value | {isPublic: {eq: ['yes']}} | key `isPublic` takes `eq` or `neq` with `true` or `false`, or `exists`
          empty filter | {} | the filter is empty; a rule needs at least one key
          filter not a mapping | [resource] | `filter` must be a mapping from filter keys to criteria
          """)
  void rejectsInvalidFiltersNamingFileAndRule(String title, String filter, String reason) {
    String yaml = "rules:\n  - ruleName: partner\n    filter: " + filter + "\n";

    assertThatThrownBy(() -> ArchiveRuleLoader.parse(yaml, FILE))
        .as(title)
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Cannot load archive rule `partner` from `conf/archive-rules/partners.yaml`: "
                + reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing filter | rules: [{ruleName: r}] | Cannot load archive rule `r` from `conf/archive-rules/partners.yaml`: `filter` must be a mapping from filter keys to criteria
          unknown rule key | 'rules: [{ruleName: r, filters: {}}]' | Cannot load archive rule `r` from `conf/archive-rules/partners.yaml`: unknown key `filters` (valid keys: filter, ruleName)
          missing name | 'rules: [{filter: {resource: {exists: true}}}]' | Cannot load archive rule #1 from `conf/archive-rules/partners.yaml`: `ruleName` must be a non-empty string
          rule not a mapping | 'rules: [{ruleName: a, filter: {resource: {exists: true}}}, b]' | Cannot load archive rule #2 from `conf/archive-rules/partners.yaml`: expected a mapping with `ruleName` and `filter`
          invalid name | 'rules: [{ruleName: 1st rule, filter: {resource: {exists: true}}}]' | Cannot load archive rule `1st rule` from `conf/archive-rules/partners.yaml`: invalid rule name `1st rule`: letters, digits, `_`, `.` and `-`, starting with a letter, at most 255 characters
          same name twice | 'rules: [{ruleName: a, filter: {resource: {exists: true}}}, {ruleName: a, filter: {action: {exists: true}}}]' | Cannot load archive rule `a` from `conf/archive-rules/partners.yaml`: a rule with this name is already defined in this file
          rules not a list | 'rules: {ruleName: a}' | Cannot load archive rules from `conf/archive-rules/partners.yaml`: `rules` must be a list of rules
          unknown top-level key | 'rule: []' | Cannot load archive rules from `conf/archive-rules/partners.yaml`: unknown key `rule` (valid keys: rules)
          not a mapping | '- a' | Cannot load archive rules from `conf/archive-rules/partners.yaml`: expected a mapping with the key `rules`
          """)
  void rejectsInvalidFiles(String title, String yaml, String message) {
    assertThatThrownBy(() -> ArchiveRuleLoader.parse(yaml, FILE))
        .as(title)
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsInvalidYamlWithItsPosition() {
    assertThatThrownBy(() -> ArchiveRuleLoader.parse("rules:\n  - ruleName: [a\n", FILE))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "Cannot load archive rules from `conf/archive-rules/partners.yaml`: invalid YAML at"
                + " line 3, column 1: ");
    assertThatThrownBy(() -> ArchiveRuleLoader.parse("rules: []\nrules: []\n", FILE))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Cannot load archive rules from `conf/archive-rules/partners.yaml`: invalid YAML at"
                + " line 2, column 6: Duplicate field 'rules'");
  }

  @Test
  void loadsEveryYamlFileInNameOrderAndRejectsANameUsedTwice(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.yml"), rule("second", "action"));
    Files.writeString(dir.resolve("a.yaml"), rule("first", "resource"));
    Files.writeString(dir.resolve("notes.txt"), "not read");

    assertThat(ArchiveRuleLoader.loadDirectory(dir))
        .extracting(ArchiveRule::name)
        .containsExactly("first", "second");

    Files.writeString(dir.resolve("c.yaml"), rule("first", "action"));
    assertThatThrownBy(() -> ArchiveRuleLoader.loadDirectory(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Cannot load archive rule `first` from `"
                + dir.resolve("c.yaml")
                + "`: a rule with this name is already defined in `"
                + dir.resolve("a.yaml")
                + "`");
    assertThatThrownBy(() -> ArchiveRuleLoader.loadDirectory(dir.resolve("missing")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Cannot load archive rules from `" + dir.resolve("missing") + "`: not a directory");
  }

  @Test
  void documentedErrorsAreTheLoadersMessages() throws IOException {
    String docs = Files.readString(DOCS);
    Path partners = Path.of("conf/archive-rules/partners.yaml");
    for (String filter :
        List.of(
            "{principal.aws: {eq: ['1']}}",
            "{resource: {equals: [a]}}",
            "{resourceOwnerAccount: {eq: [111122223333]}}")) {
      String yaml = "rules:\n  - ruleName: partner\n    filter: " + filter + "\n";
      assertThatThrownBy(() -> ArchiveRuleLoader.parse(yaml, partners))
          .satisfies(e -> assertThat(docs).contains(e.getMessage()));
    }
  }

  private static String rule(String name, String key) {
    return "rules:\n  - ruleName: " + name + "\n    filter:\n      " + key + ": {exists: true}\n";
  }
}
