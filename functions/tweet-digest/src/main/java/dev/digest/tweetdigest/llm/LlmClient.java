package dev.digest.tweetdigest.llm;

/**
 * A model that answers a prompt with JSON of a given shape, so Gemini and Bedrock are swappable.
 */
public interface LlmClient {

  /**
   * The model's answer to one prompt, as JSON text that the caller still validates.
   *
   * @param system the instructions
   * @param prompt the task and its data
   * @param schema the shape the answer must have
   * @throws LlmException when no usable answer came back
   */
  String generateJson(String system, String prompt, JsonSchema schema);

  /** How many requests this client has sent to the model, retries included. */
  long calls();

  /** The provider's name for logs and notices: {@code gemini}, {@code bedrock} or {@code none}. */
  String name();
}
