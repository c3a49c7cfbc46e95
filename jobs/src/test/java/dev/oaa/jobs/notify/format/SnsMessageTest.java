package dev.oaa.jobs.notify.format;

import static dev.oaa.jobs.notify.format.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsMessageTest {

  @Test
  void newFindingHasSubjectEventMessageAndFilterAttributes() {
    FindingChange change = TestFindings.newPublicBucket();

    SnsMessage message = SnsMessage.of(change);

    assertThat(message.subject()).isEqualTo("OAA: New public access: arn:aws:s3:::reports-bucket");
    assertJson(message.message(), Json.write(FindingEvents.event(change)));
    assertThat(message.attributes())
        .isEqualTo(
            Map.of(
                "status", "ACTIVE",
                "changeKind", "NEW",
                "resourceType", "AWS::S3::Bucket",
                "isPublic", "true",
                "resourceOwnerAccount", "111122223333"));
    assertThat(message.groupId()).isEqualTo("arn:aws:s3:::reports-bucket");
    assertThat(message.deduplicationId()).isEqualTo("0123456789abcdef0123456789abcdef-3");
  }

  @Test
  void statusChangeSubjectSaysFromWhatToWhat() {
    assertThat(SnsMessage.of(TestFindings.keyResolved()).subject())
        .isEqualTo(
            "OAA: Cross-account access RESOLVED (was ACTIVE):"
                + " arn:aws:kms:eu-west-1:111122223333:key/1234abcd...")
        .hasSize(99);
    assertThat(
            SnsMessage.of(
                    FindingChange.statusChanged(
                        TestFindings.crossAccountKey(FindingStatus.ACTIVE),
                        FindingStatus.RESOLVED,
                        5,
                        TestFindings.COMMITTED))
                .subject())
        .startsWith("OAA: Cross-account access ACTIVE (was RESOLVED): arn:aws:kms:");
  }

  @Test
  void subjectIsPrintableAsciiUnder100Characters() {
    Finding base = TestFindings.publicBucket();
    Finding odd =
        new Finding(
            base.id(),
            base.analyzer(),
            base.findingType(),
            "arn:aws:s3:::b\u00e9\n" + "x".repeat(200),
            base.resourceType(),
            base.resourceOwnerAccount(),
            base.principal(),
            base.action(),
            base.condition(),
            base.isPublic(),
            base.status(),
            base.createdAt(),
            base.updatedAt(),
            base.analyzedAt(),
            base.resolvedAt(),
            base.details(),
            base.witness(),
            base.runId());

    SnsMessage message = SnsMessage.of(FindingChange.appeared(odd, 1, TestFindings.COMMITTED));

    assertThat(message.subject())
        .hasSize(99)
        .startsWith("OAA: New public access: arn:aws:s3:::b??xxx")
        .endsWith("...")
        .matches("[\\x20-\\x7e]+");
    assertThat(message.groupId()).hasSize(64).matches("[0-9a-f]+");
  }
}
