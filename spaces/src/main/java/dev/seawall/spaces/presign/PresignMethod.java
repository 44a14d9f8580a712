package dev.seawall.spaces.presign;

/** The HTTP method a presigned URL is valid for. */
public enum PresignMethod {
  /** Download an object. */
  GET,
  /** Upload an object. */
  PUT
}
