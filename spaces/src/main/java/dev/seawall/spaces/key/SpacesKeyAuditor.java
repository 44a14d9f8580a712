package dev.seawall.spaces.key;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import java.util.ArrayList;
import java.util.List;

/** Audits existing Spaces access keys for SW-SP-006: fullaccess or a grant on every bucket. */
public final class SpacesKeyAuditor implements Auditor<SpacesKey> {
  /** Creates the auditor. */
  public SpacesKeyAuditor() {}

  @Override
  public List<Violation> audit(SpacesKey key) {
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < key.grants().size(); i++) {
      SpacesKeyGrant grant = key.grants().get(i);
      if (grant.permission() == SpacesKeyPermission.FULL_ACCESS) {
        found.add(
            SpacesRules.SW_SP_006.violation(
                key.resource() + ".grants[" + i + "]",
                "key '"
                    + key.name()
                    + "' has fullaccess on every bucket; replace it with a key"
                    + " granted read or readwrite on named buckets"));
      } else if (grant.isAccountWide()) {
        found.add(
            SpacesRules.SW_SP_006.violation(
                key.resource() + ".grants[" + i + "]",
                "key '"
                    + key.name()
                    + "' has an empty bucket grant reaching every bucket; name"
                    + " the bucket"));
      }
    }
    return List.copyOf(found);
  }
}
