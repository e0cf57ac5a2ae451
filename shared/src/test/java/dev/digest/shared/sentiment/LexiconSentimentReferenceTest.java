package dev.digest.shared.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with the reference package vaderSentiment 3.3.2, whose unrounded scores
 * scripts/vader-reference wrote into the test resources.
 */
class LexiconSentimentReferenceTest {
  /** The brief allows 1e-3; the port is exact up to floating-point summation. */
  private static final double TOLERANCE = 1e-9;

  private static final LexiconSentiment VADER = LexiconSentiment.standard();

  static Stream<JsonNode> references() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Tweets.lines("vader-reference.jsonl")) {
      nodes.add(json.readTree(line));
    }
    return nodes.stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void analyse_referenceSentence_matchesThePythonPackage(JsonNode expected) {
    Scores actual = VADER.analyse(expected.get("text").asText());
    assertThat(actual.compound()).isCloseTo(expected.get("compound").asDouble(), within(TOLERANCE));
    assertThat(actual.positive()).isCloseTo(expected.get("pos").asDouble(), within(TOLERANCE));
    assertThat(actual.negative()).isCloseTo(expected.get("neg").asDouble(), within(TOLERANCE));
    assertThat(actual.neutral()).isCloseTo(expected.get("neu").asDouble(), within(TOLERANCE));
  }

  @Test
  void references_coverDemoEdgeCasesAndTheFirstFiftyTweets() throws Exception {
    assertThat(references().count()).isGreaterThanOrEqualTo(110);
  }

  @Test
  void analyse_all4200Tweets_matchThePythonPackage() {
    Map<String, Double> expected = new HashMap<>();
    for (String line : Tweets.lines("vader-reference-tweets.tsv")) {
      String[] f = line.split("\t");
      expected.put(f[0], Double.parseDouble(f[1]));
    }
    List<String> mismatches = new ArrayList<>();
    double maxDiff = 0;
    List<Tweets.Tweet> tweets = Tweets.load().all();
    for (Tweets.Tweet t : tweets) {
      double diff = Math.abs(VADER.analyse(t.text()).compound() - expected.get(t.id()));
      maxDiff = Math.max(maxDiff, diff);
      if (diff > TOLERANCE) {
        mismatches.add(t.id() + " (" + diff + "): " + t.text());
      }
    }
    System.out.printf("Reference agreement: %d tweets, max |diff| %.3g%n", tweets.size(), maxDiff);
    assertThat(expected).hasSize(4200);
    assertThat(mismatches).isEmpty();
  }
}
