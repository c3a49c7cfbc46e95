package org.apache.hadoop.archfixture;

/**
 * Stands in for a Hadoop type in ArchitectureTest's fixtures: reasoning has no Hadoop on its
 * classpath, and the module rule only looks at the package name.
 */
public final class HadoopStandIn {}
