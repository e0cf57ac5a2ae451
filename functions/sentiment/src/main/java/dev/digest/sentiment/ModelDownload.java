package dev.digest.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Copies a model directory from S3 to local disk once, at init, so a model can change without
 * rebuilding the image. Each file lands under a temporary name and is renamed when complete, so an
 * interrupted download never leaves a file that looks whole.
 */
final class ModelDownload {
  private final S3Client s3;

  ModelDownload(S3Client s3) {
    this.s3 = s3;
  }

  /**
   * Downloads the files {@code engine} needs into {@code source.dir()}.
   *
   * @return the directory to load the model from
   * @throws IOException naming the S3 URI of a missing or unreadable file
   */
  Path fetch(ModelSource source, ModelEngine engine) throws IOException {
    Path dir = Files.createDirectories(source.dir());
    for (String file :
        List.of("config.json", "labels.json", "tokenizer.json", engine.modelFile())) {
      Path target = dir.resolve(file);
      Path partial = dir.resolve(file + ".part");
      try (InputStream in =
          s3.getObject(
              b -> b.bucket(source.s3Bucket().orElseThrow()).key(source.s3Prefix() + file))) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      } catch (NoSuchKeyException e) {
        throw new IOException(source.uriOf(file) + " does not exist", e);
      } catch (SdkException e) {
        throw new IOException("cannot download " + source.uriOf(file) + ": " + e.getMessage(), e);
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return dir;
  }
}
