package dev.seawall.databases;

import dev.seawall.core.SeawallException;

/**
 * Credentials (a database password or a Kafka access key) were asked for, but DigitalOcean returned
 * them blank: the API token lacks the {@value #REQUIRED_SCOPE} scope, and Seawall did not keep them
 * from the create or reset response. The message names the scope; it never contains a secret.
 */
public class CredentialsUnavailableException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** The token scope DigitalOcean requires to return database credentials. */
  public static final String REQUIRED_SCOPE = "database:view_credentials";

  /** What the credentials belong to. */
  private final String subject;

  /**
   * Creates the exception.
   *
   * @param subject what the credentials belong to, e.g. {@code database cluster 9cc1… user doadmin}
   */
  public CredentialsUnavailableException(String subject) {
    super(
        "The credentials of "
            + subject
            + " are not available: DigitalOcean returns database passwords only to tokens with the"
            + " '"
            + REQUIRED_SCOPE
            + "' scope. Use a token with that scope, keep the credentials returned when the"
            + " cluster or user was created, or reset the user's credentials with a token that has"
            + " it.");
    this.subject = subject;
  }

  /** The token scope that would make the credentials visible: {@value #REQUIRED_SCOPE}. */
  public String requiredScope() {
    return REQUIRED_SCOPE;
  }

  /** What the credentials belong to. */
  public String subject() {
    return subject;
  }
}
