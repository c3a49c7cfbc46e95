/**
 * Spark-side operations behind administrative commands ({@code oaa update-findings}). The picocli
 * commands that call them are wired separately, since {@code dev.oaa.jobs.cli} must not depend on
 * Spark.
 */
package dev.oaa.jobs.admin;
