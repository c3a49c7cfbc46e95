package dev.oaa.jobs.cli.iac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: fixtures from the class path and one-line summaries of extracted policies. */
final class Summaries {
  private Summaries() {}

  /** The text of class-path resource {@code name}. */
  static String fixture(String name) {
    try (InputStream in = Summaries.class.getResourceAsStream("/iac/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code policyName | resourceName | policyType | awsType | content}, content summarized. */
  static String summary(ExtractedPolicy p) {
    return String.join(
        " | ", p.policyName(), p.resourceName(), p.policyType().name(), p.awsType(), content(p));
  }

  static List<String> summaries(List<ExtractedPolicy> policies) {
    return policies.stream().map(Summaries::summary).toList();
  }

  /** {@code parsed}, {@code unresolvable: <reason>} or {@code invalid: <reason>}. */
  static String content(ExtractedPolicy p) {
    return p.content()
        .accept(
            new PolicyContent.Visitor<String>() {
              @Override
              public String visitParsed(PolicyContent.Parsed parsed) {
                return "parsed";
              }

              @Override
              public String visitUnresolvable(PolicyContent.Unresolvable u) {
                return "unresolvable: " + u.reason();
              }

              @Override
              public String visitInvalid(PolicyContent.Invalid invalid) {
                return "invalid: " + invalid.reason();
              }
            });
  }

  /** The resolved JSON of a parsed policy. */
  static String json(ExtractedPolicy p) {
    return ((PolicyContent.Parsed) p.content()).json();
  }
}
