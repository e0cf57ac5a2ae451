package dev.digest.pdftext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** An in-memory S3 for unit tests: only the calls the function makes. */
final class FakeS3 implements S3Client {
  /** One stored object. */
  record Stored(byte[] bytes, String contentType, Map<String, String> metadata, String eTag) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final Map<String, Stored> objects = new TreeMap<>();
  private RuntimeException failGets;

  /** CopyObject calls so far. */
  int copies;

  void put(String bucket, String key, byte[] bytes) {
    objects.put(bucket + "/" + key, new Stored(bytes, null, Map.of(), md5(bytes)));
  }

  void remove(String bucket, String key) {
    objects.remove(bucket + "/" + key);
  }

  Stored get(String bucket, String key) {
    return objects.get(bucket + "/" + key);
  }

  /** Keys in one bucket, sorted. */
  List<String> keys(String bucket) {
    return objects.keySet().stream()
        .filter(k -> k.startsWith(bucket + "/"))
        .map(k -> k.substring(bucket.length() + 1))
        .toList();
  }

  /** Makes every GetObject fail, as S3 might. */
  void failGets(RuntimeException failure) {
    this.failGets = failure;
  }

  @Override
  public <T> T getObject(
      GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
    if (failGets != null) {
      throw failGets;
    }
    Stored stored = require(request.bucket(), request.key());
    GetObjectResponse response =
        GetObjectResponse.builder()
            .eTag("\"" + stored.eTag() + "\"")
            .contentLength((long) stored.bytes().length)
            .contentType(stored.contentType())
            .metadata(stored.metadata())
            .build();
    try {
      InputStream in = new ByteArrayInputStream(stored.bytes());
      return transformer.transform(response, AbortableInputStream.create(in));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
    return getObject(request, ResponseTransformer.toInputStream());
  }

  @Override
  public HeadObjectResponse headObject(HeadObjectRequest request) {
    Stored stored = require(request.bucket(), request.key());
    return HeadObjectResponse.builder()
        .eTag("\"" + stored.eTag() + "\"")
        .contentLength((long) stored.bytes().length)
        .metadata(stored.metadata())
        .build();
  }

  @Override
  public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
    checkKey(request.key());
    int metadataBytes = 0;
    for (Map.Entry<String, String> e : request.metadata().entrySet()) {
      metadataBytes +=
          e.getKey().getBytes(StandardCharsets.UTF_8).length
              + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (metadataBytes > 2048) {
      throw S3Exception.builder()
          .statusCode(400)
          .message("MetadataTooLarge: " + metadataBytes + " bytes of user metadata")
          .build();
    }
    byte[] bytes;
    try (InputStream in = body.contentStreamProvider().newStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String eTag = md5(bytes);
    objects.put(
        request.bucket() + "/" + request.key(),
        new Stored(bytes, request.contentType(), Map.copyOf(request.metadata()), eTag));
    return PutObjectResponse.builder().eTag("\"" + eTag + "\"").build();
  }

  @Override
  public CopyObjectResponse copyObject(CopyObjectRequest request) {
    checkKey(request.destinationKey());
    Stored stored = require(request.sourceBucket(), request.sourceKey());
    objects.put(request.destinationBucket() + "/" + request.destinationKey(), stored);
    copies++;
    return CopyObjectResponse.builder().build();
  }

  @Override
  public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
    List<S3Object> contents = new ArrayList<>();
    String prefix = request.prefix() == null ? "" : request.prefix();
    for (String key : keys(request.bucket())) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      // With a delimiter, S3 rolls deeper keys up into common prefixes instead of listing them.
      if (request.delimiter() != null && key.indexOf(request.delimiter(), prefix.length()) >= 0) {
        continue;
      }
      contents.add(S3Object.builder().key(key).build());
    }
    return ListObjectsV2Response.builder()
        .contents(contents)
        .keyCount(contents.size())
        .isTruncated(false)
        .build();
  }

  @Override
  public DeleteObjectsResponse deleteObjects(DeleteObjectsRequest request) {
    request.delete().objects().forEach(o -> objects.remove(request.bucket() + "/" + o.key()));
    return DeleteObjectsResponse.builder().build();
  }

  @Override
  public String serviceName() {
    return "s3";
  }

  @Override
  public void close() {}

  /** S3 refuses keys longer than 1,024 UTF-8 bytes. */
  private static void checkKey(String key) {
    if (key.getBytes(StandardCharsets.UTF_8).length > 1024) {
      throw S3Exception.builder().statusCode(400).message("KeyTooLongError: " + key).build();
    }
  }

  private Stored require(String bucket, String key) {
    Stored stored = objects.get(bucket + "/" + key);
    if (stored == null) {
      throw (S3Exception)
          NoSuchKeyException.builder().statusCode(404).message("No such key " + key).build();
    }
    return stored;
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
