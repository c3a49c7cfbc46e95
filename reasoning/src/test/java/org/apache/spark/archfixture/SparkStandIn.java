package org.apache.spark.archfixture;

/**
 * Stands in for a Spark type in ArchitectureTest's fixtures: reasoning has no Spark on its
 * classpath, and the module rule only looks at the package name.
 */
public final class SparkStandIn {}
