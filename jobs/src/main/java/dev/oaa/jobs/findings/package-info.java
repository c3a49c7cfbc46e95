/**
 * The values of the findings domain that jobs, transforms, sinks and configuration share: {@link
 * dev.oaa.jobs.findings.FindingStatus}, {@link dev.oaa.jobs.findings.FindingsRun} (who and when),
 * {@link dev.oaa.jobs.findings.FindingsScope} (what a run looked at) and the archive rules ({@link
 * dev.oaa.jobs.findings.ArchiveRule}, {@link dev.oaa.jobs.findings.Criterion}).
 *
 * <p>Belongs here: immutable values with their validation. Not here: Spark expressions over them
 * ({@code dev.oaa.jobs.transform}), reading them from files ({@code dev.oaa.jobs.config}) or tables
 * ({@code dev.oaa.jobs.io}). It lives outside {@code config} because transforms receive these
 * values and must not depend on {@code config} (STYLE.md 2.1).
 */
package dev.oaa.jobs.findings;
