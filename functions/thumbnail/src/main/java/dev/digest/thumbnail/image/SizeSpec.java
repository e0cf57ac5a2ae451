package dev.digest.thumbnail.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named rendition box, such as {@code small=150x150:crop}.
 *
 * @param name the size name, used in output keys
 * @param width the box width in pixels
 * @param height the box height in pixels
 * @param mode how the image fills the box
 */
public record SizeSpec(String name, int width, int height, FitMode mode) {
  private static final Pattern SPEC =
      Pattern.compile("([a-z0-9][a-z0-9_-]*)=(\\d{1,5})x(\\d{1,5})(?::(fit|crop))?");

  /** Validates the name and the box. */
  public SizeSpec {
    if (name == null || !name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("Size name must be lower-case letters, digits, - or _");
    }
    if (width < 1 || height < 1 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException(
          "Size " + name + " must be between 1x1 and 10000x10000, got " + width + "x" + height);
    }
  }

  /** Parses a comma-separated list such as {@code small=150x150:crop,medium=500x500:fit}. */
  public static List<SizeSpec> parseList(String value) {
    List<SizeSpec> sizes = new ArrayList<>();
    for (String part : value.split(",")) {
      String item = part.strip().toLowerCase(Locale.ROOT);
      Matcher m = SPEC.matcher(item);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "Bad thumbnail size '" + part.strip() + "'; expected name=WIDTHxHEIGHT[:fit|:crop]");
      }
      FitMode mode = "crop".equals(m.group(4)) ? FitMode.CROP : FitMode.FIT;
      SizeSpec spec =
          new SizeSpec(
              m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), mode);
      if (sizes.stream().anyMatch(s -> s.name().equals(spec.name()))) {
        throw new IllegalArgumentException("Thumbnail size " + spec.name() + " is listed twice");
      }
      sizes.add(spec);
    }
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("At least one thumbnail size is required");
    }
    return List.copyOf(sizes);
  }
}
