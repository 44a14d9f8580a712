package dev.seawall.cli;

import dev.seawall.testkit.FakeDigitalOcean;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seawall fake-server}: the testkit's in-memory DigitalOcean on loopback, exactly as {@link
 * FakeDigitalOcean#main} runs it (contract-validated when the spec is configured, violations logged
 * and answered as DigitalOcean would). Runs until stopped.
 */
@Command(
    name = "fake-server",
    mixinStandardHelpOptions = true,
    description = {
      "Serves an in-memory DigitalOcean API on http://127.0.0.1:PORT until stopped (Ctrl-C).",
      "Point doctl (--api-url), Terraform (api_endpoint) or Seawall at it to rehearse."
    })
final class FakeServerCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "the port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  private int port;

  @Option(names = "--token", description = "accept only this bearer token (default: any)")
  private String token;

  @Option(names = "--no-contract", description = "do not validate against the OpenAPI spec")
  private boolean noContract;

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port)));
    if (token != null) {
      args.add("--token");
      args.add(token);
    }
    if (noContract) {
      args.add("--no-contract");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    FakeDigitalOcean.startStandalone(args.toArray(String[]::new), out, err)
        .ifPresent(fake -> Runtime.getRuntime().addShutdownHook(new Thread(fake::close)));
    return SeawallCli.OK;
  }
}
