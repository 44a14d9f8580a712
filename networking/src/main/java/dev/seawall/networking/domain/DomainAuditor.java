package dev.seawall.networking.domain;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.List;

/**
 * Audits existing domains against the rules {@link DomainSpec} enforces: SW-DNS-001 (no CAA issue
 * record) and SW-DNS-002 (a domain that publishes SPF, i.e. sends mail, without an SPF ending in
 * {@code -all}/{@code ~all} and an enforcing DMARC policy). Stateless and thread-safe.
 */
public final class DomainAuditor implements Auditor<Domain> {

  /** Creates an auditor. */
  public DomainAuditor() {}

  /**
   * Audits one domain with its records.
   *
   * @param domain a domain read with its records ({@link DomainService#get(String)}, or {@link
   *     Domain#withRecords} and {@link DomainService#listRecords(String)})
   * @return the violations, reported on {@code domain/<name>}; empty if the domain passes
   * @throws IllegalArgumentException if the domain's records were not read
   */
  @Override
  public List<Violation> audit(Domain domain) {
    List<DnsRecord> records =
        domain
            .records()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the records of domain "
                            + domain.name()
                            + " were not read; audit DomainService.get(name)"));
    Checks checks = Checks.on("domain/" + domain.name());
    checks.require(DnsPolicy.hasCaa(records), NetworkingRules.SW_DNS_001, DnsPolicy.missingCaa());
    DnsPolicy.MailProblems mail = DnsPolicy.mail(records);
    mail.refused().forEach(problem -> checks.refuse(NetworkingRules.SW_DNS_002, problem));
    if (mail.monitoringOnly()) {
      checks.refuse(NetworkingRules.SW_DNS_002, DnsPolicy.monitoringOnly());
    }
    return checks.violations();
  }
}
