package dev.digest.tweetdigest.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * The ISO week a period belongs to, named by its last instant in UTC, so a period ending Monday
 * 00:00 is labelled with the week that just ended and the archive key and the email agree.
 */
public final class WeekOf {
  private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

  private WeekOf() {}

  /** {@code 2026-W48}: the week-based year and week of {@code to} minus one nanosecond, in UTC. */
  public static String label(Instant to) {
    ZonedDateTime last = to.minusNanos(1).atZone(ZoneOffset.UTC);
    return String.format(
        "%04d-W%02d",
        last.get(IsoFields.WEEK_BASED_YEAR), last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Whether {@code week} looks like {@code 2026-W48}, so it is safe to put in an object key. */
  public static boolean isLabel(String week) {
    return week != null && ISO_WEEK.matcher(week).matches();
  }
}
