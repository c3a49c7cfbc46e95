package dev.oaa.jobs.config.archfixture;

/** Stands in for a job configuration record in ArchitectureTest's fixtures. */
public record ConfigStandIn(String inputPath) {}
