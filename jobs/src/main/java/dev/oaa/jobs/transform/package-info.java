/**
 * Pure {@code Dataset -> Dataset} steps: static functions of their inputs and of plain values
 * ({@code asOf}, a run id, archive rules), with no paths, configuration objects or clock.
 *
 * <p>Every step checks its input with {@code Schemas.require} first. ArchUnit keeps this package
 * free of {@code dev.oaa.jobs.io} and {@code dev.oaa.jobs.config}.
 */
package dev.oaa.jobs.transform;
