package dev.digest.pdftext;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

/** Captures the messages the function sends to its queue. */
final class FakeSqs implements SqsClient {
  final List<SendMessageRequest> sent = new ArrayList<>();

  @Override
  public SendMessageResponse sendMessage(SendMessageRequest request) {
    sent.add(request);
    return SendMessageResponse.builder().messageId("m-" + sent.size()).build();
  }

  /** Removes and returns the bodies sent so far. */
  List<String> drain() {
    List<String> bodies = sent.stream().map(SendMessageRequest::messageBody).toList();
    sent.clear();
    return bodies;
  }

  @Override
  public String serviceName() {
    return "sqs";
  }

  @Override
  public void close() {}
}
