package software.amazon.archfixture;

/**
 * Stands in for a AWS SDK type in ArchitectureTest's fixtures: reasoning has no AWS SDK on its
 * classpath, and the module rule only looks at the package name.
 */
public final class AwsSdkStandIn {}
