package dev.digest.pdftext;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where each output of a source document lives in the derived bucket, in one place because the
 * template's lifecycle rules and IAM resources name the same prefixes.
 */
public final class OutputKeys {
  /** Prefix of finished outputs. */
  public static final String OUTPUT_PREFIX = "pdf/";

  /** Prefix of intermediate chunk results; the bucket expires it after 2 days. */
  public static final String PARTS_PREFIX = "pdf-parts/";

  /** Prefix of the source keys given to inline documents. */
  public static final String INLINE_PREFIX = "inline/";

  /** S3's limit on a key, in UTF-8 bytes. */
  public static final int MAX_KEY_BYTES = 1024;

  /**
   * The longest extension an exported image gets ({@code jpg}, {@code jp2} and {@code png} are
   * three letters; one more is kept in hand).
   */
  static final int MAX_IMAGE_EXTENSION = 4;

  /**
   * The name of an exported image inside an images prefix. Only keys directly under the prefix that
   * match it are read or deleted: another upload's key may continue the same prefix (the upload
   * {@code uploads/a.pdf/images/b.pdf} has outputs under {@code pdf/uploads/a.pdf/images/}).
   */
  private static final Pattern IMAGE_NAME = Pattern.compile("p\\d+-\\d+\\.[a-z0-9]+");

  /** The name of a chunk part inside a parts prefix; see {@link #IMAGE_NAME}. */
  private static final Pattern PART_NAME = Pattern.compile("pages-\\d+-\\d+\\.json");

  private OutputKeys() {}

  /** {@code pdf/<source key>/document.json}, written last: its presence commits the outputs. */
  public static String document(String sourceKey) {
    return OUTPUT_PREFIX + sourceKey + "/document.json";
  }

  /** {@code pdf/<source key>/text.txt}. */
  public static String text(String sourceKey) {
    return OUTPUT_PREFIX + sourceKey + "/text.txt";
  }

  /** {@code pdf/<source key>/images/}. */
  public static String imagesPrefix(String sourceKey) {
    return OUTPUT_PREFIX + sourceKey + "/images/";
  }

  /** {@code pdf/<source key>/images/p<page>-<n>.<extension>}. */
  public static String image(String sourceKey, int page, int n, String extension) {
    return imagesPrefix(sourceKey) + imageName(page, n, extension);
  }

  /** {@code pdf-parts/<source key>/<etag>/}: the chunk results of one version of a source. */
  public static String partsPrefix(String sourceKey, String eTag) {
    return PARTS_PREFIX + sourceKey + "/" + Objects.requireNonNull(eTag, "eTag") + "/";
  }

  /** {@code pdf-parts/<source key>/<etag>/pages-<from>-<to>.json}. */
  public static String part(String sourceKey, String eTag, int from, int to) {
    return partsPrefix(sourceKey, eTag) + "pages-" + from + "-" + to + ".json";
  }

  /**
   * {@code pdf-parts/<source key>/<etag>/images/}: where the images of one version are staged until
   * its document is committed, so a stale version never overwrites a newer version's images.
   */
  public static String stagedImagesPrefix(String sourceKey, String eTag) {
    return partsPrefix(sourceKey, eTag) + "images/";
  }

  /** {@code pdf-parts/<source key>/<etag>/images/p<page>-<n>.<extension>}. */
  public static String stagedImage(
      String sourceKey, String eTag, int page, int n, String extension) {
    return stagedImagesPrefix(sourceKey, eTag) + imageName(page, n, extension);
  }

  /** Whether {@code key} is an image directly under {@code prefix}, as this function names them. */
  static boolean isImageUnder(String prefix, String key) {
    return key.startsWith(prefix) && IMAGE_NAME.matcher(key.substring(prefix.length())).matches();
  }

  /** Whether {@code key} is a chunk part directly under {@code prefix}. */
  static boolean isPartUnder(String prefix, String key) {
    return key.startsWith(prefix) && PART_NAME.matcher(key.substring(prefix.length())).matches();
  }

  /**
   * The length in UTF-8 bytes of the longest key one version of an upload can need: {@code
   * document.json}, {@code text.txt}, chunk parts (when the document has more than one page) and
   * staged and final images, for page numbers up to {@code pageCount} and image numbers up to
   * {@code maxImageNumber}.
   *
   * @param eTag the version, as it appears in the parts prefix
   */
  public static int longestKeyBytes(
      String sourceKey, String eTag, int pageCount, int maxImageNumber) {
    int page = digits(Math.max(1, pageCount));
    String image =
        "p" + "9".repeat(page) + "-" + "9".repeat(digits(Math.max(1, maxImageNumber))) + ".";
    int imageName = image.length() + MAX_IMAGE_EXTENSION;
    int longest = Math.max(bytes(document(sourceKey)), bytes(imagesPrefix(sourceKey)) + imageName);
    longest = Math.max(longest, bytes(stagedImagesPrefix(sourceKey, eTag)) + imageName);
    if (pageCount > 1) {
      String pages = "9".repeat(page);
      longest =
          Math.max(
              longest,
              bytes(partsPrefix(sourceKey, eTag))
                  + ("pages-" + pages + "-" + pages + ".json").length());
    }
    return longest;
  }

  /** The length of {@code document.json}'s key in UTF-8 bytes: the least any upload needs. */
  public static int documentKeyBytes(String sourceKey) {
    return bytes(document(sourceKey));
  }

  private static int bytes(String key) {
    return key.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int digits(int n) {
    return Integer.toString(n).length();
  }

  private static String imageName(int page, int n, String extension) {
    return "p" + page + "-" + n + "." + extension;
  }

  /** {@code inline/<sha256 hex>.pdf}: the source key of a document sent as base64. */
  public static String inlineKey(String sha256Hex) {
    return INLINE_PREFIX + sha256Hex + ".pdf";
  }

  /** An {@code s3://} URI. */
  public static String uri(String bucket, String key) {
    return "s3://" + bucket + "/" + key;
  }
}
