package dev.seawall.core.support;

import mockwebserver3.MockResponse;

/** Canned MockWebServer responses in DigitalOcean's shape. */
public final class Responses {
  private Responses() {}

  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("content-type", "application/json")
        .setHeader("x-request-id", "req-" + status)
        .body(body)
        .build();
  }

  public static MockResponse error(int status, String id, String message) {
    return json(
        status,
        "{\"id\":\""
            + id
            + "\",\"message\":\""
            + message
            + "\",\"request_id\":\"body-req-"
            + status
            + "\"}");
  }

  public static MockResponse firewall(String id, String name) {
    return json(200, "{\"firewall\":{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}}");
  }
}
