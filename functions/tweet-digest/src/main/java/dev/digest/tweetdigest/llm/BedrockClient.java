package dev.digest.tweetdigest.llm;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.json.Json;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;

/**
 * Amazon Bedrock's Converse call with one tool whose input schema is the answer's shape, forced by
 * {@code toolChoice}, so any Converse model with tool use answers in structured JSON; the SDK owns
 * the retries of throttling and 5xx.
 */
public final class BedrockClient implements LlmClient {
  /** The tool the model must call; its input is the answer. */
  static final String TOOL = "answer";

  private static final int MAX_TOKENS = 8192;

  private final BedrockRuntimeClient bedrock;
  private final String modelId;
  private final AtomicLong calls;

  private BedrockClient(BedrockRuntimeClient bedrock, String modelId, AtomicLong calls) {
    this.bedrock = bedrock;
    this.modelId = modelId;
    this.calls = calls;
  }

  /**
   * A client built through {@link AwsClients}, so {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} can aim
   * it at an emulator; {@code maxAttempts} and the timeout come from the configuration.
   */
  public static BedrockClient create(LlmConfig config, AwsClients aws) {
    AtomicLong calls = new AtomicLong();
    BedrockRuntimeClientBuilder builder =
        aws.configure(BedrockRuntimeClient.builder(), "BEDROCK_RUNTIME");
    builder.overrideConfiguration(
        builder.overrideConfiguration().toBuilder()
            .apiCallAttemptTimeout(config.timeout())
            .retryStrategy(
                AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .maxAttempts(config.maxAttempts())
                    .build())
            .addExecutionInterceptor(new AttemptCounter(calls))
            .build());
    return new BedrockClient(builder.build(), config.bedrockModelId(), calls);
  }

  @Override
  public String generateJson(String system, String prompt, JsonSchema schema) {
    ConverseResponse response;
    try {
      response =
          bedrock.converse(
              request ->
                  request
                      .modelId(modelId)
                      .system(s -> s.text(system + "\nAnswer only by calling the tool " + TOOL))
                      .messages(
                          m -> m.role(ConversationRole.USER).content(ContentBlock.fromText(prompt)))
                      .inferenceConfig(i -> i.temperature(0f).maxTokens(MAX_TOKENS))
                      .toolConfig(
                          tools ->
                              tools
                                  .tools(
                                      tool ->
                                          tool.toolSpec(
                                              spec ->
                                                  spec.name(TOOL)
                                                      .description("Returns the answer")
                                                      .inputSchema(
                                                          ToolInputSchema.fromJson(
                                                              Documents.of(schema.node())))))
                                  .toolChoice(ToolChoice.fromTool(t -> t.name(TOOL)))));
    } catch (SdkException e) {
      throw new LlmException("Bedrock Converse failed: " + e.getMessage(), false, e);
    }
    StopReason stop = response.stopReason();
    if (stop != StopReason.TOOL_USE && stop != StopReason.END_TURN) {
      throw new LlmException("Bedrock stopped early: " + response.stopReasonAsString(), false);
    }
    StringBuilder text = new StringBuilder();
    for (ContentBlock block : response.output().message().content()) {
      if (block.toolUse() != null && TOOL.equals(block.toolUse().name())) {
        return Json.write(Documents.toJson(block.toolUse().input()));
      }
      if (block.text() != null) {
        text.append(block.text());
      }
    }
    String answer = stripFence(text.toString().strip());
    if (answer.isEmpty()) {
      throw new LlmException("Bedrock's answer has neither the tool call nor text", false);
    }
    return answer;
  }

  @Override
  public long calls() {
    return calls.get();
  }

  @Override
  public String name() {
    return "bedrock";
  }

  private static String stripFence(String text) {
    if (text.startsWith("```")) {
      int start = text.indexOf('\n');
      int end = text.lastIndexOf("```");
      if (start >= 0 && end > start) {
        return text.substring(start + 1, end).strip();
      }
    }
    return text;
  }

  /** Counts each HTTP attempt, the SDK's retries included. */
  private static final class AttemptCounter implements ExecutionInterceptor {
    private final AtomicLong calls;

    AttemptCounter(AtomicLong calls) {
      this.calls = calls;
    }

    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
      calls.incrementAndGet();
    }
  }
}
