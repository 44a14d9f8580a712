package dev.seawall.spaces.presign;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Audits presigned URLs made elsewhere (logs, configuration, other tools) for SW-SP-004: a SigV4
 * query signature ({@code X-Amz-Expires}) valid longer than 1 hour. URLs without {@code
 * X-Amz-Expires} are not presigned with SigV4 and yield nothing. Only the URL is read; nothing is
 * sent, and the signature never appears in a violation.
 */
public final class PresignedUrlAuditor implements Auditor<URI> {
  /** Creates the auditor. */
  public PresignedUrlAuditor() {}

  @Override
  public List<Violation> audit(URI url) {
    String query = url.getRawQuery();
    if (query == null) {
      return List.of();
    }
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (!name.equalsIgnoreCase("X-Amz-Expires") || equals < 0) {
        continue;
      }
      String value = URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
      long seconds;
      try {
        seconds = Long.parseLong(value);
      } catch (NumberFormatException e) {
        return List.of();
      }
      if (seconds > PresignSpec.MAX_LIFETIME_WITHOUT_OPT_OUT.getSeconds()) {
        return List.of(
            SpacesRules.SW_SP_004.violation(
                "presigned-url/" + url.getHost() + url.getRawPath(),
                "presigned URL is valid for "
                    + seconds
                    + " seconds, longer than 1 hour; issue URLs of 15 minutes on demand"));
      }
    }
    return List.of();
  }
}
