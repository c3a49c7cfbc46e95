package dev.oaa.jobs.io.archfixture;

/** Stands in for a source or sink (the code that knows paths) in ArchitectureTest's fixtures. */
public final class SourceStandIn {
  public String path() {
    return "s3a://bucket/prefix";
  }
}
