package dev.oaa.jobs.notify.publish;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the notification step of a run did, per target. A target that failed is reported here and
 * never fails the run: the findings are already in the Delta table.
 *
 * @param changes the changes announced to each target
 * @param targets one result per configured target, in configuration order
 */
public record NotificationReport(int changes, List<TargetResult> targets) {

  /** Copies the results. */
  public NotificationReport {
    targets = List.copyOf(targets);
  }

  /** Whether every target took every change. */
  public boolean isComplete() {
    return targets.stream().allMatch(TargetResult::isComplete);
  }

  /** Changes that some target did not take, summed over targets. */
  public int failed() {
    return targets.stream().mapToInt(TargetResult::failed).sum();
  }

  /** One line for the run summary. */
  public String summary() {
    if (targets.isEmpty()) {
      return changes + " changes, no notification targets";
    }
    return changes
        + " changes; "
        + targets.stream().map(TargetResult::summary).collect(Collectors.joining(" | "));
  }
}
