package dev.seawall.samples;

import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import java.nio.file.Path;
import java.util.List;

/**
 * The main sample run twice against one embedded environment (its in-memory DigitalOcean): the two
 * runs, and the requests the second one sent. Closing it closes the environment.
 *
 * @param environment the embedded environment both runs used
 * @param fake its in-memory DigitalOcean
 * @param first the first run, which creates the stack
 * @param second the second run, which should change nothing
 * @param secondCalls the requests the second run sent
 */
record SampleAppliedTwice(
    SampleEnvironment environment,
    FakeDigitalOcean fake,
    SampleRun first,
    SampleRun second,
    List<FakeCall> secondCalls)
    implements AutoCloseable {

  /** Runs the sample twice with {@code --output-dir output} and {@code flags}. */
  static SampleAppliedTwice run(Path output, String... flags) {
    SampleEnvironment environment = SampleEnvironment.embedded();
    FakeDigitalOcean fake = environment.fake().orElseThrow();
    SampleRun first = SampleRun.of(environment, output, flags);
    int before = fake.calls().size();
    SampleRun second = SampleRun.of(environment, output, flags);
    return new SampleAppliedTwice(
        environment,
        fake,
        first,
        second,
        List.copyOf(fake.calls().subList(before, fake.calls().size())));
  }

  @Override
  public void close() {
    environment.close();
  }
}
