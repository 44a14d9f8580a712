package dev.seawall.databases.tls;

/** Which of a cluster's connections to use. */
public enum ClusterNetwork {
  /**
   * The VPC connection ({@code private_connection}): reachable only from resources in the cluster's
   * VPC. The default.
   */
  PRIVATE,
  /** The public connection ({@code connection}), still limited by the trusted sources. */
  PUBLIC
}
