package dev.seawall.cli.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceIndexTest {
  @Test
  void find_whenBracesInHeredocsStringsAndComments_endsEachBlockAtItsOwnBrace(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "digitalocean_droplet" "web" {
          user_data = <<-EOT
            {"unbalanced": {
          EOT
          name = "x}" # }
        }

        resource "digitalocean_firewall" "web" {
          // seawall:accept SW-FW-001 SEC-1: public site
        }
        # seawall:accept SW-FW-002 SEC-2: outside any block
        """);

    SourceIndex index = SourceIndex.scan(dir);

    assertThat(index.find("", "digitalocean_droplet", "web"))
        .hasValueSatisfying(d -> assertThat(d.suppressions()).isEmpty());
    assertThat(index.find("", "digitalocean_firewall", "web"))
        .hasValueSatisfying(
            d -> {
              assertThat(d.path()).isEqualTo("main.tf");
              assertThat(d.line()).isEqualTo(8);
              assertThat(d.suppressions())
                  .containsExactly(
                      new dev.seawall.cli.scan.AcceptComment("SW-FW-001", "SEC-1: public site", 9));
            });
  }

  @Test
  void find_whenTheModuleCallCannotBeFollowed_fallsBackToTheFirstBlockOfThatTypeAndName(
      @TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/x.tf"), "resource \"digitalocean_vpc\" \"main\" {\n}\n");

    SourceIndex index = SourceIndex.scan(dir);

    assertThat(index.find("module.remote", "digitalocean_vpc", "main"))
        .hasValueSatisfying(d -> assertThat(d.path()).isEqualTo("b/x.tf"));
    assertThat(index.find("", "digitalocean_vpc", "other")).isEmpty();
  }
}
