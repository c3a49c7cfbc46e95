package dev.oaa.jobs.notify.format;

import static dev.oaa.jobs.notify.format.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

  @Test
  void payloadIsSlackTextPlusTheFindingDetail() {
    FindingChange change = TestFindings.newPublicBucket();

    assertJson(
        WebhookPayload.of(change),
        """
        {
          "text": "*OAA* New public access: `arn:aws:s3:::reports-bucket` (AWS::S3::Bucket, account 111122223333); principal AWS:*; actions s3:GetObject, s3:ListBucket; conditions none; finding `0123456789abcdef0123456789abcdef`",
          "finding": %s
        }
        """
            .formatted(Json.write(FindingEvents.detail(change))));
  }

  @Test
  void textListsConditionsAndStatusChange() {
    assertThat(WebhookPayload.text(TestFindings.keyResolved()))
        .isEqualTo(
            "*OAA* Cross-account access RESOLVED (was ACTIVE):"
                + " `arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`"
                + " (AWS::KMS::Key, account 111122223333); principal AWS:444455556666;"
                + " actions kms:Decrypt, kms:DescribeKey;"
                + " conditions aws:SourceIp=203.0.113.0/24, aws:SourceVpce=vpce-1a2b3c4d|vpce-5e6f7a8b;"
                + " finding `fedcba9876543210fedcba9876543210`");
  }

  @Test
  void textShowsFiveActionsThenACount() {
    FindingChange change = TestFindings.manyNewBuckets(1).get(0);
    var base = change.finding();
    var many =
        new dev.oaa.jobs.notify.change.Finding(
            base.id(),
            base.analyzer(),
            base.findingType(),
            base.resource(),
            base.resourceType(),
            base.resourceOwnerAccount(),
            base.principal(),
            List.of("s3:A", "s3:B", "s3:C", "s3:D", "s3:E", "s3:F", "s3:G"),
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

    assertThat(WebhookPayload.text(FindingChange.appeared(many, 1, TestFindings.COMMITTED)))
        .contains("; actions s3:A, s3:B, s3:C, s3:D, s3:E (+2 more); ");
  }
}
