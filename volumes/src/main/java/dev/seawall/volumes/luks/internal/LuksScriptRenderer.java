package dev.seawall.volumes.luks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the POSIX {@code sh} provisioning script: a generated header that assigns every
 * configuration variable (shell-quoted), the static function library {@code luks-functions.sh}, and
 * an entry point that runs {@code seawall_main} unless {@code SEAWALL_LUKS_FUNCTIONS_ONLY=1} (which
 * lets tests source the script and run single stages against file images).
 */
public final class LuksScriptRenderer {
  /** Environment variable that makes the script define its functions without running them. */
  public static final String FUNCTIONS_ONLY_VARIABLE = "SEAWALL_LUKS_FUNCTIONS_ONLY";

  private static final String FUNCTIONS = load("luks-functions.sh");

  private LuksScriptRenderer() {}

  /** Renders the script for {@code config}. */
  public static String render(ScriptConfig config) {
    StringBuilder out = new StringBuilder(FUNCTIONS.length() + 2048);
    out.append("#!/bin/sh\n");
    for (String comment : config.headerComments()) {
      out.append(comment.isEmpty() ? "#" : "# " + Shell.commentText(comment)).append('\n');
    }
    out.append("set -eu\n");
    out.append("umask 077\n");
    out.append("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n");
    out.append("export PATH\n\n");
    out.append("# --- configuration (generated) ---\n");
    for (Map.Entry<String, String> variable : variables(config).entrySet()) {
      out.append(variable.getKey())
          .append('=')
          .append(Shell.quote(variable.getValue()))
          .append('\n');
    }
    out.append('\n');
    out.append(FUNCTIONS);
    if (!FUNCTIONS.endsWith("\n")) {
      out.append('\n');
    }
    out.append('\n');
    out.append("if [ \"${").append(FUNCTIONS_ONLY_VARIABLE).append(":-0}\" != 1 ]; then\n");
    out.append("  seawall_main\n");
    out.append("fi\n");
    return out.toString();
  }

  private static Map<String, String> variables(ScriptConfig config) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("cfg_volume_name", config.volumeName());
    variables.put("cfg_device", config.device());
    variables.put("cfg_mapper_name", config.mapperName());
    variables.put("cfg_mount_point", config.mountPoint());
    variables.put("cfg_filesystem", config.filesystem());
    variables.put("cfg_mount_options", config.mountOptions());
    variables.put("cfg_fstab_options", config.fstabOptions());
    variables.put("cfg_crypttab_key", config.crypttabKey());
    variables.put("cfg_crypttab_options", config.crypttabOptions());
    variables.put("cfg_key_source", config.keySource());
    variables.put("cfg_key_file", config.keyFile());
    variables.put("cfg_key_url", config.keyUrl());
    variables.put("cfg_bearer_token_file", config.bearerTokenFile());
    // Named so that secret scanners (SW-DR-004) flag user data that embeds it.
    variables.put("cfg_luks_secret_key", config.embeddedKeyBase64());
    variables.put("cfg_wait_seconds", Long.toString(config.waitSeconds()));
    variables.put("cfg_fast_pbkdf_for_tests", config.fastPbkdfForTests() ? "1" : "0");
    return variables;
  }

  private static String load(String resource) {
    try (InputStream in = LuksScriptRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
