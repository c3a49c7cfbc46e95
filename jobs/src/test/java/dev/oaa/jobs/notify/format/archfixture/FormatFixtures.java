package dev.oaa.jobs.notify.format.archfixture;

import org.apache.spark.sql.Row;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Classes that break the notification rules, to show that the rules catch them. */
public final class FormatFixtures {
  private FormatFixtures() {}

  /** A format that reads Spark rows. */
  public static final class ReadsRows {
    private ReadsRows() {}

    public static String id(Row row) {
      return row.getString(0);
    }
  }

  /** A format that builds SDK requests. */
  public static final class BuildsSdkRequests {
    private BuildsSdkRequests() {}

    public static PublishRequest request() {
      return PublishRequest.builder().message("m").build();
    }
  }

  /** A format as it should be: plain values in, plain values out. */
  public static final class Pure {
    private Pure() {}

    public static String subject(String text) {
      return "OAA: " + text;
    }
  }
}
