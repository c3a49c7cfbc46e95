package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.notify.change.FindingChange;
import java.util.List;

/** Delivers changes to one target. */
public interface Publisher extends AutoCloseable {

  /** The target's name, as configured. */
  String target();

  /**
   * Delivers every change, batching and retrying as the target's API allows. Never throws for a
   * failing target: what was not delivered is counted in the result with its reason.
   */
  TargetResult publish(List<FindingChange> changes);

  /** Releases the client and its connections. */
  @Override
  void close();
}
