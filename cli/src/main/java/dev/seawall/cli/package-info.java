/**
 * The {@code seawall} command line: {@link dev.seawall.cli.SeawallCli}. Picocli parses the command
 * line (subcommands, {@code --help}, usage errors); Seawall's own code computes what is printed.
 */
@NullMarked
package dev.seawall.cli;

import org.jspecify.annotations.NullMarked;
