package dev.seawall.compute.fake;

import dev.seawall.testkit.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The official DigitalOcean OpenAPI specification with one validator quirk worked around, loaded
 * once per JVM.
 *
 * <p>The path parameter {@code ssh_key_identifier} is declared as {@code anyOf: [ssh_key_id
 * (integer), ssh_key_fingerprint (string)]}. swagger-request-validator parses the raw value of a
 * parameter with a composed schema as JSON, so a fingerprint such as {@code 89:2a:...} is reported
 * as {@code validation.request.parameter.schema.invalidJson} although it is exactly the string the
 * API documents. Every value in a URL path is text and every text matches {@code anyOf[integer,
 * string]}, so replacing that schema with {@code type: string} accepts the same requests. Nothing
 * else of the specification is changed; if the block is not found verbatim, loading fails so the
 * workaround cannot silently go stale.
 *
 * <p>TODO(testkit): move this normalisation into {@code OpenApiContract} and use the shared
 * contract.
 */
public final class ComputeContract {
  static final String COMPOSED =
      "      schema:\n"
          + "        anyOf:\n"
          + "          - $ref: '#/components/schemas/ssh_key_id'\n"
          + "          - $ref: '#/components/schemas/ssh_key_fingerprint'\n";
  static final String PLAIN = "      schema:\n        type: string\n";

  private static OpenApiContract contract;

  private ComputeContract() {}

  /**
   * The patched contract. Skips the calling test (fails under {@code CI=true}) when the
   * specification is absent, like {@link OpenApiContract#require()}.
   */
  public static synchronized OpenApiContract get() {
    if (contract == null) {
      Path official = OpenApiContract.require().source();
      try {
        String text = Files.readString(official, StandardCharsets.UTF_8);
        String marker = "    ssh_key_identifier:\n      in: path\n";
        int parameter = text.indexOf(marker);
        int schema = parameter < 0 ? -1 : text.indexOf(COMPOSED, parameter);
        if (schema < 0 || schema - parameter > 400) {
          throw new IllegalStateException(
              "the ssh_key_identifier anyOf schema was not found in "
                  + official
                  + "; remove the ComputeContract workaround if the spec changed");
        }
        String patched =
            text.substring(0, schema) + PLAIN + text.substring(schema + COMPOSED.length());
        Path file = Path.of("target", "seawall-contract", "digitalocean-public.v2.compute.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, patched, StandardCharsets.UTF_8);
        contract = OpenApiContract.load(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return contract;
  }
}
