package dev.oaa.jobs.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBridgeEntryTest {

  @Test
  void entryCarriesSourceDetailTypeDetailResourceBusAndCommitTime() {
    FindingChange change = TestFindings.newPublicBucket();

    EventBridgeEntry entry = EventBridgeEntry.of(change, "security-bus");

    assertThat(entry)
        .isEqualTo(
            new EventBridgeEntry(
                "oaa.access-analyzer",
                "Access Analyzer Finding",
                Json.write(FindingEvents.detail(change)),
                List.of("arn:aws:s3:::reports-bucket"),
                "security-bus",
                TestFindings.COMMITTED));
  }

  @Test
  void sizeCountsTimeSourceDetailTypeDetailAndResources() {
    EventBridgeEntry entry =
        new EventBridgeEntry(
            "src", "type", "{\"é\":1}", List.of("arn:x"), "bus", TestFindings.CREATED);

    int expected =
        14 + 3 + 4 + "{\"é\":1}".getBytes(StandardCharsets.UTF_8).length + "arn:x".length();
    assertThat(entry.size()).isEqualTo(expected).isEqualTo(34);
  }
}
