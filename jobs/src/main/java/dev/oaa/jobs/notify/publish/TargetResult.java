package dev.oaa.jobs.notify.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one target did with a run's changes.
 *
 * @param target the target's name
 * @param type its type ({@code eventbridge}, {@code sns}, {@code webhook}, {@code securityhub})
 * @param delivered changes the target accepted
 * @param failed changes it did not accept after the retries (so {@code delivered + failed} is the
 *     number of changes)
 * @param errors distinct one-line reasons, at most {@value #MAX_ERRORS}
 */
public record TargetResult(
    String target, String type, int delivered, int failed, List<String> errors) {

  /** Reasons kept per target; a run with many failures repeats the same few reasons. */
  public static final int MAX_ERRORS = 10;

  /** Checks the counts and copies the errors. */
  public TargetResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    if (delivered < 0 || failed < 0) {
      throw new IllegalArgumentException(
          "Counts must not be negative: " + delivered + ", " + failed);
    }
    errors = List.copyOf(errors);
  }

  /** Whether every change was delivered. */
  public boolean isComplete() {
    return failed == 0;
  }

  /** {@code sns (sns): 3 delivered, 1 failed: reason; reason}. */
  public String summary() {
    return target
        + " ("
        + type
        + "): "
        + delivered
        + " delivered, "
        + failed
        + " failed"
        + (errors.isEmpty() ? "" : ": " + String.join("; ", errors));
  }

  /** Counts and reasons gathered while a publisher works. Not thread-safe. */
  static final class Tally {
    private final String target;
    private final String type;
    private int delivered;
    private int failed;
    private final Set<String> errors = new LinkedHashSet<>();

    Tally(String target, String type) {
      this.target = target;
      this.type = type;
    }

    void delivered(int count) {
      delivered += count;
    }

    void failed(int count, String reason) {
      failed += count;
      if (errors.size() < MAX_ERRORS) {
        errors.add(oneLine(reason));
      }
    }

    TargetResult result() {
      return new TargetResult(target, type, delivered, failed, new ArrayList<>(errors));
    }
  }

  static String oneLine(String text) {
    return text == null ? "(no message)" : text.replaceAll("\\s+", " ").trim();
  }
}
