/**
 * The {@code seawall} command line: {@link dev.seawall.cli.SeawallCli}. Picocli parses the command
 * line (subcommands, {@code --help}, usage errors); Seawall's own code computes what is printed.
 * {@code ReportOptions} holds the report options {@code audit}, {@code scan} and {@code terraform
 * scan} share: {@code --format table|json|sarif}, {@code --output FILE}, {@code --fail-on SEVERITY}
 * and {@code -B}; the Terraform logic is in {@link dev.seawall.cli.terraform}, the scan of
 * repository files ({@code ScanCommand}) in {@link dev.seawall.cli.scan}.
 */
@NullMarked
package dev.seawall.cli;

import org.jspecify.annotations.NullMarked;
