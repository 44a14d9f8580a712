package dev.seawall.volumes;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Location;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeTags;
import dev.seawall.testkit.fakes.FakeVolumes;
import dev.seawall.volumes.volume.FilesystemType;
import dev.seawall.volumes.volume.Volume;
import dev.seawall.volumes.volume.VolumeService;
import dev.seawall.volumes.volume.VolumeSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VolumesAudit} against the stateful fake holding LUKS-ready and pre-formatted volumes. */
class VolumesAuditTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVolumes())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeTags()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private Volume luksReady;
  private Volume legacy;
  private Volume scratch;
  private int callsBeforeAudit;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    VolumeService volumes = Volumes.volumes(client);
    luksReady = volumes.create(spec("pgdata"));
    legacy =
        volumes.create(
            spec("legacy").toBuilder()
                .preformatWithoutLuks(FilesystemType.EXT4, Justification.of("OPS-3: legacy"))
                .build());
    scratch =
        volumes.create(
            spec("scratch").toBuilder()
                .preformatWithoutLuks(FilesystemType.XFS, Justification.of("OPS-4: scratch"))
                .build());
    callsBeforeAudit = fake.calls().size();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static VolumeSpec spec(String name) {
    return VolumeSpec.builder().name(name).sizeGigabytes(100).region("fra1").build();
  }

  private AuditResult audit() {
    return Audit.builder(client).sources(List.of(new VolumesAudit())).build().run();
  }

  @Test
  void installedSources_whenModuleIsOnTheClassPath_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(VolumesAudit.class);
  }

  @Test
  void run_whenVolumesArePreformatted_findsEachOnceAndNotTheLuksReadyOne() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, Finding::resource, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-VOL-001", "volume/legacy", uri(legacy)),
            tuple("SW-VOL-001", "volume/scratch", uri(scratch)));
    assertThat(result.report().findings())
        .extracting(f -> f.location().uri())
        .doesNotContain(uri(luksReady));
    assertThat(result.resources()).containsExactly(Map.entry("volume", 3L));
  }

  @Test
  void run_whenFindingsReported_eachNamesTheVolumeAtItsLocationWithAnExistingResourceRemedy() {
    Map<String, String> labels =
        Map.of(uri(legacy), "volume/legacy", uri(scratch), "volume/scratch");

    AuditResult result = audit();

    assertThat(result.report().findings())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.resource())
                  .matches(Pattern.quote(labels.get(f.location().uri())) + "([.\\[].*)?");
              assertThat(result.report().remediation(f))
                  .isEqualTo(VolumesRules.SW_VOL_001.auditRemediation())
                  .contains("Volumes.volumes(client)");
            });
  }

  @Test
  void run_whenAudited_sendsOnlyItsReadOperations() {
    audit();

    List<FakeCall> sent = fake.calls().subList(callsBeforeAudit, fake.calls().size());
    List<String> declared =
        new VolumesAudit().readOperations().stream().map(Operation::operationId).toList();
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("GET");
              assertThat(declared).contains(call.operationId());
            });
    assertThat(sent).hasSize(1);
  }

  private static String uri(Volume volume) {
    return Location.resource("volume", volume.id()).uri();
  }
}
