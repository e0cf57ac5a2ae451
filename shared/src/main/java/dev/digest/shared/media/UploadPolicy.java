package dev.digest.shared.media;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which uploads are accepted: an allow list of real types and a size limit. Every consumer of
 * uploads applies the same policy, so none processes a file another has rejected.
 *
 * @param allowed the real types that are accepted
 * @param maxBytes the largest accepted upload
 */
public record UploadPolicy(Set<FileType> allowed, long maxBytes) {
  /** The default allow list, as ids. */
  public static final String DEFAULT_ALLOWED = "jpeg,png,gif,webp,tiff,bmp,heic,heif,mp4,mov,pdf";

  /** The default size limit: 100 MiB. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /** Copies the allow list. */
  public UploadPolicy {
    allowed = Set.copyOf(allowed);
  }

  /** Reads {@code ALLOWED_TYPES} (comma-separated ids) and {@code MAX_UPLOAD_BYTES}. */
  public static UploadPolicy fromEnv(Env env) {
    String ids = env.get("ALLOWED_TYPES", DEFAULT_ALLOWED);
    Set<FileType> allowed = EnumSet.noneOf(FileType.class);
    try {
      Arrays.stream(ids.split(","))
          .filter(s -> !s.isBlank())
          .map(FileType::fromId)
          .forEach(allowed::add);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("Environment variable ALLOWED_TYPES: " + e.getMessage());
    }
    if (allowed.isEmpty()) {
      throw new ConfigurationException("Environment variable ALLOWED_TYPES names no type");
    }
    return new UploadPolicy(
        allowed, env.getLong("MAX_UPLOAD_BYTES", DEFAULT_MAX_BYTES, 1, Long.MAX_VALUE));
  }

  /**
   * Judges one upload.
   *
   * @param head the first bytes of the file, at least {@link FileTypes#HEAD_BYTES} when it has them
   * @param size the file's size in bytes
   * @param key the object key, whose extension is what the uploader claims
   * @param contentType the declared Content-Type, or null
   */
  public Verdict check(byte[] head, long size, String key, String contentType) {
    FileType detected = size == 0 ? FileType.EMPTY : FileTypes.detect(head);
    Optional<FileType> byName = FileType.fromKey(key);
    Optional<FileType> byHeader = FileType.fromContentType(contentType);
    boolean mismatch =
        byName.map(t -> t != detected).orElse(false)
            || byHeader.map(t -> t != detected).orElse(false);
    String reason = null;
    String message = null;
    if (detected == FileType.EMPTY) {
      reason = "empty";
      message = "The upload is empty (0 bytes)";
    } else if (size > maxBytes) {
      reason = "too-large";
      message = "The upload is " + size + " bytes, over the limit of " + maxBytes + " bytes";
    } else if (!allowed.contains(detected)) {
      boolean disguised = byName.filter(allowed::contains).isPresent();
      reason = disguised ? "disguised" : "type-not-allowed";
      message =
          "The content is "
              + detected.description()
              + (disguised ? " but the name claims " + byName.get().description() : "")
              + "; allowed: "
              + allowed.stream().map(FileType::id).sorted().collect(Collectors.joining(", "));
    }
    return new Verdict(
        detected,
        byName.orElse(null),
        byHeader.orElse(null),
        mismatch,
        reason == null,
        reason,
        message);
  }

  /**
   * The judgement on one upload.
   *
   * @param detected the real type, from the bytes
   * @param byName the type the key's extension claims, or null
   * @param byContentType the type the declared Content-Type claims, or null
   * @param mismatch whether a claim disagrees with the bytes
   * @param accepted whether the upload may be processed
   * @param reason a stable code when rejected ({@code empty}, {@code too-large}, {@code disguised},
   *     {@code type-not-allowed}), else null
   * @param message a sentence naming the problem when rejected, else null
   */
  public record Verdict(
      FileType detected,
      FileType byName,
      FileType byContentType,
      boolean mismatch,
      boolean accepted,
      String reason,
      String message) {}
}
