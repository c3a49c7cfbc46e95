package dev.oaa.reasoning.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalPolicyTest {

  private static String hash(String json) {
    return CanonicalPolicy.hash(PolicyParser.parse(json));
  }

  @Test
  void sameMeaningInAnotherSpellingHasTheSameHash() {
    String a =
        """
        {"Version": "2012-10-17", "Id": "a", "Statement": [
          {"Sid": "One", "Effect": "Allow", "Principal": {"AWS": "111122223333"},
           "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::b/*",
           "Condition": {"StringEqualsIgnoreCase": {"aws:PrincipalTag/Team": "Blue"},
                         "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.0.2.0/24"]}}},
          {"Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject", "Resource": "*"}]}
        """;
    String b =
        """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": ["s3:deleteobject"], "Resource": ["*"]},
          {"Sid": "Two", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root"]},
           "Action": ["S3:PutObject", "s3:getobject", "s3:GetObject"], "Resource": ["arn:aws:s3:::b/*"],
           "Condition": {"IpAddress": {"AWS:SOURCEIP": ["192.0.2.7/24", "10.0.0.0/8"]},
                         "StringEqualsIgnoreCase": {"aws:principaltag/team": ["blue"]}}}]}
        """;
    assertThat(hash(a)).isEqualTo(hash(b)).hasSize(64);
  }

  @Test
  void missingVersionMeansTheOldVersion() {
    assertThat(hash("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}"))
        .isEqualTo(
            hash(
                "{\"Version\": \"2008-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\":"
                    + " \"*\"}}"))
        .isNotEqualTo(
            hash(
                "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\":"
                    + " \"*\"}}"));
  }

  @Test
  void differentMeaningHasADifferentHash() {
    String allow =
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}";
    assertThat(hash(allow))
        .isNotEqualTo(hash(allow.replace("Allow", "Deny")))
        .isNotEqualTo(hash(allow.replace("\"Action\"", "\"NotAction\"")))
        .isNotEqualTo(
            hash(allow.replace("\"Resource\": \"*\"", "\"Resource\": \"arn:aws:s3:::*\"")))
        // ARNs are case-sensitive, unlike actions.
        .isNotEqualTo(hash(allow.replace("\"*\"}}", "\"arn:aws:s3:::B\"}}")));
    String bucket =
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::b\"}}";
    assertThat(hash(bucket)).isNotEqualTo(hash(bucket.replace(":::b", ":::B")));
  }

  @Test
  void keepsCaseVariantsOfAKeyApartWhenTheyWouldCollide() {
    String json =
        """
        {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
          "Condition": {"StringEquals": {"aws:username": "a", "AWS:USERNAME": "b"}}}}
        """;
    var canonical = CanonicalPolicy.canonicalize(PolicyParser.parse(json));
    assertThat(canonical.statements().get(0).conditions()).hasSize(2);
    assertThat(PolicyParser.parse(PolicyWriter.write(canonical))).isEqualTo(canonical);
  }
}
