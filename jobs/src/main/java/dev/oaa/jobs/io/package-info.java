/**
 * Sources and sinks: the only code that knows paths, table names and formats.
 *
 * <p>Belongs here: reading inputs into Datasets of a {@code dev.oaa.jobs.schema.Schemas} shape and
 * writing results to Delta tables ({@link dev.oaa.jobs.io.FindingsSink}), with {@link
 * dev.oaa.jobs.io.DeltaTableRef} naming a table by path or by catalog name. Not here: the logic of
 * what to write, which lives in pure transforms ({@code dev.oaa.jobs.transform}).
 */
package dev.oaa.jobs.io;
