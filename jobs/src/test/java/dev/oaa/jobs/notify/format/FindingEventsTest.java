package dev.oaa.jobs.notify.format;

import static dev.oaa.jobs.notify.format.JsonAssert.assertJson;

import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import org.junit.jupiter.api.Test;

class FindingEventsTest {

  @Test
  void newPublicFindingCarriesAccessAnalyzerFields() {
    assertJson(
        FindingEvents.detail(TestFindings.newPublicBucket()),
        """
        {
          "version": "1.0",
          "id": "0123456789abcdef0123456789abcdef",
          "findingType": "ExternalAccess",
          "status": "ACTIVE",
          "resourceType": "AWS::S3::Bucket",
          "resource": "arn:aws:s3:::reports-bucket",
          "resourceOwnerAccount": "111122223333",
          "accountId": "111122223333",
          "principal": {"AWS": "*"},
          "action": ["s3:GetObject", "s3:ListBucket"],
          "condition": {},
          "isPublic": true,
          "isDeleted": false,
          "createdAt": "2026-01-05T02:00:00Z",
          "updatedAt": "2026-01-05T02:00:00Z",
          "analyzedAt": "2026-01-05T02:00:00Z",
          "oaa": {"analyzer": "external", "runId": "run-1", "changeKind": "NEW", "commitVersion": 3}
        }
        """);
  }

  @Test
  void statusChangeNamesPreviousStatusAndRegionAndConditionValues() {
    assertJson(
        FindingEvents.detail(TestFindings.keyResolved()),
        """
        {
          "version": "1.0",
          "id": "fedcba9876543210fedcba9876543210",
          "findingType": "ExternalAccess",
          "status": "RESOLVED",
          "resourceType": "AWS::KMS::Key",
          "resource": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          "resourceOwnerAccount": "111122223333",
          "accountId": "111122223333",
          "region": "eu-west-1",
          "principal": {"AWS": "444455556666"},
          "action": ["kms:Decrypt", "kms:DescribeKey"],
          "condition": {
            "aws:SourceIp": "203.0.113.0/24",
            "aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-5e6f7a8b"]
          },
          "isPublic": false,
          "isDeleted": false,
          "createdAt": "2026-01-05T02:00:00Z",
          "updatedAt": "2026-01-06T02:00:00Z",
          "analyzedAt": "2026-01-06T02:00:00Z",
          "oaa": {
            "analyzer": "external",
            "runId": "run-2",
            "changeKind": "STATUS_CHANGED",
            "previousStatus": "ACTIVE",
            "commitVersion": 4
          }
        }
        """);
  }

  @Test
  void undecidedFindingCarriesAnError() {
    assertJson(
        FindingEvents.detail(
            FindingChange.appeared(TestFindings.undecidedQueue(), 7, TestFindings.COMMITTED)),
        """
        {
          "version": "1.0",
          "id": "00000000000000000000000000000042",
          "findingType": "ExternalAccess",
          "status": "UNKNOWN",
          "resourceType": "AWS::SQS::Queue",
          "resource": "arn:aws:sqs:us-east-1:111122223333:orders",
          "resourceOwnerAccount": "111122223333",
          "accountId": "111122223333",
          "region": "us-east-1",
          "principal": {},
          "action": [],
          "condition": {},
          "isPublic": false,
          "isDeleted": false,
          "createdAt": "2026-01-05T02:00:00Z",
          "updatedAt": "2026-01-05T02:00:00Z",
          "analyzedAt": "2026-01-05T02:00:00Z",
          "error": "ANALYSIS_UNKNOWN",
          "oaa": {"analyzer": "external", "runId": "run-1", "changeKind": "NEW", "commitVersion": 7}
        }
        """);
  }

  @Test
  void eventWrapsTheDetailAsAnEventBridgeRuleDeliversIt() {
    FindingChange change =
        FindingChange.statusChanged(
            TestFindings.crossAccountKey(FindingStatus.ARCHIVED),
            FindingStatus.ACTIVE,
            9,
            TestFindings.COMMITTED);
    String detail = Json.write(FindingEvents.detail(change));

    assertJson(
        FindingEvents.event(change),
        """
        {
          "version": "0",
          "detail-type": "Access Analyzer Finding",
          "source": "oaa.access-analyzer",
          "account": "111122223333",
          "time": "2026-01-06T02:05:00.250Z",
          "region": "eu-west-1",
          "resources": ["arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"],
          "detail": %s
        }
        """
            .formatted(detail));
  }
}
