package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specification constructs swagger-request-validator cannot check, patched while loading (see
 * {@link OpenApiContract}): valid requests pass, invalid ones still fail.
 */
class ValidatorLimitationsContractTest {
  private static ContractRequest authorized(String method, String target) {
    return ContractRequest.of(method, target).withHeader("Authorization", "Bearer " + Http.TOKEN);
  }

  private static List<ContractViolation> validate(ContractRequest request) {
    return OpenApiContract.require().validate(request);
  }

  @Test
  void load_whenOfficialSpec_listsTheComposedPathParametersItRewrote() {
    assertThat(OpenApiContract.require().workarounds())
        .contains(
            "path parameter ssh_key_identifier: anyOf -> type: string",
            "path parameter snapshot_id: anyOf -> type: string",
            "path parameter image_id: anyOf -> type: string");
  }

  @Test
  void validate_whenImageIdentifiedBySlug_acceptsIt() {
    assertThat(validate(authorized("GET", "/v2/images/ubuntu-24-04-x64"))).isEmpty();
    assertThat(validate(authorized("GET", "/v2/images/62137902"))).isEmpty();
  }

  @Test
  void validate_whenSshKeyIdentifierIsAFingerprint_acceptsIt() {
    assertThat(
            validate(
                authorized(
                    "GET", "/v2/account/keys/89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01")))
        .isEmpty();
    assertThat(
            validate(
                authorized(
                    "DELETE", "/v2/account/keys/89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01")))
        .isEmpty();
  }

  @Test
  void validate_whenSshKeyIdentifierIsAnId_acceptsIt() {
    assertThat(validate(authorized("GET", "/v2/account/keys/512189"))).isEmpty();
  }

  @Test
  void validate_whenSnapshotIdIsAVolumeSnapshotUuid_acceptsIt() {
    assertThat(validate(authorized("GET", "/v2/snapshots/fbe805e8-866b-11e6-96bf-000f53315a41")))
        .isEmpty();
    assertThat(validate(authorized("GET", "/v2/snapshots/6372321"))).isEmpty();
  }

  @Test
  void validate_whenVolumeCreateHasFilesystemLabel_acceptsIt() {
    ContractRequest request =
        authorized("POST", "/v2/volumes")
            .withJsonBody(
                "{\"name\":\"pgdata\",\"size_gigabytes\":10,\"region\":\"fra1\","
                    + "\"filesystem_type\":\"ext4\",\"filesystem_label\":\"pgdata\"}");

    assertThat(validate(request)).isEmpty();
  }

  @Test
  void validate_whenFilesystemLabelLongerThanAnyBranchAllows_reportsIt() {
    ContractRequest request =
        authorized("POST", "/v2/volumes")
            .withJsonBody(
                "{\"name\":\"pgdata\",\"size_gigabytes\":10,\"region\":\"fra1\","
                    + "\"filesystem_type\":\"ext4\",\"filesystem_label\":\""
                    + "a".repeat(17)
                    + "\"}");

    assertThat(validate(request))
        .isNotEmpty()
        .anySatisfy(v -> assertThat(v.message()).contains("filesystem_label").contains("16"));
  }

  @Test
  void validate_whenFilesystemLabelIsNotAString_reportsIt() {
    ContractRequest request =
        authorized("POST", "/v2/volumes")
            .withJsonBody(
                "{\"name\":\"pgdata\",\"size_gigabytes\":10,\"region\":\"fra1\","
                    + "\"filesystem_type\":\"ext4\",\"filesystem_label\":42}");

    assertThat(validate(request)).isNotEmpty();
  }
}
