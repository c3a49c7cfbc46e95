package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oaa.reasoning.testing.CorpusData;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Maps every CloudTrail event of the shared corpus ({@code cloudtrail/}, all its formats) and
 * prints how many map to catalog actions. The floors are the shares measured when this test was
 * written, less a little, so a regression in the mapper or the tables fails the build.
 */
class CloudTrailCoverageCorpusTest {
  /** Measured: 2,498 of 2,604 events (95.9 %) map to catalog actions. */
  private static final double KNOWN_FLOOR = 0.955;

  /** Measured: 2,582 of 2,604 events (99.2 %) map to catalog actions or need no permission. */
  private static final double EXPLAINED_FLOOR = 0.99;

  @Test
  void mapsNearlyEveryEventOfTheCorpusToCatalogActions() {
    CloudTrailEvents.Read read = CloudTrailEvents.readAll(CorpusData.require("cloudtrail"));
    CloudTrailActionMapper mapper = CloudTrailActionMapper.of(FullCatalog.get());
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> unmapped = new LinkedHashMap<>();
    for (JsonNode event : read.events()) {
      String source = event.path("eventSource").asText();
      String name = event.path("eventName").asText();
      ActionMapping mapping = mapper.map(source, name);
      outcomes.merge(mapping.getClass().getSimpleName(), 1, Integer::sum);
      if (mapping instanceof ActionMapping.NotInCatalog
          || mapping instanceof ActionMapping.UnknownService) {
        String type = event.path("eventType").asText("?");
        unmapped.merge(source + " " + name + " (" + type + ")", 1, Integer::sum);
      }
    }
    int total = read.events().size();
    int known = outcomes.getOrDefault("Known", 0);
    int explained = known + outcomes.getOrDefault("NoActionRequired", 0);

    System.out.printf(
        "CloudTrail coverage: %d events read (%d non-event objects skipped), %s%n",
        total, read.notEvents().size(), outcomes);
    System.out.printf(
        "  known catalog action: %d (%.1f %%); known or no permission needed: %d (%.1f %%)%n",
        known, 100.0 * known / total, explained, 100.0 * explained / total);
    System.out.println("  top unmapped (eventSource eventName (eventType) = events):");
    top(unmapped, 25).forEach((pair, count) -> System.out.println("    " + pair + " = " + count));

    assertThat(total).isGreaterThan(2_500);
    assertThat((double) known / total).isGreaterThanOrEqualTo(KNOWN_FLOOR);
    assertThat((double) explained / total).isGreaterThanOrEqualTo(EXPLAINED_FLOOR);
  }

  private static Map<String, Integer> top(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
