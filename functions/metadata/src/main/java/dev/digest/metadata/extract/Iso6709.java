package dev.digest.metadata.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses ISO 6709 position strings such as {@code +47.3769+008.5417+408.000/}, the form phones
 * write into videos (Apple's {@code com.apple.quicktime.location.ISO6709} key and the {@code ©xyz}
 * atom), accepting the same three forms as ExifTool: decimal degrees, degrees and decimal minutes,
 * and degrees, minutes and decimal seconds.
 */
final class Iso6709 {
  /** Far longer than any real position string; longer input is not a position. */
  static final int MAX_LENGTH = 100;

  private static final Pattern DEGREES =
      Pattern.compile(
          "^([-+]\\d{1,2}(?:\\.\\d*)?)([-+]\\d{1,3}(?:\\.\\d*)?)([-+]\\d+(?:\\.\\d*)?)?");
  private static final Pattern MINUTES =
      Pattern.compile(
          "^([-+])(\\d{2})(\\d{2}(?:\\.\\d*)?)([-+])(\\d{3})(\\d{2}(?:\\.\\d*)?)([-+]\\d+(?:\\.\\d*)?)?");
  private static final Pattern SECONDS =
      Pattern.compile(
          "^([-+])(\\d{2})(\\d{2})(\\d{2}(?:\\.\\d*)?)([-+])(\\d{3})(\\d{2})(\\d{2}(?:\\.\\d*)?)"
              + "([-+]\\d+(?:\\.\\d*)?)?");

  private Iso6709() {}

  /** Returns the position, or null when the text is not an ISO 6709 position on Earth. */
  static Gps parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    String value = text.strip();
    Matcher m = DEGREES.matcher(value);
    double latitude;
    double longitude;
    String altitude;
    // The forms cannot be confused: each needs a sign right after its own number of digits.
    if (m.find()) {
      latitude = Double.parseDouble(m.group(1));
      longitude = Double.parseDouble(m.group(2));
      altitude = m.group(3);
    } else if ((m = MINUTES.matcher(value)).find()) {
      latitude = sign(m.group(1)) * degrees(m.group(2), m.group(3), "0");
      longitude = sign(m.group(4)) * degrees(m.group(5), m.group(6), "0");
      altitude = m.group(7);
    } else if ((m = SECONDS.matcher(value)).find()) {
      latitude = sign(m.group(1)) * degrees(m.group(2), m.group(3), m.group(4));
      longitude = sign(m.group(5)) * degrees(m.group(6), m.group(7), m.group(8));
      altitude = m.group(9);
    } else {
      return null;
    }
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
      return null;
    }
    return new Gps(latitude, longitude, altitude == null ? null : Double.valueOf(altitude));
  }

  private static double sign(String s) {
    return s.equals("-") ? -1 : 1;
  }

  private static double degrees(String d, String m, String s) {
    return Double.parseDouble(d) + Double.parseDouble(m) / 60 + Double.parseDouble(s) / 3600;
  }
}
