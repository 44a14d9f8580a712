package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class OpenApiContractTest {
  private static final String FIREWALL =
      "{\"name\":\"web\",\"inbound_rules\":[{\"protocol\":\"tcp\",\"ports\":\"443\","
          + "\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}]}";

  private static ContractRequest authorized(String method, String target) {
    return ContractRequest.of(method, target).withHeader("Authorization", "Bearer " + Http.TOKEN);
  }

  private static List<String> keys(List<ContractViolation> violations) {
    return violations.stream().map(ContractViolation::key).toList();
  }

  @Test
  void require_whenCalledTwice_loadsOnceAndSharesTheInstance() {
    OpenApiContract first = OpenApiContract.require();
    OpenApiContract second = OpenApiContract.require();

    assertThat(second).isSameAs(first);
    assertThat(OpenApiContract.ifAvailable()).containsSame(first);
    assertThat(first.loadTime()).isPositive();
    System.out.println("OpenAPI spec load time: " + first.loadTime().toMillis() + " ms");
  }

  @Test
  void load_whenOfficialSpecHasDefaultNullLines_loadsItWithoutRewritingTheText()
      throws IOException {
    OpenApiContract contract = OpenApiContract.require();

    assertThat(Files.readAllLines(contract.source()))
        .as("the construct the retired text workaround removed is still in the spec")
        .anyMatch(line -> line.strip().equals("default: null"));
    assertThat(contract.workarounds()).noneMatch(line -> line.contains("default"));
  }

  @Test
  void validate_whenGetAccountWithBearer_returnsNoViolations() {
    assertThat(OpenApiContract.require().validate(authorized("GET", "/v2/account"))).isEmpty();
  }

  @Test
  void validate_whenValidFirewallCreate_returnsNoViolations() {
    ContractRequest request = authorized("POST", "/v2/firewalls").withJsonBody(FIREWALL);

    assertThat(OpenApiContract.require().validate(request)).isEmpty();
  }

  @Test
  void validate_whenListWithPaging_returnsNoViolations() {
    ContractRequest request = authorized("GET", "/v2/firewalls?page=2&per_page=200");

    assertThat(OpenApiContract.require().validate(request)).isEmpty();
  }

  @Test
  void validate_whenUnknownPath_reportsPathMissing() {
    List<ContractViolation> violations =
        OpenApiContract.require().validate(authorized("GET", "/v2/firewall"));

    assertThat(keys(violations)).containsExactly("validation.request.path.missing");
    assertThat(violations.get(0).operationId()).isEmpty();
    assertThat(violations.get(0).toString())
        .contains("GET /v2/firewall")
        .contains("No API path found that matches request '/v2/firewall'");
  }

  @Test
  void validate_whenTrailingSlash_reportsPathMissing() {
    assertThat(keys(OpenApiContract.require().validate(authorized("GET", "/v2/account/"))))
        .containsExactly("validation.request.path.missing");
  }

  @Test
  void validate_whenMethodNotDefined_reportsOperationNotAllowed() {
    assertThat(keys(OpenApiContract.require().validate(authorized("DELETE", "/v2/account"))))
        .containsExactly("validation.request.operation.notAllowed");
  }

  @Test
  void validate_whenFirewallFieldsHaveWrongTypes_reportsEachProperty() {
    ContractRequest request =
        authorized("POST", "/v2/firewalls").withJsonBody("{\"name\":5,\"inbound_rules\":\"all\"}");

    List<ContractViolation> violations = OpenApiContract.require().validate(request);

    assertThat(violations).isNotEmpty();
    assertThat(violations).allMatch(v -> v.operationId().equals("firewalls_create"));
    String text = violations.toString();
    assertThat(text)
        .contains("[Path '/name'] Instance type (integer) does not match")
        .contains("[Path '/inbound_rules'] Instance type (string) does not match");
  }

  @Test
  void validate_whenRequiredFieldMissing_reportsRequiredProperty() {
    ContractRequest request = authorized("POST", "/v2/vpcs").withJsonBody("{\"region\":\"nyc1\"}");

    List<ContractViolation> violations = OpenApiContract.require().validate(request);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.operationId()).isEqualTo("vpcs_create");
              assertThat(v.key()).isEqualTo("validation.request.body.schema.required");
              assertThat(v.message()).contains("missing required properties ([\"name\"])");
            });
  }

  @Test
  void validate_whenBodyIsNotJson_reportsParseError() {
    ContractRequest request = authorized("POST", "/v2/vpcs").withJsonBody("{name");

    assertThat(OpenApiContract.require().validate(request).toString())
        .contains("Unable to parse JSON");
  }

  @Test
  void validate_whenNoAuthorization_reportsSecurityMissing() {
    assertThat(keys(OpenApiContract.require().validate(ContractRequest.of("GET", "/v2/account"))))
        .containsExactly("validation.request.security.missing");
  }

  @Test
  void validate_whenBasicAuthorization_reportsSecurityInvalid() {
    ContractRequest request =
        ContractRequest.of("GET", "/v2/account").withHeader("Authorization", "Basic dXNlcjpwdw==");

    assertThat(keys(OpenApiContract.require().validate(request)))
        .containsExactly("validation.request.security.invalid");
  }

  @Test
  void validate_whenBearerWithoutToken_reportsBlankToken() {
    ContractRequest request =
        ContractRequest.of("GET", "/v2/account").withHeader("Authorization", "Bearer ");

    assertThat(keys(OpenApiContract.require().validate(request)))
        .contains("seawall.request.security.blankBearerToken");
  }

  @Test
  void check_whenUnknownQueryParameter_recordsANoteNotAViolation() {
    ContractCheck check = OpenApiContract.require().check(authorized("GET", "/v2/account?x=1"));

    assertThat(check.violations()).isEmpty();
    assertThat(check.isValid()).isTrue();
    assertThat(keys(check.notes()))
        .containsExactly("validation.request.parameter.query.unexpected");
  }

  @Test
  void validate_whenPerPageAbove200_reportsMaximum() {
    assertThat(keys(OpenApiContract.require().validate(authorized("GET", "/v2/vpcs?per_page=500"))))
        .containsExactly("validation.request.parameter.schema.maximum");
  }

  @Test
  void validate_whenPathIdIsNotUuid_reportsFormat() {
    assertThat(keys(OpenApiContract.require().validate(authorized("GET", "/v2/firewalls/abc"))))
        .containsExactly("validation.request.parameter.schema.format.uuid");
  }

  @Test
  void validate_whenBodyWithoutContentType_reportsMissingContentType() {
    ContractRequest request =
        new ContractRequest(
            "POST",
            "/v2/vpcs",
            Headers.of("Authorization", "Bearer " + Http.TOKEN),
            "{\"name\":\"a\",\"region\":\"nyc1\"}");

    assertThat(keys(OpenApiContract.require().validate(request)))
        .contains("seawall.request.contentType.missing");
  }

  @Test
  void validate_whenDeleteCarriesBody_reportsUnexpectedBody() {
    ContractRequest request =
        authorized("DELETE", "/v2/firewalls/fb6045f1-cf1d-4ca3-bfac-18832663025b")
            .withJsonBody("{}");

    assertThat(keys(OpenApiContract.require().validate(request)))
        .containsExactly("validation.request.body.unexpected");
  }

  @Test
  void validateResponse_whenErrorLacksMessage_reportsRequiredProperty() {
    List<ContractViolation> violations =
        OpenApiContract.require()
            .validateResponse(
                "GET",
                "/v2/account",
                401,
                Headers.of("Content-Type", "application/json"),
                "{\"id\":\"unauthorized\"}");

    assertThat(violations.toString()).contains("message");
    assertThat(keys(violations)).contains("validation.response.body.schema.required");
  }

  @Test
  void locate_whenEnvironmentVariableSet_winsOverProperty(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.0\n");
    Properties properties = new Properties();
    properties.setProperty(OpenApiContract.SYSTEM_PROPERTY, dir.resolve("other.yaml").toString());

    OpenApiContract.Location location =
        OpenApiContract.locate(
            Map.of(OpenApiContract.ENVIRONMENT_VARIABLE, spec.toString()), properties);

    assertThat(location.path()).contains(spec);
    assertThat(location.origin()).contains(OpenApiContract.ENVIRONMENT_VARIABLE);
  }

  @Test
  void locate_whenThePropertyNamesAMissingFile_isAbsentAndSearchesNothing(@TempDir Path dir)
      throws IOException {
    Path unrelated = dir.resolve("shared/contracts/digitalocean-public.v2.yaml");
    Files.createDirectories(unrelated.getParent());
    Files.writeString(unrelated, "openapi: 3.0.0\n");
    Properties properties = new Properties();
    properties.setProperty(OpenApiContract.SYSTEM_PROPERTY, dir.resolve("gone.yaml").toString());

    OpenApiContract.Location location = OpenApiContract.locate(Map.of(), properties);

    assertThat(location.path()).contains(dir.resolve("gone.yaml"));
    assertThat(location.exists()).isFalse();
    assertThat(location.describe()).contains("gone.yaml").contains("does not exist");
  }

  @Test
  void locate_whenNothingIsConfigured_isAbsentEvenBesideASharedFolder(@TempDir Path dir)
      throws IOException {
    // a user's own tests in a temp folder that happens to hold a "shared" folder: no validation
    Path unrelated = dir.resolve("shared/contracts/digitalocean-public.v2.yaml");
    Files.createDirectories(unrelated.getParent());
    Files.writeString(unrelated, "openapi: 3.0.0\n");

    OpenApiContract.Location location = OpenApiContract.locate(Map.of(), new Properties());

    assertThat(location.path()).isEmpty();
    assertThat(location.exists()).isFalse();
    assertThat(location.describe())
        .contains(OpenApiContract.ENVIRONMENT_VARIABLE)
        .contains(OpenApiContract.SYSTEM_PROPERTY);
  }

  @Test
  void absent_whenNotOnCi_abortsNamingPathAndVariable() {
    OpenApiContract.Location location =
        new OpenApiContract.Location(Optional.of(Path.of("/nowhere/spec.yaml")), "test");

    assertThatThrownBy(() -> OpenApiContract.absent(location, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("/nowhere/spec.yaml")
        .hasMessageContaining("SEAWALL_DO_OPENAPI")
        .hasMessageContaining("Skipping");
  }

  @Test
  void absent_whenOnCi_failsNamingPathAndVariable() {
    OpenApiContract.Location location =
        new OpenApiContract.Location(Optional.of(Path.of("/nowhere/spec.yaml")), "test");

    assertThatThrownBy(() -> OpenApiContract.absent(location, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nowhere/spec.yaml")
        .hasMessageContaining("SEAWALL_DO_OPENAPI")
        .hasMessageContaining("CI=true");
  }

  @Test
  void contractRequest_toString_neverShowsHeaders() {
    ContractRequest request = authorized("GET", "/v2/account");

    assertThat(request.toString()).doesNotContain(Http.TOKEN).contains("GET /v2/account");
  }

  @Test
  void validate_whenTopLevelPropertyIsMisspelt_reportsUnknownPropertyNamingTheKnownOnes() {
    ContractRequest request =
        authorized("POST", "/v2/load_balancers")
            .withJsonBody(
                "{\"name\":\"web\",\"region\":\"nyc1\",\"redirect_http_to_http\":true,"
                    + "\"forwarding_rules\":[{\"entry_protocol\":\"https\",\"entry_port\":443,"
                    + "\"target_protocol\":\"http\",\"target_port\":80,\"certificate_id\":\"c\"}],"
                    + "\"tag\":\"web\"}");

    List<ContractViolation> violations = OpenApiContract.require().validate(request);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.key()).isEqualTo("seawall.request.body.unknownProperty");
              assertThat(v.operationId()).isEqualTo("loadBalancers_create");
              assertThat(v.message())
                  .contains("Unknown property \"redirect_http_to_http\"")
                  .contains("redirect_http_to_https");
            });
  }

  @Test
  void validate_whenNestedPropertyIsMisspelt_reportsItsPath() {
    ContractRequest request =
        authorized("POST", "/v2/firewalls")
            .withJsonBody(
                "{\"name\":\"web\",\"inbound_rules\":[{\"protocol\":\"tcp\",\"ports\":\"443\","
                    + "\"sources\":{\"adresses\":[\"10.0.0.0/8\"]}}]}");

    assertThat(OpenApiContract.require().validate(request))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .startsWith("[Path '/inbound_rules/0/sources'] Unknown property \"adresses\"")
                    .contains("addresses"));
  }

  @Test
  void validate_whenBodyUsesPropertiesOfOneOfItsAlternatives_returnsNoViolations() {
    String volume = "/v2/volumes/fb6045f1-cf1d-4ca3-bfac-18832663025b/actions";

    assertThat(
            OpenApiContract.require()
                .validate(
                    authorized("POST", volume)
                        .withJsonBody(
                            "{\"type\":\"attach\",\"droplet_id\":1,\"region\":\"nyc1\"}")))
        .isEmpty();
    assertThat(
            OpenApiContract.require()
                .validate(
                    authorized("POST", volume)
                        .withJsonBody(
                            "{\"type\":\"resize\",\"size_gigabytes\":100,\"region\":\"nyc1\"}")))
        .isEmpty();
  }

  @Test
  void validate_whenEnumValueIsUnknown_reportsEnum() {
    ContractRequest request =
        authorized("POST", "/v2/firewalls")
            .withJsonBody(
                "{\"name\":\"web\",\"inbound_rules\":[{\"protocol\":\"tcpx\",\"ports\":\"443\","
                    + "\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}]}");

    assertThat(keys(OpenApiContract.require().validate(request)))
        .containsExactly("validation.request.body.schema.enum");
  }
}
