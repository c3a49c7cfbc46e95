package dev.oaa.reasoning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "*, '', true",
    "*, anything, true",
    "s3:Get*, s3:GetObject, true",
    "s3:Get*, s3:PutObject, false",
    "s3:Get?bject, s3:GetObject, true",
    "s3:Get?bject, s3:Getbject, false",
    "arn:aws:s3:::b/*, arn:aws:s3:::b/, true",
    "arn:aws:s3:::b/*, arn:aws:s3:::b, false",
    "a*b*c, aXXbYYc, true",
    "a*b*c, aXXbYY, false",
    "*.txt, a.b.txt, true",
    "a.c, abc, false",
    "a[b], a[b], true",
    "a+b, aab, false",
    "**, x, true",
    "?, '', false",
  })
  void matchesCaseSensitively(String pattern, String text, boolean expected) {
    assertThat(Glob.matches(pattern, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~i {1} = {2}")
  @CsvSource({
    "s3:get*, S3:GetObject, true",
    "S3:GETOBJECT, s3:getobject, true",
    "iam:Pass?ole, IAM:PASSROLE, true",
    "iam:PassRole, iam:PassRoles, false",
  })
  void matchesIgnoringCase(String pattern, String text, boolean expected) {
    assertThat(Glob.matchesIgnoreCase(pattern, text)).isEqualTo(expected);
    assertThat(Glob.matches(pattern, text)).isEqualTo(expected && pattern.equals(text));
  }
}
