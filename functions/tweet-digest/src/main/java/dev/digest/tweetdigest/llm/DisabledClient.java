package dev.digest.tweetdigest.llm;

/** The client when no model is configured, so every caller takes its offline path without I/O. */
public final class DisabledClient implements LlmClient {

  @Override
  public String generateJson(String system, String prompt, JsonSchema schema) {
    throw new LlmException("No LLM configured", false);
  }

  @Override
  public long calls() {
    return 0;
  }

  @Override
  public String name() {
    return "none";
  }
}
