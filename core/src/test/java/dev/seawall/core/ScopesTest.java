package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Catalog;
import dev.seawall.core.support.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScopesTest {

  @Test
  void required_whenOperationsOverlap_returnsSortedUnion() {
    SortedSet<String> scopes =
        Scopes.required(
            Examples.FIREWALLS_CREATE,
            Examples.FIREWALLS_LIST,
            Examples.FIREWALLS_GET,
            Examples.DROPLETS_LIST);

    assertThat(scopes).containsExactly("droplet:read", "firewall:create", "firewall:read");
  }

  @Test
  void required_whenOperationNeedsSeveralScopes_includesAll() {
    Operation op =
        Operation.of(
            "x_attach", HttpMethod.POST, "/v2/x", "block_storage:create", "droplet:update");

    assertThat(Scopes.required(List.of(op)))
        .containsExactly("block_storage:create", "droplet:update");
  }

  @Test
  void required_whenTheSpecListsAdminBesideANarrowerScopeOfTheArea_needsOnlyTheNarrowerOne() {
    Operation list =
        Operation.of(
            "functions_list_namespaces",
            HttpMethod.GET,
            "/v2/functions/namespaces",
            "function:read",
            "function:admin");
    Operation get =
        Operation.of(
            "functions_get_namespace",
            HttpMethod.GET,
            "/v2/functions/namespaces/{namespace_id}",
            "function:admin");

    assertThat(Scopes.required(list)).containsExactly("function:read");
    assertThat(Scopes.required(list, get)).containsExactly("function:admin", "function:read");
  }

  @Test
  void required_whenTheSpecListsLegacyScopesBesideAResourceScope_needsOnlyTheResourceScope() {
    Operation list =
        Operation.of(
            "volumes_list",
            HttpMethod.GET,
            "/v2/volumes",
            "api:read",
            "api:write",
            "block_storage:read");
    Operation create =
        Operation.of(
            "volumes_create", HttpMethod.POST, "/v2/volumes", "api:write", "block_storage:create");

    assertThat(Scopes.required(list, create))
        .containsExactly("block_storage:create", "block_storage:read");
  }

  @Test
  void required_whenAnOperationListsOnlyLegacyScopes_keepsThem() {
    Operation legacy = Operation.of("x_get", HttpMethod.GET, "/v2/x", "api:read");

    assertThat(Scopes.required(legacy)).containsExactly("api:read");
  }

  @Test
  void required_whenNoOperations_isEmpty() {
    assertThat(Scopes.required(List.of())).isEmpty();
    assertThat(Scopes.required()).isEmpty();
  }

  @Test
  void required_whenReturned_isUnmodifiable() {
    SortedSet<String> scopes = Scopes.required(Examples.VPCS_LIST);

    assertThatThrownBy(() -> scopes.add("vpc:create"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Property
  void required_ofUnion_isUnionOfRequired(
      @ForAll("operations") List<Operation> a, @ForAll("operations") List<Operation> b) {
    List<Operation> both = new ArrayList<>(a);
    both.addAll(b);
    Set<String> expected = new TreeSet<>(Scopes.required(a));
    expected.addAll(Scopes.required(b));

    assertThat(Scopes.required(both)).containsExactlyElementsOf(expected);
  }

  @Property
  void required_whenAnyOperations_isSortedAndCoversEveryOperation(
      @ForAll("operations") List<Operation> ops) {
    SortedSet<String> scopes = Scopes.required(ops);

    assertThat(List.copyOf(scopes)).isSorted();
    for (Operation op : ops) {
      List<String> resourceScopes =
          op.scopes().stream()
              .filter(s -> !s.equals(Scopes.LEGACY_READ) && !s.equals(Scopes.LEGACY_WRITE))
              .toList();
      assertThat(scopes).containsAll(resourceScopes.isEmpty() ? op.scopes() : resourceScopes);
    }
    assertThat(scopes)
        .allSatisfy(s -> assertThat(ops).anySatisfy(op -> assertThat(op.scopes()).contains(s)));
  }

  @Provide
  Arbitrary<List<Operation>> operations() {
    Arbitrary<String> scope =
        Combinators.combine(
                Arbitraries.of("droplet", "firewall", "vpc", "tag", "api", "block_storage"),
                Arbitraries.of("read", "create", "update", "delete", "write"))
            .as((resource, verb) -> resource + ":" + verb);
    Arbitrary<Operation> generated =
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(HttpMethod.class),
                scope.set().ofMaxSize(3))
            .as(
                (id, method, scopes) ->
                    new Operation(id, method, "/v2/" + id, new TreeSet<>(scopes)));
    Arbitrary<Operation> catalog = Arbitraries.of(Catalog.installed().operations());
    return Arbitraries.oneOf(generated, catalog).list().ofMaxSize(8);
  }
}
