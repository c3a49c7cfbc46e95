/**
 * The {@code StructType} of every table and inter-step Dataset of the jobs ({@link
 * dev.oaa.jobs.schema.Schemas}), and the input check each step starts with.
 */
package dev.oaa.jobs.schema;
