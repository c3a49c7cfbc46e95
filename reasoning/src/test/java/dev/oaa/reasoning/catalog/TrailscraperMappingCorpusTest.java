package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.testing.CorpusData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * trailscraper's own event-to-IAM test cases ({@code external-tests/trailscraper-event-to-iam})
 * against the mapper over the full catalog. Only the actions are compared: resource ARNs are out of
 * the mapper's scope.
 */
class TrailscraperMappingCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void passesEveryRecordMappingCase() throws IOException {
    Path folder = CorpusData.require("external-tests/trailscraper-event-to-iam");
    CloudTrailActionMapper mapper = CloudTrailActionMapper.of(FullCatalog.get());
    JsonNode cases =
        JSON.readTree(folder.resolve("record-mapping-cases.json").toFile()).get("cases");
    List<String> failures = new ArrayList<>();
    for (JsonNode testCase : cases) {
      String source = testCase.at("/record/eventSource").asText();
      String name = testCase.at("/record/eventName").asText();
      JsonNode expected = testCase.get("expected");
      Object actual =
          switch (testCase.get("method").asText()) {
            case "_source_to_iam_prefix" -> mapper.servicePrefix(source);
            case "_event_name_to_iam_action" -> actionName(mapper.map(source, name));
            default -> mapper.map(source, name).actions();
          };
      Object wanted =
          switch (testCase.get("method").asText()) {
            case "to_statement" -> expected.isNull() ? List.of() : texts(expected.get("Action"));
            default -> expected.asText();
          };
      if (!wanted.equals(actual)) {
        failures.add(testCase.get("testFunction").asText() + ": " + wanted + " != " + actual);
      }
    }
    System.out.printf(
        "trailscraper record-mapping cases: %d/%d pass%n",
        cases.size() - failures.size(), cases.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void mapsTheSampleLogToTheActionsOfTheExpectedPolicy() throws IOException {
    Path expectedFile =
        CorpusData.require("external-tests/trailscraper-event-to-iam")
            .resolve("generate-policy-expected.json");
    Path log =
        CorpusData.require("cloudtrail")
            .resolveSibling(JSON.readTree(expectedFile.toFile()).get("input").asText());
    CloudTrailActionMapper mapper = CloudTrailActionMapper.of(FullCatalog.get());
    Set<String> expected = new TreeSet<>();
    for (JsonNode statement :
        JSON.readTree(expectedFile.toFile()).at("/expectedPolicy/Statement")) {
      statement.get("Action").forEach(a -> expected.add(a.asText()));
    }
    Set<String> actual = new TreeSet<>();
    for (JsonNode event : CloudTrailEvents.read(List.of(log)).events()) {
      actual.addAll(
          mapper.map(event.get("eventSource").asText(), event.get("eventName").asText()).actions());
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String actionName(ActionMapping mapping) {
    String action = mapping.actions().get(0);
    return action.substring(action.indexOf(':') + 1);
  }
}
