package dev.seawall.spaces.bucket;

/**
 * An S3 canned ACL of a bucket or object ({@code x-amz-acl}).
 *
 * <ul>
 *   <li>{@link #PRIVATE} — the default of every bucket and object Seawall writes;
 *   <li>{@link #PUBLIC_READ} — anyone can list the bucket / read the object; only through an
 *       opt-out ({@code allowPublicRead(Justification)}, SW-SP-001);
 *   <li>{@link #PUBLIC_READ_WRITE} — anyone can also write; never accepted (SW-SP-001, no opt-out),
 *       present so that specs and audits can name and refuse it.
 * </ul>
 */
public enum CannedAcl {
  /** Owner only. */
  PRIVATE("private"),
  /** Anyone can read (for a bucket: list its keys). */
  PUBLIC_READ("public-read"),
  /** Anyone can read and write; never accepted. */
  PUBLIC_READ_WRITE("public-read-write");

  private final String header;

  CannedAcl(String header) {
    this.header = header;
  }

  /** The value of the {@code x-amz-acl} header, e.g. {@code public-read}. */
  public String headerValue() {
    return header;
  }
}
