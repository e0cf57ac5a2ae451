package dev.digest.sentiment;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * A batch of texts to a batch of logits. The tokenizer truncates each text to the model's maximum
 * length and pads the batch to its longest text; the attention mask hides the padding, so a text's
 * logits do not depend on what it is batched with.
 */
final class SentimentTranslator implements NoBatchifyTranslator<String[], float[][]> {

  private final HuggingFaceTokenizer tokenizer;
  private final int numLabels;

  SentimentTranslator(HuggingFaceTokenizer tokenizer, int numLabels) {
    this.tokenizer = tokenizer;
    this.numLabels = numLabels;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, String[] texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    long[][] ids = new long[encodings.length][];
    long[][] mask = new long[encodings.length][];
    for (int i = 0; i < encodings.length; i++) {
      ids[i] = encodings[i].getIds();
      mask[i] = encodings[i].getAttentionMask();
    }
    NDManager manager = ctx.getNDManager();
    // The order of the traced forward(input_ids, attention_mask).
    return new NDList(manager.create(ids), manager.create(mask));
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList list) {
    NDArray logits = list.get(0);
    Shape shape = logits.getShape();
    if (shape.dimension() != 2 || shape.get(1) != numLabels) {
      throw new IllegalStateException(
          "model returned logits of shape " + shape + ", expected [batch, " + numLabels + "]");
    }
    int batch = (int) shape.get(0);
    float[] flat = logits.toFloatArray();
    float[][] rows = new float[batch][numLabels];
    for (int i = 0; i < batch; i++) {
      System.arraycopy(flat, i * numLabels, rows[i], 0, numLabels);
    }
    return rows;
  }
}
