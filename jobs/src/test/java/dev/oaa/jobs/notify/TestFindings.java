package dev.oaa.jobs.notify;

import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Findings and changes for the notification tests, with fixed ids and times. */
public final class TestFindings {

  public static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");
  public static final Instant ANALYZED = Instant.parse("2026-01-06T02:00:00Z");
  public static final Instant COMMITTED = Instant.parse("2026-01-06T02:05:00.250Z");

  private TestFindings() {}

  /** Anyone can read an S3 bucket. */
  public static Finding publicBucket() {
    return new Finding(
        "0123456789abcdef0123456789abcdef",
        "external",
        "ExternalAccess",
        "arn:aws:s3:::reports-bucket",
        "AWS::S3::Bucket",
        "111122223333",
        Map.of("AWS", "*"),
        List.of("s3:GetObject", "s3:ListBucket"),
        Map.of(),
        true,
        FindingStatus.ACTIVE,
        CREATED,
        CREATED,
        CREATED,
        null,
        "{}",
        "{\"action\":\"s3:GetObject\"}",
        "run-1");
  }

  /** Another account can use a KMS key through two VPC endpoints from one source IP range. */
  public static Finding crossAccountKey(FindingStatus status) {
    return new Finding(
        "fedcba9876543210fedcba9876543210",
        "external",
        "ExternalAccess",
        "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "AWS::KMS::Key",
        "111122223333",
        Map.of("AWS", "444455556666"),
        List.of("kms:Decrypt", "kms:DescribeKey"),
        Map.of(
            "aws:SourceVpce", List.of("vpce-1a2b3c4d", "vpce-5e6f7a8b"),
            "aws:SourceIp", List.of("203.0.113.0/24")),
        false,
        status,
        CREATED,
        ANALYZED,
        ANALYZED,
        status == FindingStatus.RESOLVED ? ANALYZED : null,
        "{}",
        "{}",
        "run-2");
  }

  /** The analysis of a queue policy timed out. */
  public static Finding undecidedQueue() {
    return new Finding(
        "00000000000000000000000000000042",
        "external",
        "ExternalAccess",
        "arn:aws:sqs:us-east-1:111122223333:orders",
        "AWS::SQS::Queue",
        "111122223333",
        Map.of(),
        List.of(),
        Map.of(),
        false,
        FindingStatus.UNKNOWN,
        CREATED,
        CREATED,
        CREATED,
        null,
        "{\"reason\":\"solver timeout\"}",
        "",
        "run-1");
  }

  public static FindingChange newPublicBucket() {
    return FindingChange.appeared(publicBucket(), 3, COMMITTED);
  }

  public static FindingChange keyResolved() {
    return FindingChange.statusChanged(
        crossAccountKey(FindingStatus.RESOLVED), FindingStatus.ACTIVE, 4, COMMITTED);
  }

  /** {@code count} distinct new public buckets, {@code bucket-0}, {@code bucket-1}, … */
  public static List<FindingChange> manyNewBuckets(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i -> {
              Finding base = publicBucket();
              Finding finding =
                  new Finding(
                      String.format("%032x", i),
                      base.analyzer(),
                      base.findingType(),
                      "arn:aws:s3:::bucket-" + i,
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
              return FindingChange.appeared(finding, 3, COMMITTED);
            })
        .toList();
  }
}
