package dev.digest.sentiment;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentiment classifier loaded once from a model directory, as scripts/make-tiny-model and
 * scripts/export-model write it: {@code model.pt} (TorchScript, forward(input_ids, attention_mask)
 * to logits) or {@code model.onnx} (the same graph, for ONNX Runtime), {@code tokenizer.json},
 * {@code labels.json} and {@code config.json}.
 *
 * <p>Load it once per process (in a Lambda, during init) and reuse it: loading costs the engine
 * start and the model read, a call costs only inference. Calls are serialized; one instance serves
 * one thread at a time.
 */
public final class SentimentModel implements AutoCloseable {

  /** Texts per forward pass unless the caller asks otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 32;

  private final ModelConfig config;
  private final List<String> labels;
  private final int batchSize;
  private final HuggingFaceTokenizer tokenizer;
  private final ZooModel<String[], float[][]> model;
  private final Predictor<String[], float[][]> predictor;

  private SentimentModel(
      ModelConfig config,
      List<String> labels,
      int batchSize,
      HuggingFaceTokenizer tokenizer,
      ZooModel<String[], float[][]> model) {
    this.config = config;
    this.labels = labels;
    this.batchSize = batchSize;
    this.tokenizer = tokenizer;
    this.model = model;
    this.predictor = model.newPredictor();
  }

  /** Loads the TorchScript model in {@code dir} with {@link #DEFAULT_BATCH_SIZE}. */
  public static SentimentModel load(Path dir) throws IOException {
    return load(dir, ModelEngine.PYTORCH, DEFAULT_BATCH_SIZE);
  }

  /** Loads the TorchScript model in {@code dir}, at most {@code batchSize} texts per pass. */
  public static SentimentModel load(Path dir, int batchSize) throws IOException {
    return load(dir, ModelEngine.PYTORCH, batchSize);
  }

  /**
   * Loads the model in {@code dir} with {@code engine}; {@link #classify(List)} runs at most {@code
   * batchSize} texts per forward pass.
   */
  public static SentimentModel load(Path dir, ModelEngine engine, int batchSize)
      throws IOException {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
    }
    ModelRuntime.configure();
    ObjectMapper json = new ObjectMapper();
    ModelConfig config = ModelConfig.read(dir.resolve("config.json"), json);
    List<String> labels = Labels.read(dir.resolve("labels.json"), json, config.numLabels());
    HuggingFaceTokenizer tokenizer =
        HuggingFaceTokenizer.builder()
            .optTokenizerPath(dir.resolve("tokenizer.json"))
            .optAddSpecialTokens(true)
            .optTruncation(true)
            .optMaxLength(config.maxLength())
            .optPadding(true) // to the longest text of the batch
            .build();
    ZooModel<String[], float[][]> model = null;
    try {
      Criteria<String[], float[][]> criteria =
          Criteria.builder()
              .setTypes(String[].class, float[][].class)
              .optModelPath(dir.resolve(engine.modelFile()))
              .optEngine(engine.djlName())
              .optTranslator(new SentimentTranslator(tokenizer, config.numLabels()))
              .build();
      model = criteria.loadModel();
      return new SentimentModel(config, labels, batchSize, tokenizer, model);
    } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
      if (model != null) {
        model.close();
      }
      tokenizer.close();
      throw e instanceof IOException io ? io : new IOException("cannot load " + dir, e);
    }
  }

  /** The model's {@code config.json}. */
  public ModelConfig config() {
    return config;
  }

  /** Labels in logit order, from {@code labels.json}. */
  public List<String> labels() {
    return labels;
  }

  /** One text's sentiment. */
  public Sentiment classify(String text) throws TranslateException {
    return classify(List.of(text)).get(0);
  }

  /** Each text's sentiment, in order; batches of at most the batch size per forward pass. */
  public List<Sentiment> classify(List<String> texts) throws TranslateException {
    float[][] logits = logits(texts);
    List<Sentiment> result = new ArrayList<>(logits.length);
    for (float[] row : logits) {
      result.add(Sentiment.of(row, labels));
    }
    return result;
  }

  /** Raw logits, one row per text, in {@code labels.json} order. */
  synchronized float[][] logits(List<String> texts) throws TranslateException {
    String[] all = texts.toArray(String[]::new);
    float[][] logits = new float[all.length][];
    for (int start = 0; start < all.length; start += batchSize) {
      int end = Math.min(all.length, start + batchSize);
      String[] batch = new String[end - start];
      System.arraycopy(all, start, batch, 0, batch.length);
      float[][] rows = predictor.predict(batch);
      System.arraycopy(rows, 0, logits, start, rows.length);
    }
    return logits;
  }

  /** Token ids as the model sees them: truncated, and padded to the longest text. */
  synchronized long[][] tokenIds(List<String> texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new));
    long[][] ids = new long[encodings.length][];
    for (int i = 0; i < encodings.length; i++) {
      ids[i] = encodings[i].getIds();
    }
    return ids;
  }

  @Override
  public synchronized void close() {
    predictor.close();
    model.close();
    tokenizer.close();
  }
}
