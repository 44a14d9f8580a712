package dev.seawall.networking.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SW-DNS-001 and SW-DNS-002 over a domain's records, shared by {@link DomainSpec} and {@link
 * DomainAuditor}: the problems found, each as a message.
 */
final class DnsPolicy {
  private DnsPolicy() {}

  /** Whether some CAA record restricts issuance ({@code issue} or {@code issuewild}). */
  static boolean hasCaa(Collection<DnsRecord> records) {
    return records.stream()
        .anyMatch(
            r ->
                r.type() == RecordType.CAA
                    && (r.tag().equals("issue") || r.tag().equals("issuewild")));
  }

  /** The message of SW-DNS-001 for a domain without CAA. */
  static String missingCaa() {
    return "the domain has no CAA issue record, so every public certificate authority may issue"
        + " certificates for it";
  }

  /** A mail problem that no opt-out accepts, and whether DMARC only monitors ({@code p=none}). */
  record MailProblems(List<String> refused, boolean monitoringOnly) {}

  /**
   * The SW-DNS-002 problems of a domain: it sends mail when it publishes SPF. An SPF ending in
   * {@code +all} or {@code ?all} (or without any {@code all}), several SPF records, a missing or
   * unreadable DMARC record are refused; a DMARC {@code p=none} is reported separately, because an
   * opt-out accepts it.
   */
  static MailProblems mail(Collection<DnsRecord> records) {
    List<DnsRecord> spf = records.stream().filter(DnsRecord::isSpf).toList();
    if (spf.isEmpty()) {
      return new MailProblems(List.of(), false);
    }
    List<String> refused = new java.util.ArrayList<>();
    if (spf.size() > 1) {
      refused.add(
          "the domain publishes "
              + spf.size()
              + " SPF records; receivers treat that as an error (permerror), publish exactly one");
    }
    for (DnsRecord record : spf) {
      String all = allQualifier(record.data());
      if (!all.equals("-all") && !all.equals("~all")) {
        refused.add(
            "the SPF record \""
                + record.data()
                + "\" "
                + (all.isEmpty() ? "has no final all" : "ends in " + all)
                + ", so it lets any server send as the domain; end it in -all");
      }
    }
    List<DnsRecord> dmarc = records.stream().filter(DnsRecord::isDmarc).toList();
    if (dmarc.isEmpty()) {
      refused.add(
          "the domain sends mail (it publishes SPF) but has no DMARC record at _dmarc, so"
              + " receivers deliver spoofed mail; publish v=DMARC1; p=quarantine or p=reject");
      return new MailProblems(refused, false);
    }
    Optional<String> policy = dmarcPolicy(dmarc.get(0).data());
    if (policy.isEmpty()) {
      refused.add("the DMARC record \"" + dmarc.get(0).data() + "\" has no p= policy");
      return new MailProblems(refused, false);
    }
    boolean none = policy.get().equals("none");
    if (!none && !policy.get().equals("quarantine") && !policy.get().equals("reject")) {
      refused.add("the DMARC policy p=" + policy.get() + " is not one receivers understand");
    }
    return new MailProblems(refused, none);
  }

  /** The message of SW-DNS-002 for {@code p=none}. */
  static String monitoringOnly() {
    return "the DMARC policy is p=none, so receivers only report spoofed mail and still deliver"
        + " it; use p=quarantine or p=reject";
  }

  private static String allQualifier(String spf) {
    String[] terms = spf.trim().toLowerCase(Locale.ROOT).split("\\s+");
    for (String term : terms) {
      if (term.equals("all") || (term.length() == 4 && term.endsWith("all"))) {
        return term.equals("all") ? "+all" : term;
      }
    }
    return "";
  }

  /** The {@code p=} value of a DMARC record, lower case. */
  static Optional<String> dmarcPolicy(String dmarc) {
    for (String part : dmarc.split(";")) {
      String tag = part.trim().toLowerCase(Locale.ROOT);
      if (tag.startsWith("p=")) {
        return Optional.of(tag.substring(2).trim());
      }
    }
    return Optional.empty();
  }
}
