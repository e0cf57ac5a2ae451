package dev.digest.sentiment;

import ai.djl.translate.TranslateException;
import java.util.List;

/** The model as the service sees it: {@link SentimentModel}, or a fake in tests. */
interface Classifier {

  /** Each text's verdict, in order, in one batched call. */
  List<Sentiment> classify(List<String> texts) throws TranslateException;

  /** Labels in logit order. */
  List<String> labels();

  /** Names the model in responses. */
  String id();

  static Classifier of(SentimentModel model) {
    String source = model.config().source();
    String id = source.isBlank() ? "unnamed" : source;
    return new Classifier() {
      @Override
      public List<Sentiment> classify(List<String> texts) throws TranslateException {
        return model.classify(texts);
      }

      @Override
      public List<String> labels() {
        return model.labels();
      }

      @Override
      public String id() {
        return id;
      }
    };
  }
}
