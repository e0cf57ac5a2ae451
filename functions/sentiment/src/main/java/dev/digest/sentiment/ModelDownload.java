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
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Copies a model directory from S3 at init, so a model can change without rebuilding the image;
 * each file is renamed into place only when complete, so a broken download never looks whole.
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
      } catch (S3Exception e) {
        // Without s3:ListBucket, S3 answers a missing object with 403, as for a forbidden one.
        String why = e.statusCode() == 403 ? "access denied, or it does not exist" : e.getMessage();
        throw new IOException("cannot download " + source.uriOf(file) + ": " + why, e);
      } catch (SdkException e) {
        throw new IOException("cannot download " + source.uriOf(file) + ": " + e.getMessage(), e);
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return dir;
  }
}
