/**
 * Notifications of new findings and status changes (issue 4, section 6): {@link
 * dev.oaa.jobs.notify.NotifyFindings} reads the {@code findings} Change Data Feed ({@link
 * dev.oaa.jobs.io.FindingsChangeFeed}), selects what to announce ({@link
 * dev.oaa.jobs.transform.FindingChanges}), converts the rows ({@link
 * dev.oaa.jobs.notify.FindingChangeRows}) and hands them to a {@link
 * dev.oaa.jobs.notify.publish.Notifier}.
 *
 * <p>Only this package touches Spark. The subpackages {@code change} (values), {@code format} (JSON
 * of each target) and {@code publish} (SDK and HTTP clients) are Spark-free; an ArchUnit test keeps
 * them so.
 */
package dev.oaa.jobs.notify;
