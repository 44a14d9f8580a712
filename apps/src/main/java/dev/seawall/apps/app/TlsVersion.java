package dev.seawall.apps.app;

/** The minimum TLS version of a domain ({@code minimum_tls_version}). */
public enum TlsVersion {
  /** TLS 1.2 ({@code "1.2"}), for clients that cannot speak 1.3. */
  TLS_1_2("1.2"),
  /** TLS 1.3 ({@code "1.3"}), the default of {@link AppDomain}. */
  TLS_1_3("1.3"),
  /** A value this version of Seawall does not know. */
  UNKNOWN("");

  private final String value;

  TlsVersion(String value) {
    this.value = value;
  }

  /** The API value, e.g. {@code 1.3}. */
  public String value() {
    return value;
  }

  /**
   * The constant for an API value; an empty value is the API's default; unknown values {@code
   * UNKNOWN}.
   */
  public static TlsVersion fromApi(String text) {
    for (TlsVersion version : values()) {
      if (version != UNKNOWN && version.value.equals(text)) {
        return version;
      }
    }
    return UNKNOWN;
  }
}
