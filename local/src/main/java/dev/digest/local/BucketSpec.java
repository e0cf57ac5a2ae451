package dev.digest.local;

/**
 * A bucket of the template, as the local stack creates it.
 *
 * @param logicalId the template's name for it
 * @param name the bucket name, with {@code !Sub} resolved
 * @param eventBridgeEnabled whether object events go to EventBridge
 */
record BucketSpec(String logicalId, String name, boolean eventBridgeEnabled) {
  /** The bucket's ARN, as S3 puts it in event resources. */
  String arn() {
    return "arn:aws:s3:::" + name;
  }
}
