package dev.seawall.networking.domain;

import java.util.Locale;

/**
 * What a receiver does with mail that fails DMARC ({@code p=} of the {@code _dmarc} record).
 * Seawall's default for a mail-sending domain is {@link #QUARANTINE}; {@link #NONE} only monitors
 * and is an opt-out (SW-DNS-002).
 */
public enum DmarcPolicy {
  /** Deliver anyway and only report: spoofed mail still reaches inboxes. */
  NONE,
  /** Treat failing mail as suspicious (spam folder). The default. */
  QUARANTINE,
  /** Refuse failing mail. The strictest. */
  REJECT;

  /** The value of the {@code p=} tag, e.g. {@code quarantine}. */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
