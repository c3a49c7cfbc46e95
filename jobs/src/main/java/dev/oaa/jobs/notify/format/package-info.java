/**
 * What each notification target receives, as plain values and Jackson trees: {@link
 * dev.oaa.jobs.notify.format.FindingEvents} (Access Analyzer's finding event), {@link
 * dev.oaa.jobs.notify.format.EventBridgeEntry} (a PutEvents entry), {@link
 * dev.oaa.jobs.notify.format.SnsMessage} (a Publish request), {@link
 * dev.oaa.jobs.notify.format.WebhookPayload} (a Slack-compatible POST body) and {@link
 * dev.oaa.jobs.notify.format.AsffFinding} (a Security Hub ASFF finding).
 *
 * <p>Pure functions of a {@link dev.oaa.jobs.notify.change.FindingChange}: no Spark, no AWS SDK, no
 * clock, no I/O, so each format is unit-tested against its exact JSON.
 */
package dev.oaa.jobs.notify.format;
