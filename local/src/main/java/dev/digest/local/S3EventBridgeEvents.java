package dev.digest.local;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the "Object Created" events S3 sends to EventBridge, field for field, so functions parse
 * locally exactly what they parse in AWS, URL-encoded keys included.
 */
final class S3EventBridgeEvents {
  private static final AtomicLong SEQUENCER = new AtomicLong(System.currentTimeMillis() << 16);

  private S3EventBridgeEvents() {}

  /**
   * The event for a completed PutObject.
   *
   * @param account the account and region the event claims
   * @param bucket the bucket name
   * @param key the object key as stored (it is URL-encoded in the event)
   * @param size the object size in bytes
   * @param eTag the ETag without quotes
   * @param time when the object was created
   */
  static ObjectNode objectCreated(
      LocalAccount account, String bucket, String key, long size, String eTag, Instant time) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode event = nodes.objectNode();
    event.put("version", "0");
    event.put("id", UUID.randomUUID().toString());
    event.put("detail-type", "Object Created");
    event.put("source", "aws.s3");
    event.put("account", account.accountId());
    event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", account.region());
    event.putArray("resources").add("arn:aws:s3:::" + bucket);
    ObjectNode detail = event.putObject("detail");
    detail.put("version", "0");
    detail.putObject("bucket").put("name", bucket);
    ObjectNode object = detail.putObject("object");
    object.put("key", encodeKey(key));
    object.put("size", size);
    object.put("etag", eTag);
    object.put("sequencer", String.format("%018X", SEQUENCER.incrementAndGet()));
    detail.put("request-id", requestId());
    detail.put("requester", account.accountId());
    detail.put("source-ip-address", "127.0.0.1");
    detail.put("reason", "PutObject");
    return event;
  }

  /**
   * Encodes a key the way S3 does in event notifications: HTML form encoding, so a space becomes
   * {@code +}, with the slashes left as they are.
   */
  static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  private static String requestId() {
    byte[] bytes = new byte[8];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
