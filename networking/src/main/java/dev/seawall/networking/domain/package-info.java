/**
 * DNS domains and their records: {@link dev.seawall.networking.domain.DomainSpec} (write spec with
 * CAA by default, SPF and DMARC for mail-sending domains; rules SW-DNS-001, SW-DNS-002), {@link
 * dev.seawall.networking.domain.DnsRecord}, the {@link dev.seawall.networking.domain.Domain} read
 * model, {@link dev.seawall.networking.domain.DomainService}, {@link
 * dev.seawall.networking.domain.DomainResource} and {@link
 * dev.seawall.networking.domain.DomainAuditor}.
 */
@NullMarked
package dev.seawall.networking.domain;

import org.jspecify.annotations.NullMarked;
