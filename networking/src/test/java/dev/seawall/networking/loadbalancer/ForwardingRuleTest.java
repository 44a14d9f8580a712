package dev.seawall.networking.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForwardingRuleTest {

  @Test
  void https_whenCertificateNamed_terminatesTlsOn443ToHttpTarget() {
    ForwardingRule rule = ForwardingRule.https("web-cert", 8080);

    assertThat(rule.entryProtocol()).isEqualTo(EntryProtocol.HTTPS);
    assertThat(rule.entryPort()).isEqualTo(443);
    assertThat(rule.targetProtocol()).isEqualTo(TargetProtocol.HTTP);
    assertThat(rule.targetPort()).isEqualTo(8080);
    assertThat(rule.certificateName()).contains("web-cert");
    assertThat(rule.certificateId()).isEmpty();
    assertThat(rule.terminatesTls()).isTrue();
    assertThat(rule.tlsPassthrough()).isFalse();
  }

  @Test
  void terminateTls_whenEntryIsPlainHttp_throws() {
    assertThatThrownBy(
            () ->
                ForwardingRule.terminateTls(
                    EntryProtocol.HTTP, 80, "web-cert", TargetProtocol.HTTP, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https, http2 or http3");
  }

  @Test
  void terminateTls_whenTargetIsTcp_throws() {
    assertThatThrownBy(() -> ForwardingRule.https(443, "web-cert", TargetProtocol.TCP, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target protocol must be http, https or http2");
  }

  @Test
  void https_whenCertificateNameBlankOrWithComma_throws() {
    assertThatThrownBy(() -> ForwardingRule.https(" ", 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("certificate's name");
    assertThatThrownBy(() -> ForwardingRule.https("a,b", 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comma");
    assertThatThrownBy(() -> ForwardingRule.https(" web", 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
  }

  @Test
  void https_whenPortOutOfRange_throws() {
    assertThatThrownBy(() -> ForwardingRule.https("web-cert", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target port must be 1..65535, was 0");
    assertThatThrownBy(() -> ForwardingRule.http2(65536, "c", TargetProtocol.HTTP, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry port");
  }

  @Test
  void tlsPassthrough_whenDefault_isHttpsToHttpsWithoutCertificate() {
    ForwardingRule rule = ForwardingRule.tlsPassthrough(443, 8443);

    assertThat(rule.tlsPassthrough()).isTrue();
    assertThat(rule.terminatesTls()).isFalse();
    assertThat(rule.isTls()).isTrue();
    assertThat(rule.targetProtocol()).isEqualTo(TargetProtocol.HTTPS);
    assertThat(rule.certificateName()).isEmpty();
  }

  @Test
  void tlsPassthrough_whenTargetIsPlainHttpOrEntryHttp3_throws() {
    assertThatThrownBy(
            () -> ForwardingRule.tlsPassthrough(EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target protocol https or http2");
    assertThatThrownBy(
            () ->
                ForwardingRule.tlsPassthrough(EntryProtocol.HTTP3, 443, TargetProtocol.HTTPS, 443))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry protocol https or http2");
  }

  @Test
  void httpRedirect_isPlainHttpOnPort80() {
    ForwardingRule rule = ForwardingRule.httpRedirect();

    assertThat(rule.isPlainHttp()).isTrue();
    assertThat(rule.entryPort()).isEqualTo(80);
    assertThat(rule).isEqualTo(ForwardingRule.http(80, 80));
  }

  @Test
  void parse_whenDoctlNotationWithCertificateName_readsRule() {
    ForwardingRule rule =
        ForwardingRule.parse(
            " Entry_Protocol : HTTPS , entry_port:443, target_protocol:http,target_port:8080,"
                + "certificate_name:web-cert ");

    assertThat(rule).isEqualTo(ForwardingRule.https("web-cert", 8080));
  }

  @Test
  void parse_whenPassthroughAndEmptyCertificateName_readsPassthrough() {
    ForwardingRule rule =
        ForwardingRule.parse(
            "entry_protocol:https,entry_port:443,target_protocol:https,target_port:443,"
                + "certificate_name:,tls_passthrough:true");

    assertThat(rule).isEqualTo(ForwardingRule.tlsPassthrough(443, 443));
  }

  @Test
  void parse_whenCertificateId_throwsAskingForName() {
    assertThatThrownBy(
            () ->
                ForwardingRule.parse(
                    "entry_protocol:https,entry_port:443,target_protocol:http,target_port:80,"
                        + "certificate_id:892071a0-bb95-49bc-8021-3afd67a210bf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference the certificate by name");
  }

  @Test
  void parse_whenMalformed_throwsSayingWhy() {
    assertThatThrownBy(() -> ForwardingRule.parse("entry_protocol:https"))
        .hasMessageContaining("needs target_protocol");
    assertThatThrownBy(
            () ->
                ForwardingRule.parse(
                    "entry_protocol:https,entry_port:443,target_protocol:http,target_port:80"))
        .hasMessageContaining("needs certificate_name");
    assertThatThrownBy(
            () ->
                ForwardingRule.parse(
                    "entry_protocol:tcp,entry_port:5432,target_protocol:tcp,target_port:5432"))
        .hasMessageContaining("not offered");
    assertThatThrownBy(
            () ->
                ForwardingRule.parse(
                    "entry_protocol:http,entry_port:80,entry_port:81,target_protocol:http,"
                        + "target_port:80"))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> ForwardingRule.parse("entry_protocol:http,colour:blue"))
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(
            () ->
                ForwardingRule.parse(
                    "entry_protocol:http,entry_port:８０,target_protocol:http,target_port:80"))
        .hasMessageContaining("entry_port must be a port");
  }

  @Test
  void toString_whenReadFromApi_showsCertificateId() {
    ForwardingRule read =
        ForwardingRule.observed(
            EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 80, "", "cert-id-1", false);

    assertThat(read.toString()).contains("certificate_id:cert-id-1").doesNotContain("name");
    assertThat(read.withCertificateName("web-cert").byCertificateName())
        .isEqualTo(ForwardingRule.https(443, "web-cert", TargetProtocol.HTTP, 80));
    assertThat(read.withCertificateName("web-cert").certificateId()).contains("cert-id-1");
    assertThat(read.byCertificateName()).isEqualTo(read);
  }

  @Test
  void display_whenShownInADiff_isReadableWithTheCertificate() {
    assertThat(ForwardingRule.https("web-cert", 8080).display())
        .isEqualTo("https 443 → http 8080 (certificate web-cert)");
    assertThat(ForwardingRule.tlsPassthrough(443, 8443).display())
        .isEqualTo("https 443 → https 8443 (tls passthrough)");
    assertThat(ForwardingRule.httpRedirect().display()).isEqualTo("http 80 → http 80");
    assertThat(
            ForwardingRule.observed(
                    EntryProtocol.HTTP2, 8443, TargetProtocol.HTTP, 80, "", "c-1", false)
                .display())
        .isEqualTo("http2 8443 → http 80 (certificate id c-1)");
  }

  @Test
  void observed_whenTcpOrUdp_keepsTheRuleAsObserved() {
    ForwardingRule tcp =
        ForwardingRule.observed(EntryProtocol.TCP, 5432, TargetProtocol.TCP, 5432, "", "", false);
    ForwardingRule udp =
        ForwardingRule.observed(EntryProtocol.UDP, 53, TargetProtocol.UDP, 53, "", "", false);

    assertThat(tcp.entryProtocol()).isEqualTo(EntryProtocol.TCP);
    assertThat(tcp.entryPort()).isEqualTo(5432);
    assertThat(tcp.targetProtocol()).isEqualTo(TargetProtocol.TCP);
    assertThat(tcp.isTls()).isFalse();
    assertThat(tcp.isPlainHttp()).isFalse();
    assertThat(udp.toString())
        .isEqualTo(
            "entry_protocol:udp,entry_port:53,target_protocol:udp,target_port:53,tls_passthrough:false");
  }

  @Test
  void observed_whenCertificateByIdOrName_keepsWhatWasGiven() {
    ForwardingRule byId =
        ForwardingRule.observed(
            EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 8080, "", " cert-id-1 ", false);
    ForwardingRule byName =
        ForwardingRule.observed(
            EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 8080, "web-cert", "", false);

    assertThat(byId.certificateId()).contains("cert-id-1");
    assertThat(byId.certificateName()).isEmpty();
    assertThat(byId.terminatesTls()).isTrue();
    assertThat(byId)
        .isEqualTo(
            ForwardingRule.observed(
                EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 8080, "", "cert-id-1", false));
    assertThat(byName).isEqualTo(ForwardingRule.https("web-cert", 8080));
  }

  @Test
  void specProblem_whenAFactoryCouldHaveBuiltTheRule_isEmpty() {
    assertThat(ForwardingRule.https("web-cert", 8080).specProblem()).isEmpty();
    assertThat(ForwardingRule.tlsPassthrough(443, 8443).specProblem()).isEmpty();
    assertThat(ForwardingRule.httpRedirect().specProblem()).isEmpty();
    assertThat(
            ForwardingRule.observed(
                    EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 80, "", "c-1", false)
                .withCertificateName("web-cert")
                .specProblem())
        .isEmpty();
  }

  @Test
  void specProblem_whenOnlyObservable_saysWhy() {
    assertThat(
            ForwardingRule.observed(EntryProtocol.TCP, 22, TargetProtocol.TCP, 22, "", "", false)
                .specProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("tcp entries"));
    assertThat(
            ForwardingRule.observed(
                    EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 80, "", "c-1", false)
                .specProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("certificate referenced by name"));
    assertThat(
            ForwardingRule.observed(
                    EntryProtocol.HTTP, 80, TargetProtocol.HTTPS, 443, "", "", false)
                .specProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("target protocol http"));
    assertThat(
            ForwardingRule.observed(EntryProtocol.HTTP, 0, TargetProtocol.HTTP, 80, "", "", false)
                .specProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("entry port must be 1..65535"));
  }
}
