package dev.oaa.jobs.notify.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.AsffFinding;
import dev.oaa.jobs.notify.format.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.BatchImportFindingsRequest;
import software.amazon.awssdk.services.securityhub.model.BatchImportFindingsResponse;
import software.amazon.awssdk.services.securityhub.model.FindingProviderFields;
import software.amazon.awssdk.services.securityhub.model.FindingProviderSeverity;
import software.amazon.awssdk.services.securityhub.model.ImportFindingsError;
import software.amazon.awssdk.services.securityhub.model.Recommendation;
import software.amazon.awssdk.services.securityhub.model.Remediation;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.ResourceDetails;
import software.amazon.awssdk.services.securityhub.model.Severity;
import software.amazon.awssdk.services.securityhub.model.Workflow;

/**
 * Imports the ASFF document of each changed finding into Security Hub with {@code
 * BatchImportFindings}: at most 100 findings and 6 MB per request, each finding at most 240 KB. The
 * SDK retries throttling and 5xx; findings that Security Hub rejects in {@code FailedFindings} are
 * reported, not retried (they are invalid, and would be rejected again).
 */
public final class SecurityHubPublisher implements Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityHubPublisher.class);

  /** Security Hub's request limit, with room for the envelope. */
  static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024 - 4096;

  private final NotificationTargets.SecurityHub target;
  private final AsffFinding.Settings settings;
  private final SecurityHubClient client;

  /** A publisher with its own client, using {@code credentials}. */
  public SecurityHubPublisher(
      NotificationTargets.SecurityHub target, AwsCredentialsProvider credentials) {
    this.target = target;
    this.settings = new AsffFinding.Settings(target.productArn(), target.region());
    this.client =
        AwsClients.build(
            SecurityHubClient.builder(),
            target.region(),
            target.endpointOverride(),
            credentials,
            target.retry(),
            target.timeout());
  }

  @Override
  public String target() {
    return target.name();
  }

  @Override
  public TargetResult publish(List<FindingChange> changes) {
    TargetResult.Tally tally = new TargetResult.Tally(target.name(), target.type());
    List<Sized> findings = new ArrayList<>();
    for (FindingChange change : changes) {
      ObjectNode asff = AsffFinding.of(change, settings);
      int size = Json.write(asff).getBytes(StandardCharsets.UTF_8).length;
      if (size > AsffFinding.MAX_FINDING_BYTES) {
        tally.failed(
            1,
            "ASFF finding of "
                + change.id()
                + " is "
                + size
                + " bytes, over Security Hub's 240 KB limit");
      } else {
        findings.add(new Sized(toSdk(asff), size));
      }
    }
    for (List<Sized> batch :
        Batches.of(
            findings, AsffFinding.MAX_FINDINGS_PER_REQUEST, MAX_REQUEST_BYTES, Sized::size)) {
      send(batch, tally);
    }
    TargetResult result = tally.result();
    if (!result.isComplete()) {
      LOG.warn("Notification target {}", result.summary());
    }
    return result;
  }

  private void send(List<Sized> batch, TargetResult.Tally tally) {
    BatchImportFindingsResponse response;
    try {
      response =
          client.batchImportFindings(
              BatchImportFindingsRequest.builder()
                  .findings(batch.stream().map(Sized::finding).toList())
                  .build());
    } catch (SdkException e) {
      tally.failed(batch.size(), "BatchImportFindings failed: " + AwsClients.describe(e));
      return;
    }
    int failed = response.failedCount() == null ? 0 : response.failedCount();
    for (ImportFindingsError error : response.failedFindings()) {
      tally.failed(
          1,
          "BatchImportFindings rejected "
              + error.id()
              + ": "
              + error.errorCode()
              + ": "
              + error.errorMessage());
    }
    // FailedCount without the list, or more than the list names: count them all the same.
    int unnamed = Math.max(0, failed - response.failedFindings().size());
    if (unnamed > 0) {
      tally.failed(unnamed, "BatchImportFindings rejected findings without naming them");
    }
    tally.delivered(batch.size() - Math.max(failed, response.failedFindings().size()));
  }

  /**
   * The SDK model of an {@link AsffFinding} document. Only the fields that {@link AsffFinding}
   * writes are carried; a test checks that the request on the wire equals the document.
   */
  static AwsSecurityFinding toSdk(JsonNode asff) {
    JsonNode resource = asff.path("Resources").path(0);
    JsonNode provider = asff.path("FindingProviderFields");
    return AwsSecurityFinding.builder()
        .schemaVersion(asff.path("SchemaVersion").asText())
        .id(asff.path("Id").asText())
        .productArn(asff.path("ProductArn").asText())
        .generatorId(asff.path("GeneratorId").asText())
        .awsAccountId(asff.path("AwsAccountId").asText())
        .types(strings(asff.path("Types")))
        .createdAt(asff.path("CreatedAt").asText())
        .updatedAt(asff.path("UpdatedAt").asText())
        .firstObservedAt(asff.path("FirstObservedAt").asText())
        .lastObservedAt(asff.path("LastObservedAt").asText())
        .severity(Severity.builder().label(asff.path("Severity").path("Label").asText()).build())
        .title(asff.path("Title").asText())
        .description(asff.path("Description").asText())
        .remediation(
            Remediation.builder()
                .recommendation(
                    Recommendation.builder()
                        .text(asff.path("Remediation").path("Recommendation").path("Text").asText())
                        .build())
                .build())
        .resources(
            Resource.builder()
                .type(resource.path("Type").asText())
                .id(resource.path("Id").asText())
                .partition(resource.path("Partition").asText())
                .region(resource.path("Region").asText())
                .details(
                    ResourceDetails.builder()
                        .other(map(resource.path("Details").path("Other")))
                        .build())
                .build())
        .findingProviderFields(
            FindingProviderFields.builder()
                .severity(
                    FindingProviderSeverity.builder()
                        .label(provider.path("Severity").path("Label").asText())
                        .build())
                .types(strings(provider.path("Types")))
                .build())
        .productFields(map(asff.path("ProductFields")))
        .recordState(asff.path("RecordState").asText())
        .workflow(Workflow.builder().status(asff.path("Workflow").path("Status").asText()).build())
        .build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static Map<String, String> map(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object
        .fields()
        .forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
    return values;
  }

  @Override
  public void close() {
    client.close();
  }

  private record Sized(AwsSecurityFinding finding, int size) {}
}
