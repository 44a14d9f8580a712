/**
 * TLS certificates for load balancers: {@link dev.seawall.networking.certificate.CertificateSpec}
 * (Let's Encrypt by DNS names, or a custom PEM chain validated locally), the {@link
 * dev.seawall.networking.certificate.Certificate} read model and {@link
 * dev.seawall.networking.certificate.CertificateService}. Load balancers reference certificates by
 * name, so a renewed Let's Encrypt certificate (new id, same name) changes nothing.
 */
@NullMarked
package dev.seawall.networking.certificate;

import org.jspecify.annotations.NullMarked;
