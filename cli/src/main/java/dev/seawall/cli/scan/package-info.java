/**
 * Scans of the files teams keep in their repositories: {@link dev.seawall.cli.scan.FileScan}
 * ({@code seawall scan}: Functions {@code project.yml} files and Kubernetes manifests, through the
 * modules' file auditors), and {@link dev.seawall.cli.scan.AcceptComment}, the {@code #
 * seawall:accept RULE-ID justification} comment this scan and {@code seawall terraform scan} read.
 */
@NullMarked
package dev.seawall.cli.scan;

import org.jspecify.annotations.NullMarked;
