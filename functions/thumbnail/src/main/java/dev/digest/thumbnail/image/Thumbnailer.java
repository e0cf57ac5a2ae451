package dev.digest.thumbnail.image;

import dev.digest.shared.batch.BadInputException;
import java.util.List;

/** Decodes one image and renders every configured size from it, all in memory. */
public final class Thumbnailer {
  private final RenderSettings settings;

  /** Creates a thumbnailer; ImageIO plugins are scanned once, here. */
  public Thumbnailer(RenderSettings settings) {
    this.settings = settings;
  }

  /**
   * Renders every size from the encoded source. Nothing is returned unless every size succeeds.
   *
   * @throws BadInputException when the bytes are not a supported image, are corrupt, or exceed the
   *     pixel limit; {@link BadInputException#reason()} names the case
   */
  public List<Rendition> render(byte[] source) {
    throw new UnsupportedOperationException("not implemented yet: " + settings);
  }
}
