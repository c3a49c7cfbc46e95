/**
 * What notifications announce: a {@link dev.oaa.jobs.notify.change.Finding} (one row of the {@code
 * findings} table) and a {@link dev.oaa.jobs.notify.change.FindingChange} (a new finding or a
 * status change, with the Delta commit that made it).
 *
 * <p>Spark-free, like {@code format} and {@code publish}: the Spark side ({@code
 * dev.oaa.jobs.notify}) converts change-feed rows into these values.
 */
package dev.oaa.jobs.notify.change;
