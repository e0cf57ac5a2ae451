package dev.digest.tweetdigest.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads tags and attributes out of the rendered HTML, for assertions on markup only. */
final class HtmlChecks {
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>");

  private HtmlChecks() {}

  /** Every start tag, as name and attribute text. */
  static List<String[]> tags(String html) {
    List<String[]> out = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      out.add(new String[] {m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2)});
    }
    return out;
  }

  /** The values of one attribute across all tags of a name. */
  static List<String> attributes(String html, String tag, String attribute) {
    Pattern value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"");
    List<String> out = new ArrayList<>();
    for (String[] t : tags(html)) {
      if (t[0].equals(tag)) {
        Matcher m = value.matcher(t[1]);
        if (m.find()) {
          out.add(m.group(1).replace("&amp;", "&"));
        }
      }
    }
    return out;
  }
}
