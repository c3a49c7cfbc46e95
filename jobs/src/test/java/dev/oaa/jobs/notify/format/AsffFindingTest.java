package dev.oaa.jobs.notify.format;

import static dev.oaa.jobs.notify.format.JsonAssert.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import org.junit.jupiter.api.Test;

class AsffFindingTest {

  private static final AsffFinding.Settings SETTINGS =
      new AsffFinding.Settings(
          "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default", "us-east-1");

  @Test
  void publicFindingIsHighDataExposureWithAccessAnalyzerTitle() {
    assertJson(
        AsffFinding.of(TestFindings.newPublicBucket(), SETTINGS),
        """
        {
          "SchemaVersion": "2018-10-08",
          "Id": "oaa/external/0123456789abcdef0123456789abcdef",
          "ProductArn": "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default",
          "GeneratorId": "oaa/external",
          "AwsAccountId": "111122223333",
          "Types": ["Effects/Data Exposure/External Access Granted"],
          "CreatedAt": "2026-01-05T02:00:00Z",
          "UpdatedAt": "2026-01-05T02:00:00Z",
          "FirstObservedAt": "2026-01-05T02:00:00Z",
          "LastObservedAt": "2026-01-05T02:00:00Z",
          "Severity": {"Label": "HIGH"},
          "Title": "AwsS3Bucket/arn:aws:s3:::reports-bucket/ allows public access",
          "Description": "AWS::S3::Bucket/arn:aws:s3:::reports-bucket/ allows public access from AWS *",
          "Remediation": {
            "Recommendation": {
              "Text": "If the access isn't intended, change or remove the policy that grants it. The next OAA run then marks the finding RESOLVED."
            }
          },
          "Resources": [
            {
              "Type": "AwsS3Bucket",
              "Id": "arn:aws:s3:::reports-bucket",
              "Partition": "aws",
              "Region": "us-east-1",
              "Details": {
                "Other": {
                  "External Principal Type": "AWS",
                  "External Principal": "*",
                  "Action Granted": "s3:GetObject,s3:ListBucket",
                  "Condition": "none"
                }
              }
            }
          ],
          "FindingProviderFields": {
            "Severity": {"Label": "HIGH"},
            "Types": ["Effects/Data Exposure/External Access Granted"]
          },
          "ProductFields": {
            "oaa/FindingId": "0123456789abcdef0123456789abcdef",
            "oaa/Analyzer": "external",
            "oaa/Status": "ACTIVE",
            "oaa/RunId": "run-1"
          },
          "RecordState": "ACTIVE",
          "Workflow": {"Status": "NEW"}
        }
        """);
  }

  @Test
  void resolvedCrossAccountFindingIsArchivedLowWithItsRegionAndConditions() {
    assertJson(
        AsffFinding.of(TestFindings.keyResolved(), SETTINGS),
        """
        {
          "SchemaVersion": "2018-10-08",
          "Id": "oaa/external/fedcba9876543210fedcba9876543210",
          "ProductArn": "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default",
          "GeneratorId": "oaa/external",
          "AwsAccountId": "111122223333",
          "Types": ["Software and Configuration Checks/AWS Security Best Practices/External Access Granted"],
          "CreatedAt": "2026-01-05T02:00:00Z",
          "UpdatedAt": "2026-01-06T02:00:00Z",
          "FirstObservedAt": "2026-01-05T02:00:00Z",
          "LastObservedAt": "2026-01-06T02:00:00Z",
          "Severity": {"Label": "LOW"},
          "Title": "AwsKmsKey/arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab/ allows cross-account access",
          "Description": "AWS::KMS::Key/arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab/ allows cross-account access from AWS 444455556666",
          "Remediation": {
            "Recommendation": {
              "Text": "If the access isn't intended, change or remove the policy that grants it. The next OAA run then marks the finding RESOLVED."
            }
          },
          "Resources": [
            {
              "Type": "AwsKmsKey",
              "Id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              "Partition": "aws",
              "Region": "eu-west-1",
              "Details": {
                "Other": {
                  "External Principal Type": "AWS",
                  "External Principal": "444455556666",
                  "Action Granted": "kms:Decrypt,kms:DescribeKey",
                  "Condition": "aws:SourceIp=203.0.113.0/24,aws:SourceVpce=vpce-1a2b3c4d|vpce-5e6f7a8b"
                }
              }
            }
          ],
          "FindingProviderFields": {
            "Severity": {"Label": "LOW"},
            "Types": ["Software and Configuration Checks/AWS Security Best Practices/External Access Granted"]
          },
          "ProductFields": {
            "oaa/FindingId": "fedcba9876543210fedcba9876543210",
            "oaa/Analyzer": "external",
            "oaa/Status": "RESOLVED",
            "oaa/RunId": "run-2"
          },
          "RecordState": "ARCHIVED",
          "Workflow": {"Status": "RESOLVED"}
        }
        """);
  }

  @Test
  void archivedFindingIsSuppressedAndUndecidedOneIsMediumAndActive() {
    ObjectNode archived =
        AsffFinding.of(
            FindingChange.statusChanged(
                TestFindings.crossAccountKey(FindingStatus.ARCHIVED),
                FindingStatus.ACTIVE,
                5,
                TestFindings.COMMITTED),
            SETTINGS);
    assertThat(archived.path("RecordState").asText()).isEqualTo("ARCHIVED");
    assertThat(archived.path("Workflow").path("Status").asText()).isEqualTo("SUPPRESSED");

    ObjectNode undecided =
        AsffFinding.of(
            FindingChange.appeared(TestFindings.undecidedQueue(), 5, TestFindings.COMMITTED),
            SETTINGS);
    assertThat(undecided.path("Severity").path("Label").asText()).isEqualTo("MEDIUM");
    assertThat(undecided.path("RecordState").asText()).isEqualTo("ACTIVE");
    assertThat(undecided.path("Title").asText())
        .isEqualTo(
            "AwsSqsQueue/arn:aws:sqs:us-east-1:111122223333:orders/ access could not be decided");
    assertThat(undecided.path("Resources").path(0).path("Details").path("Other").toString())
        .isEqualTo(
            "{\"External Principal Type\":\"none\",\"External Principal\":\"none\","
                + "\"Action Granted\":\"none\",\"Condition\":\"none\"}");
  }
}
