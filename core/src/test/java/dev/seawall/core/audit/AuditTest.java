package dev.seawall.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.core.support.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ordering, facts, progress and the report of {@link Audit}, with sources that need no API. */
class AuditTest {
  private final DigitalOcean client =
      DigitalOcean.builder()
          .token(dev.seawall.core.ApiToken.of("dop_v1_" + "a".repeat(64)))
          .build();

  @AfterEach
  void close() {
    client.close();
  }

  /** A source that publishes firewall tags. */
  private static class Firewalls implements AuditSource {
    @Override
    public String area() {
      return "zz-networking";
    }

    @Override
    public List<Operation> readOperations() {
      return List.of(CoreOperations.ACCOUNT_GET);
    }

    @Override
    public Set<AuditFact> provides() {
      return Set.of(AuditFact.FIREWALL_TAGS);
    }

    @Override
    public void audit(AuditContext context) {
      context.publish(AuditFact.FIREWALL_TAGS, List.of("web"));
    }
  }

  /** A source whose droplets are uncovered unless tagged with a fact's tag. */
  private static class Droplets implements AuditSource {
    private final List<String> tags;

    Droplets(List<String> tags) {
      this.tags = tags;
    }

    @Override
    public String area() {
      return "aa-compute";
    }

    @Override
    public List<Operation> readOperations() {
      return List.of(CoreOperations.ACTIONS_LIST);
    }

    @Override
    public Set<AuditFact> needs() {
      return Set.of(AuditFact.FIREWALL_TAGS);
    }

    @Override
    public void audit(AuditContext context) {
      Set<String> covered = context.fact(AuditFact.FIREWALL_TAGS);
      context.each(
          "droplet",
          IntStream.range(0, tags.size()).boxed(),
          i -> {
            AuditedResource droplet =
                new AuditedResource("droplet", "web", String.valueOf(100 + i));
            context.report(
                droplet,
                covered.contains(tags.get(i))
                    ? List.of()
                    : List.of(Examples.SW_DR_002.violation(droplet.label(), "uncovered")));
          });
    }
  }

  @Test
  void run_whenASourceNeedsAFact_runsAfterItsProviderAndSeesIt() {
    Audit audit =
        Audit.builder(client)
            .sources(List.of(new Droplets(List.of("web", "db")), new Firewalls()))
            .build();

    AuditResult result = audit.run();

    assertThat(audit.sources())
        .extracting(AuditSource::area)
        .containsExactly("zz-networking", "aa-compute");
    assertThat(result.resources()).containsExactly(java.util.Map.entry("droplet", 2L));
    assertThat(result.report().findings())
        .extracting(Finding::resource, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "droplet/web", Location.resource("droplet", "101")));
    assertThat(result.readScopes()).isEqualTo(audit.readScopes());
  }

  @Test
  void run_whenFindings_reportsRemediationForExistingResources() {
    AuditResult result =
        Audit.builder(client)
            .sources(List.of(new Droplets(List.of("db")), new Firewalls()))
            .build()
            .run();

    Finding finding = result.report().findings().get(0);
    assertThat(result.report().remediation(finding))
        .isEqualTo(Examples.SW_DR_002.auditRemediation());
    assertThat(result.report().toSarif()).contains("digitalocean://droplet/100");
  }

  @Test
  void each_whenListingIsLong_reportsProgressEveryHundredAndAtTheEnd() {
    List<String> progress = new ArrayList<>();
    AuditListener listener =
        new AuditListener() {
          @Override
          public void listed(String kind, long count, boolean done) {
            progress.add(kind + " " + count + (done ? " done" : ""));
          }
        };
    List<String> tags = Stream.generate(() -> "web").limit(250).toList();

    Audit.builder(client)
        .sources(List.of(new Droplets(tags), new Firewalls()))
        .listener(listener)
        .build()
        .run();

    assertThat(progress).containsExactly("droplet 100", "droplet 200", "droplet 250 done");
  }

  @Test
  void build_whenSourcesNeedEachOtherInACycle_refused() {
    AuditSource needsTags =
        new Firewalls() {
          @Override
          public Set<AuditFact> needs() {
            return Set.of(AuditFact.DEFAULT_VPC_IDS);
          }
        };
    AuditSource providesVpcs =
        new Droplets(List.of()) {
          @Override
          public Set<AuditFact> provides() {
            return Set.of(AuditFact.DEFAULT_VPC_IDS);
          }
        };

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Audit.builder(client).sources(List.of(needsTags, providesVpcs)).build())
        .withMessageContaining("cycle");
  }

  @Test
  void build_whenASourceDeclaresAWrite_refused() {
    AuditSource writes =
        new Firewalls() {
          @Override
          public List<Operation> readOperations() {
            return List.of(Operation.of("tags_create", HttpMethod.POST, "/v2/tags", "tag:create"));
          }
        };

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Audit.builder(client).sources(List.of(writes)).build())
        .withMessageContaining("tags_create");
  }

  @Test
  void skip_whenAKindCannotBeAudited_isInTheResultAndToldToTheListener() {
    List<String> told = new ArrayList<>();
    AuditSource buckets =
        new Firewalls() {
          @Override
          public void audit(AuditContext context) {
            context.skip("bucket", "no Spaces keys given");
          }
        };

    AuditResult result =
        Audit.builder(client)
            .sources(List.of(buckets))
            .listener(
                new AuditListener() {
                  @Override
                  public void skipped(String kind, String reason) {
                    told.add(kind + ": " + reason);
                  }
                })
            .build()
            .run();

    assertThat(result.skipped()).containsEntry("bucket", "no Spaces keys given");
    assertThat(told).containsExactly("bucket: no Spaces keys given");
  }

  @Test
  void option_whenGiven_isReadByTypeAndAbsentOtherwise() {
    AuditOption<String> endpoint = new AuditOption<>("endpoint", String.class);
    List<Object> seen = new ArrayList<>();
    AuditSource reader =
        new Firewalls() {
          @Override
          public void audit(AuditContext context) {
            seen.add(context.option(endpoint));
            seen.add(context.option(new AuditOption<>("other", Integer.class)));
          }
        };

    Audit.builder(client).sources(List.of(reader)).option(endpoint, "ams3").build().run();

    assertThat(seen).containsExactly(java.util.Optional.of("ams3"), java.util.Optional.empty());
  }

  @Test
  void knows_whenNoSourceProvidesAFact_isFalseSoRulesNeedingItAreNotChecked() {
    List<Boolean> known = new ArrayList<>();
    AuditSource reader =
        new Droplets(List.of()) {
          @Override
          public void audit(AuditContext context) {
            known.add(context.knows(AuditFact.FIREWALL_TAGS));
          }
        };

    Audit.builder(client).sources(List.of(reader)).build().run();
    Audit.builder(client).sources(List.of(reader, new Firewalls())).build().run();

    assertThat(known).containsExactly(false, true);
  }

  @Test
  void report_whenAViolationNamesAnotherResource_refused() {
    AuditSource confused =
        new Firewalls() {
          @Override
          public void audit(AuditContext context) {
            context.report(
                new AuditedResource("droplet", "web", "1"),
                List.of(Examples.SW_DR_002.violation("droplet/webserver", "default VPC")));
          }
        };
    AuditSource parts =
        new Firewalls() {
          @Override
          public void audit(AuditContext context) {
            context.report(
                new AuditedResource("droplet", "web", "1"),
                List.of(
                    Examples.SW_DR_002.violation("droplet/web", "default VPC"),
                    Examples.SW_DR_002.violation("droplet/web.vpc", "default VPC"),
                    Examples.SW_DR_002.violation("droplet/web[0]", "default VPC")));
          }
        };

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Audit.builder(client).sources(List.of(confused)).build().run())
        .withMessageContaining("droplet/webserver");
    assertThat(Audit.builder(client).sources(List.of(parts)).build().run().report().findings())
        .hasSize(3);
  }
}
