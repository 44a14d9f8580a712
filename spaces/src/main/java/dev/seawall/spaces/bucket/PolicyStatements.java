package dev.seawall.spaces.bucket;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a bucket policy (IAM policy JSON) that allow everyone: {@code "Effect":
 * "Allow"}, {@code "Principal": "*"} (or {@code {"AWS": "*"}}, or an {@code AWS} list holding
 * {@code "*"}) and no {@code Condition} (a condition such as a source address narrows who is meant,
 * so it is not counted as public; an empty {@code "Condition": {}} narrows nothing and does not
 * count). Used by {@link BucketAuditor#auditPolicy(BucketRef, String)}, the one check of bucket
 * policies for the account audit and the Terraform scan.
 */
final class PolicyStatements {
  private PolicyStatements() {}

  /** One statement that allows everyone. */
  record Public(int index, List<String> actions) {}

  /**
   * The statements that allow everyone.
   *
   * @param json the policy document
   * @return those statements, in document order; empty if the document cannot be parsed
   */
  static List<Public> allowingEveryone(String json) {
    Object document;
    try {
      document = new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException | JsonDataException e) {
      return List.of();
    }
    if (!(document instanceof Map<?, ?> policy)) {
      return List.of();
    }
    Object statement = policy.get("Statement");
    List<?> statements =
        statement instanceof List<?> l
            ? l
            : List.of(Optional.ofNullable(statement).orElse(Map.of()));
    List<Public> found = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) instanceof Map<?, ?> s
          && "Allow".equals(s.get("Effect"))
          && !hasCondition(s.get("Condition"))
          && isEveryone(s.get("Principal"))) {
        found.add(new Public(i, strings(s.get("Action"))));
      }
    }
    return List.copyOf(found);
  }

  /**
   * A {@code Condition} narrows who is meant only when it names a condition ({@code {}} does not).
   */
  private static boolean hasCondition(@Nullable Object condition) {
    return condition instanceof Map<?, ?> map ? !map.isEmpty() : condition != null;
  }

  private static boolean isEveryone(@Nullable Object principal) {
    if ("*".equals(principal)) {
      return true;
    }
    if (principal instanceof Map<?, ?> map) {
      return strings(map.get("AWS")).contains("*");
    }
    return false;
  }

  private static List<String> strings(@Nullable Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
