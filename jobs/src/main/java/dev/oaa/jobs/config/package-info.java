/**
 * Configuration: YAML files loaded into validated records, and the errors that name what is wrong
 * ({@link dev.oaa.jobs.config.ConfigErrors}). Archive rules are loaded here ({@link
 * dev.oaa.jobs.config.ArchiveRuleLoader}) into the values of {@code dev.oaa.jobs.findings}.
 */
package dev.oaa.jobs.config;
