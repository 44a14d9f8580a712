package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.CoreCatalog;
import dev.seawall.testkit.fakes.ClientOperations;
import dev.seawall.testkit.fakes.FakeOperations;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationScopesTest {
  private static final OperationScopes SPEC =
      OperationScopes.parse(
          List.of(
              "method\tpath\toperationId\tscopes",
              "GET\t/v2/vpcs\tvpcs_list\tvpc:read",
              "POST\t/v2/volumes\tvolumes_create\tapi:write, block_storage:create",
              "POST\t/v2/domains\tdomains_create\tdomain:create | domain:update",
              ""));

  @Test
  void mismatches_whenOperationsMatch_isEmpty() {
    List<Operation> operations =
        List.of(
            Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs", "vpc:read"),
            Operation.of(
                "volumes_create",
                HttpMethod.POST,
                "/v2/volumes",
                "block_storage:create",
                "api:write"),
            Operation.of("domains_create", HttpMethod.POST, "/v2/domains", "domain:update"));

    assertThat(SPEC.mismatches(operations)).isEmpty();
  }

  @Test
  void mismatches_whenMethodPathOrScopesDiffer_listsEach() {
    List<Operation> operations =
        List.of(
            Operation.of("vpcs_list", HttpMethod.POST, "/v2/vpc", "vpc:read", "vpc:create"),
            Operation.of("domains_create", HttpMethod.POST, "/v2/domains", "domain:read"),
            Operation.of("vpcs_frobnicate", HttpMethod.GET, "/v2/vpcs", "vpc:read"));

    assertThat(SPEC.mismatches(operations))
        .containsExactly(
            "vpcs_list method POST, spec: GET",
            "vpcs_list path /v2/vpc, spec: /v2/vpcs",
            "vpcs_list scopes [vpc:create, vpc:read], spec: [vpc:read]",
            "domains_create scopes [domain:read], spec: [domain:create] or [domain:update]",
            "vpcs_frobnicate is not an operation of the official spec");
  }

  @Test
  void assertMatch_whenOperationsDiffer_failsListingEveryDifference() {
    assertThatThrownBy(
            () ->
                SPEC.assertMatch(
                    List.of(
                        Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs"),
                        Operation.of("x_get", HttpMethod.GET, "/v2/x"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 operation(s) differ")
        .hasMessageContaining("vpcs_list scopes []")
        .hasMessageContaining("x_get is not an operation");
  }

  @Test
  void parse_whenHeaderOrColumnsAreWrong_refuses() {
    assertThatIllegalStateException()
        .isThrownBy(() -> OperationScopes.parse(List.of("GET\t/v2/vpcs\tvpcs_list\tvpc:read")))
        .withMessageContaining("header");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                OperationScopes.parse(
                    List.of("method\tpath\toperationId\tscopes", "GET\t/v2/vpcs\tvpcs_list")))
        .withMessageContaining("4 columns");
  }

  @Test
  void coreOperations_whenComparedWithOfficialSpec_matchMethodPathAndScopes() {
    OperationScopes.require().assertMatch(new CoreCatalog().operations());
  }

  @Test
  void fakeOperations_whenComparedWithOfficialSpec_matchMethodPathAndScopes() {
    assertThat(FakeOperations.all()).hasSizeGreaterThan(50);
    OperationScopes.require().assertMatch(FakeOperations.all());
    OperationScopes.require().assertMatch(ClientOperations.all());
  }
}
