package dev.oaa.jobs.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads archive rules from YAML files ({@code conf/archive-rules/*.yaml}), in AWS's filter syntax
 * ({@code aws accessanalyzer create-archive-rule --rule-name … --filter …}); docs/archive-rules.md
 * describes it:
 *
 * <pre>{@code
 * rules:
 *   - ruleName: trusted-partner
 *     filter:
 *       principal.AWS:
 *         eq: ["444455556666"]
 *       isPublic:
 *         eq: ["false"]
 * }</pre>
 *
 * <p>A file holds any number of rules; a file with only comments holds none. Rule names are unique
 * across files. Any problem is a {@link ConfigException} naming the file and the rule.
 */
public final class ArchiveRuleLoader {

  private static final YAMLMapper YAML = yamlMapper();
  private static final Set<String> OPERATORS = Set.of("eq", "neq", "contains", "exists");
  private static final String VALID_OPERATORS = "eq, neq, contains, exists";

  private ArchiveRuleLoader() {}

  /**
   * The rules of every {@code *.yaml} and {@code *.yml} file directly in {@code directory}, file by
   * file in name order.
   */
  public static List<ArchiveRule> loadDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigException(
          "Cannot load archive rules from `" + directory + "`: not a directory");
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files =
          entries
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ConfigException(
          "Cannot load archive rules from `" + directory + "`: " + e.getMessage(), e);
    }
    List<ArchiveRule> rules = new ArrayList<>();
    Map<String, Path> definedIn = new HashMap<>();
    for (Path file : files) {
      for (ArchiveRule rule : load(file)) {
        Path earlier = definedIn.putIfAbsent(rule.name(), file);
        if (earlier != null) {
          throw ConfigErrors.archiveRule(
              file, rule.name(), "a rule with this name is already defined in `" + earlier + "`");
        }
        rules.add(rule);
      }
    }
    return List.copyOf(rules);
  }

  /** The rules of one file. */
  public static List<ArchiveRule> load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw ConfigErrors.archiveRulesFile(file, "cannot read it: " + e.getMessage(), e);
    }
    return parse(text, file);
  }

  /** The rules of YAML {@code text}; {@code file} names it in messages. */
  public static List<ArchiveRule> parse(String text, Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw ConfigErrors.archiveRulesFile(file, "invalid YAML" + yamlProblem(e), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isObject()) {
      throw ConfigErrors.archiveRulesFile(file, "expected a mapping with the key `rules`");
    }
    checkKeys(root, Set.of("rules"), reason -> ConfigErrors.archiveRulesFile(file, reason));
    JsonNode rules = root.path("rules");
    if (rules.isMissingNode() || rules.isNull()) {
      return List.of();
    }
    if (!rules.isArray()) {
      throw ConfigErrors.archiveRulesFile(file, "`rules` must be a list of rules");
    }
    List<ArchiveRule> parsed = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < rules.size(); i++) {
      ArchiveRule rule = rule(rules.get(i), file, i + 1);
      if (!names.add(rule.name())) {
        throw ConfigErrors.archiveRule(
            file, rule.name(), "a rule with this name is already defined in this file");
      }
      parsed.add(rule);
    }
    return List.copyOf(parsed);
  }

  private static ArchiveRule rule(JsonNode node, Path file, int position) {
    if (!node.isObject()) {
      throw ConfigErrors.archiveRuleAt(
          file, position, "expected a mapping with `ruleName` and `filter`");
    }
    JsonNode nameNode = node.path("ruleName");
    if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
      throw ConfigErrors.archiveRuleAt(file, position, "`ruleName` must be a non-empty string");
    }
    String name = nameNode.asText();
    checkKeys(
        node, Set.of("ruleName", "filter"), reason -> ConfigErrors.archiveRule(file, name, reason));
    JsonNode filterNode = node.path("filter");
    if (!filterNode.isObject()) {
      throw ConfigErrors.archiveRule(
          file, name, "`filter` must be a mapping from filter keys to criteria");
    }
    Map<String, Criterion> filter = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = filterNode.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (!ArchiveRule.isValidKey(key)) {
        throw ConfigErrors.archiveRule(
            file,
            name,
            "unknown filter key `" + key + "` (valid keys: " + ArchiveRule.VALID_KEYS + ")");
      }
      filter.put(
          key,
          criterion(
              field.getValue(),
              key,
              reason -> ConfigErrors.archiveRule(file, name, "key `" + key + "`: " + reason)));
    }
    try {
      return new ArchiveRule(name, filter);
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.archiveRule(file, name, e.getMessage());
    }
  }

  private static Criterion criterion(JsonNode node, String key, Errors errors) {
    if (!node.isObject() || node.isEmpty()) {
      throw errors.of("expected a criterion with " + VALID_OPERATORS + ", such as {eq: [...]}");
    }
    checkOperators(node, errors);
    JsonNode exists = node.path("exists");
    if (!exists.isMissingNode() && !exists.isBoolean()) {
      throw errors.of("`exists` must be true or false");
    }
    return new Criterion(
        values(node, "eq", key, errors),
        values(node, "neq", key, errors),
        values(node, "contains", key, errors),
        exists.isBoolean() ? exists.booleanValue() : null);
  }

  private static void checkOperators(JsonNode node, Errors errors) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String operator = names.next();
      if (!OPERATORS.contains(operator)) {
        throw errors.of(
            "unknown operator `" + operator + "` (valid operators: " + VALID_OPERATORS + ")");
      }
    }
  }

  private static List<String> values(JsonNode node, String operator, String key, Errors errors) {
    JsonNode list = node.path(operator);
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw errors.of("`" + operator + "` must be a list of strings");
    }
    if (list.isEmpty()) {
      throw errors.of("`" + operator + "` must not be empty");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : list) {
      if (value.isTextual()) {
        values.add(value.textValue());
      } else if (value.isBoolean() && key.equals("isPublic")) {
        values.add(value.asText());
      } else {
        throw errors.of(
            "`"
                + operator
                + "` value "
                + value
                + " is not a string; quote it, as in \""
                + value.asText()
                + "\"");
      }
    }
    return values;
  }

  private static void checkKeys(JsonNode node, Set<String> valid, Errors errors) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!valid.contains(name)) {
        throw errors.of(
            "unknown key `"
                + name
                + "` (valid keys: "
                + String.join(", ", new TreeSet<>(valid))
                + ")");
      }
    }
  }

  /** Builds the exception for a reason, with the file and rule already bound. */
  @FunctionalInterface
  private interface Errors {
    ConfigException of(String reason);
  }

  /** " at line L, column C: problem", on one line (SnakeYAML's own message spans several). */
  private static String yamlProblem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return " at line "
          + (marked.getProblemMark().getLine() + 1)
          + ", column "
          + (marked.getProblemMark().getColumn() + 1)
          + ": "
          + marked.getProblem();
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return where + ": " + e.getOriginalMessage().lines().findFirst().orElse("").trim();
  }

  private static YAMLMapper yamlMapper() {
    YAMLMapper mapper = new YAMLMapper();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return mapper;
  }
}
