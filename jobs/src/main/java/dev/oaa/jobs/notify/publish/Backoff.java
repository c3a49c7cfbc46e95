package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets.Retry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, for the retries the SDK does not do. */
final class Backoff {

  private Backoff() {}

  /**
   * The delay before retry number {@code retry} (1 for the first retry): a random duration up to
   * {@code min(maxDelay, baseDelay * 2^(retry-1))}.
   */
  static Duration delay(Retry retry, int attempt) {
    long base = retry.baseDelay().toMillis();
    long cap = retry.maxDelay().toMillis();
    long ceiling = Math.min(cap, base << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  /**
   * Sleeps for {@code delay}.
   *
   * @return false if the thread was interrupted (the interrupt flag is set again): stop retrying
   */
  static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
