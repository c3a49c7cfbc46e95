/**
 * Delivery of finding changes to the configured targets: {@link
 * dev.oaa.jobs.notify.publish.Notifier} runs one {@link dev.oaa.jobs.notify.publish.Publisher} per
 * target (EventBridge, SNS and Security Hub through AWS SDK v2 clients, webhooks through the JDK's
 * HTTP client) and returns a {@link dev.oaa.jobs.notify.publish.NotificationReport} of delivered
 * and failed counts per target.
 *
 * <p>Each publisher batches to its API's limits and retries throttling and server errors with
 * bounded backoff; what still fails is reported, never thrown. Spark-free.
 */
package dev.oaa.jobs.notify.publish;
