package dev.digest.tweetdigest.email;

import dev.digest.tweetdigest.model.Digest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names a digest's week the way a reader says it, so subject, heading and text part agree. */
final class WeekLabel {
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private WeekLabel() {}

  /** {@code week 48 of 2026}, or the week as given when it is not an ISO week. */
  static String week(String isoWeek) {
    Matcher m = ISO_WEEK.matcher(isoWeek == null ? "" : isoWeek.strip());
    if (!m.matches()) {
      return "week " + isoWeek;
    }
    return "week " + Integer.parseInt(m.group(2)) + " of " + m.group(1);
  }

  /**
   * {@code 24–30 Nov}, {@code 28 Nov–4 Dec} or {@code 29 Dec 2025–4 Jan 2026}; an end at midnight
   * is exclusive, so a period ending Monday 00:00 ends on Sunday.
   */
  static String range(Instant from, Instant to, ZoneId zone) {
    LocalDate first = from.atZone(zone).toLocalDate();
    ZonedDateTime end = to.atZone(zone);
    LocalDate last =
        end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toInstant().isAfter(from)
            ? end.toLocalDate().minusDays(1)
            : end.toLocalDate();
    if (last.isBefore(first)) {
      last = first;
    }
    if (first.getYear() != last.getYear()) {
      return first.format(DAY_MONTH_YEAR) + "–" + last.format(DAY_MONTH_YEAR);
    }
    if (first.getMonth() != last.getMonth()) {
      return first.format(DAY_MONTH) + "–" + last.format(DAY_MONTH);
    }
    if (first.equals(last)) {
      return last.format(DAY_MONTH);
    }
    return first.getDayOfMonth() + "–" + last.format(DAY_MONTH);
  }

  /** {@code week 48 of 2026 (24–30 Nov)}. */
  static String of(Digest digest, ZoneId zone) {
    return week(digest.week()) + " (" + range(digest.from(), digest.to(), zone) + ")";
  }
}
