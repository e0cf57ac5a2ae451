package dev.digest.sentiment;

import ai.djl.translate.TranslateException;
import dev.digest.sentiment.SentimentRequests.Item;
import dev.digest.sentiment.SentimentResponse.Result;
import dev.digest.shared.log.Log;
import dev.digest.shared.sentiment.LexiconSentiment;
import dev.digest.shared.sentiment.Scores;
import dev.digest.shared.sentiment.SentimentResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a request: cleans each valid text with {@link TextCleaner}, classifies them all in one
 * batched model call, and maps the probabilities to positive, negative or neutral. When the model
 * call fails, every text of the request is scored by {@link LexiconSentiment} instead.
 *
 * <p>Model rule (labels must include "positive" and "negative"): with margin = |p(positive) −
 * p(negative)|, the text is neutral when margin &lt; band, with score 1 − margin; otherwise it is
 * the more probable of the two, with that label's probability as score. A model without both labels
 * returns its top label and probability unchanged.
 *
 * <p>Lexicon rule, shared with the function's callers in {@link SentimentResult#lexicon}: compound
 * ≥ 0.05 positive, ≤ −0.05 negative, else neutral; score |compound| for positive and negative, 1 −
 * |compound| for neutral.
 */
public final class SentimentService {

  static final String POSITIVE = "positive";
  static final String NEGATIVE = "negative";
  static final String NEUTRAL = "neutral";

  private static final Log LOG = Log.of(SentimentService.class);

  private final SentimentRequests requests;
  private final Classifier model;
  private final double neutralBand;
  private final LexiconSentiment lexicon = LexiconSentiment.standard();

  SentimentService(SentimentConfig config, Classifier model) {
    this.requests = new SentimentRequests(config.maxTexts(), config.maxTextBytes());
    this.model = model;
    this.neutralBand = config.neutralBand();
  }

  /** Serves the model loaded by the caller (once per execution environment). */
  public SentimentService(SentimentConfig config, SentimentModel model) {
    this(config, Classifier.of(model));
  }

  /** Parses and scores one raw payload; never throws for bad input. */
  public SentimentResponse handle(byte[] payload) {
    List<Item> items;
    try {
      items = requests.parse(payload);
    } catch (BadRequestException e) {
      LOG.info("rejected request", "reason", e.reason());
      return SentimentResponse.failed(e.reason(), e.getMessage());
    }
    return SentimentResponse.of(score(items), model.id());
  }

  List<Result> score(List<Item> items) {
    String[] clean = new String[items.size()];
    List<String> toModel = new ArrayList<>();
    for (int i = 0; i < clean.length; i++) {
      if (items.get(i) instanceof Item.Text text) {
        clean[i] = TextCleaner.clean(text.text());
        if (!clean[i].isEmpty()) {
          toModel.add(clean[i]);
        }
      }
    }
    List<Result> scored = classify(toModel);
    List<Result> results = new ArrayList<>(items.size());
    int next = 0;
    for (int i = 0; i < clean.length; i++) {
      if (items.get(i) instanceof Item.Invalid invalid) {
        results.add(Result.failed(invalid.error()));
      } else if (clean[i].isEmpty()) {
        // Nothing left to read: the lexicon's verdict on no words, neutral with score 1.
        results.add(lexicon(lexicon.analyse("")));
      } else {
        results.add(scored.get(next++));
      }
    }
    return results;
  }

  private List<Result> classify(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<Sentiment> verdicts;
    try {
      verdicts = model.classify(texts);
      if (verdicts.size() != texts.size()) {
        throw new IllegalStateException(
            "model returned " + verdicts.size() + " results for " + texts.size() + " texts");
      }
    } catch (TranslateException | RuntimeException e) {
      LOG.error("model failed; using the lexicon", e, "texts", texts.size());
      List<Result> results = new ArrayList<>(texts.size());
      for (String text : texts) {
        results.add(lexicon(lexicon.analyse(text)));
      }
      return results;
    }
    List<Result> results = new ArrayList<>(verdicts.size());
    for (Sentiment verdict : verdicts) {
      results.add(fromModel(verdict, model.labels(), neutralBand));
    }
    return results;
  }

  /** The model rule in the class comment. */
  static Result fromModel(Sentiment verdict, List<String> labels, double band) {
    int pos = labels.indexOf(POSITIVE);
    int neg = labels.indexOf(NEGATIVE);
    if (pos < 0 || neg < 0) {
      return Result.scored(verdict.label(), verdict.confidence(), "model");
    }
    double positive = verdict.probabilities().get(pos);
    double negative = verdict.probabilities().get(neg);
    double margin = Math.abs(positive - negative);
    if (margin < band) {
      return Result.scored(NEUTRAL, 1 - margin, "model");
    }
    return positive >= negative
        ? Result.scored(POSITIVE, positive, "model")
        : Result.scored(NEGATIVE, negative, "model");
  }

  /** The lexicon rule in the class comment. */
  static Result lexicon(Scores scores) {
    SentimentResult result = SentimentResult.lexicon(scores);
    return Result.scored(result.sentiment(), result.score(), result.source());
  }
}
