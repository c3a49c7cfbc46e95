package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.change.FindingChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Sends a run's changes to every configured target, one after the other, and reports per target.
 * {@link #publish} never throws: a target that fails (or a publisher that has a bug) is reported as
 * failed, and the other targets still get the changes. Findings are never written here.
 */
public final class Notifier implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final List<Publisher> publishers;
  private final Map<String, String> types;

  private Notifier(List<Publisher> publishers, Map<String, String> types) {
    this.publishers = List.copyOf(publishers);
    this.types = Map.copyOf(types);
  }

  /** A notifier for {@code targets}, with the runtime's AWS credentials (instance role, env). */
  public static Notifier create(NotificationTargets targets) {
    return create(targets, DefaultCredentialsProvider.create());
  }

  /** A notifier for {@code targets}; AWS targets sign with {@code credentials}. */
  public static Notifier create(NotificationTargets targets, AwsCredentialsProvider credentials) {
    List<Publisher> publishers = new ArrayList<>();
    Map<String, String> types = new HashMap<>();
    NotificationTargets.Visitor<Publisher> factory =
        new NotificationTargets.Visitor<>() {
          @Override
          public Publisher visitEventBridge(NotificationTargets.EventBridge target) {
            return new EventBridgePublisher(target, credentials);
          }

          @Override
          public Publisher visitSns(NotificationTargets.Sns target) {
            return new SnsPublisher(target, credentials);
          }

          @Override
          public Publisher visitWebhook(NotificationTargets.Webhook target) {
            return new WebhookPublisher(target);
          }

          @Override
          public Publisher visitSecurityHub(NotificationTargets.SecurityHub target) {
            return new SecurityHubPublisher(target, credentials);
          }
        };
    for (NotificationTargets.Target target : targets.targets()) {
      publishers.add(target.accept(factory));
      types.put(target.name(), target.type());
    }
    return new Notifier(publishers, types);
  }

  /** A notifier over ready publishers (their type in reports is {@code custom}). */
  public static Notifier of(List<Publisher> publishers) {
    return new Notifier(publishers, Map.of());
  }

  /** Delivers {@code changes} to every target. Never throws for a failing target. */
  public NotificationReport publish(List<FindingChange> changes) {
    List<TargetResult> results = new ArrayList<>();
    for (Publisher publisher : publishers) {
      if (changes.isEmpty()) {
        results.add(new TargetResult(publisher.target(), type(publisher), 0, 0, List.of()));
        continue;
      }
      try {
        results.add(publisher.publish(changes));
      } catch (RuntimeException e) {
        // A bug in a publisher must not cost the run, which has already written its findings.
        LOG.error("Notification target {} failed unexpectedly", publisher.target(), e);
        results.add(
            new TargetResult(
                publisher.target(),
                type(publisher),
                0,
                changes.size(),
                List.of(
                    "unexpected "
                        + e.getClass().getSimpleName()
                        + ": "
                        + TargetResult.oneLine(e.getMessage()))));
      }
    }
    NotificationReport report = new NotificationReport(changes.size(), results);
    LOG.info("Notifications: {}", report.summary());
    return report;
  }

  private String type(Publisher publisher) {
    return types.getOrDefault(publisher.target(), "custom");
  }

  @Override
  public void close() {
    for (Publisher publisher : publishers) {
      try {
        publisher.close();
      } catch (RuntimeException e) {
        LOG.warn("Cannot close notification target {}", publisher.target(), e);
      }
    }
  }
}
