package dev.seawall.apps.functions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the five-field cron expressions of scheduled triggers (minute, hour, day of month, month,
 * day of week) before anything is sent: each field is {@code *}, a value, a range {@code a-b}, a
 * step {@code * /n} or {@code a-b/n} (without the space), or a comma-separated list of those;
 * months and days of the week also by their English three-letter names ({@code JAN}, {@code MON}),
 * day of week 0-7 (0 and 7 are Sunday). Seconds and the non-standard {@code @hourly} macros are
 * refused: DigitalOcean runs a trigger at most once a minute.
 */
final class Cron {
  private record Field(String name, int min, int max, List<String> names) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("minute", 0, 59, List.of()),
          new Field("hour", 0, 23, List.of()),
          new Field("day of month", 1, 31, List.of()),
          new Field(
              "month",
              1,
              12,
              List.of(
                  "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                  "DEC")),
          new Field("day of week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")));

  private static final Pattern PART =
      Pattern.compile("(\\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/([0-9]+))?");

  private Cron() {}

  /**
   * What is wrong with an expression.
   *
   * @return empty when the expression is valid, else a message naming the field
   */
  static Optional<String> problem(String expression) {
    String[] fields = expression.trim().split("\\s+");
    if (expression.isBlank() || fields.length != FIELDS.size()) {
      return Optional.of(
          "must be five fields (minute hour day-of-month month day-of-week), e.g. \"0 3 * * *\"");
    }
    for (int i = 0; i < fields.length; i++) {
      Field field = FIELDS.get(i);
      for (String part : fields[i].split(",", -1)) {
        if (!valid(part, field)) {
          return Optional.of(
              "has an invalid "
                  + field.name()
                  + " field '"
                  + fields[i]
                  + "' (values "
                  + field.min()
                  + "-"
                  + field.max()
                  + (field.names().isEmpty() ? "" : " or names")
                  + ", *, ranges a-b, steps /n, lists)");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean valid(String part, Field field) {
    Matcher m = PART.matcher(part);
    if (!m.matches()) {
      return false;
    }
    if (m.group(2) != null) {
      int step = Integer.parseInt(m.group(2));
      if (step < 1 || step > field.max()) {
        return false;
      }
    }
    if (m.group(1).equals("*")) {
      return true;
    }
    String[] bounds = m.group(1).split("-");
    int low = value(bounds[0], field);
    int high = bounds.length > 1 ? value(bounds[1], field) : low;
    return low >= 0 && high >= 0 && low <= high;
  }

  /** The value of a number or name, or -1 when out of range or unknown. */
  private static int value(String text, Field field) {
    int named = field.names().indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return named + (field.min() == 1 ? 1 : 0);
    }
    if (!text.chars().allMatch(Character::isDigit) || text.length() > 2) {
      return -1;
    }
    int value = Integer.parseInt(text);
    return value < field.min() || value > field.max() ? -1 : value;
  }
}
