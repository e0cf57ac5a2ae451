package dev.digest.pdftext;

import java.util.Objects;

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
    return imagesPrefix(sourceKey) + "p" + page + "-" + n + "." + extension;
  }

  /** {@code pdf-parts/<source key>/<etag>/}: the chunk results of one version of a source. */
  public static String partsPrefix(String sourceKey, String eTag) {
    return PARTS_PREFIX + sourceKey + "/" + Objects.requireNonNull(eTag, "eTag") + "/";
  }

  /** {@code pdf-parts/<source key>/<etag>/pages-<from>-<to>.json}. */
  public static String part(String sourceKey, String eTag, int from, int to) {
    return partsPrefix(sourceKey, eTag) + "pages-" + from + "-" + to + ".json";
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
