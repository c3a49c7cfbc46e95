package dev.oaa.jobs.notify.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Greedy batching under a count limit and a size limit, keeping the order of the items. */
final class Batches {

  private Batches() {}

  /**
   * Splits {@code items} into consecutive batches of at most {@code maxCount} items whose sizes add
   * up to at most {@code maxBytes}. An item bigger than {@code maxBytes} on its own is not batched:
   * callers filter those out first.
   */
  static <T> List<List<T>> of(List<T> items, int maxCount, int maxBytes, ToIntFunction<T> size) {
    List<List<T>> batches = new ArrayList<>();
    List<T> batch = new ArrayList<>();
    long bytes = 0;
    for (T item : items) {
      int itemSize = size.applyAsInt(item);
      if (!batch.isEmpty() && (batch.size() == maxCount || bytes + itemSize > maxBytes)) {
        batches.add(batch);
        batch = new ArrayList<>();
        bytes = 0;
      }
      batch.add(item);
      bytes += itemSize;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
