package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The fixed stack name, account and region the local stack pretends to be, so that names built with
 * {@code !Sub} come out the same on every run and every machine.
 *
 * @param stackName the value of {@code AWS::StackName}
 * @param accountId the value of {@code AWS::AccountId}
 * @param region the value of {@code AWS::Region}
 */
record LocalAccount(String stackName, String accountId, String region) {
  /** The account every local run uses. */
  static final LocalAccount DEFAULT = new LocalAccount("local", "000000000000", "us-east-1");

  /** The value of a pseudo parameter such as {@code AWS::Region}, or null for any other name. */
  JsonNode pseudoParameter(String name) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (name) {
      case "AWS::StackName" -> nodes.textNode(stackName);
      case "AWS::AccountId" -> nodes.textNode(accountId);
      case "AWS::Region" -> nodes.textNode(region);
      case "AWS::Partition" -> nodes.textNode("aws");
      case "AWS::URLSuffix" -> nodes.textNode("amazonaws.com");
      case "AWS::StackId" ->
          nodes.textNode(
              "arn:aws:cloudformation:"
                  + region
                  + ":"
                  + accountId
                  + ":stack/"
                  + stackName
                  + "/00000000-0000-0000-0000-000000000000");
      case "AWS::NotificationARNs" -> nodes.arrayNode();
      default -> null;
    };
  }

  /** The ARN of a queue with this name. */
  String queueArn(String queueName) {
    return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
  }

  /** The ARN of a function with this name. */
  String functionArn(String functionName) {
    return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
  }
}
