package dev.digest.tweetdigest.llm;

import dev.digest.tweetdigest.Summariser;
import dev.digest.tweetdigest.model.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a category with its most central sentences, deterministically and without I/O, so a
 * category keeps a summary when the model fails.
 *
 * <p>A sentence scores the number of posts that share each of its content words, divided by the
 * square root of its word count (so long sentences do not win by length), times {@code 1 + log10(1
 * + engagement)} of its post. The top three sentences, at most one per post and no near duplicates,
 * make the summary, best first.
 */
public final class ExtractiveSummariser implements Summariser {
  /** The summary source this class writes. */
  public static final String SOURCE = "extractive";

  private static final int MAX_SENTENCES = 3;
  private static final int MIN_WORDS = 4;
  private static final int MAX_SENTENCE_CHARS = 280;
  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "and", "for", "that", "this", "with", "are", "was", "you", "your", "our", "its",
          "has", "have", "from", "but", "not", "all", "can", "will", "just", "now", "out", "new",
          "they", "their", "what", "about", "how", "more", "than", "into", "who", "been", "were");

  @Override
  public Summary summarise(String category, List<Post> posts) {
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Integer> frequency = new HashMap<>();
    for (int p = 0; p < posts.size(); p++) {
      Post post = posts.get(p);
      List<String> sentences = Sentences.of(clean(post.text()));
      Set<String> postWords = new HashSet<>();
      for (int s = 0; s < sentences.size(); s++) {
        String sentence = sentences.get(s);
        Set<String> words = words(sentence);
        postWords.addAll(words);
        if (sentence.split("\\s+").length >= MIN_WORDS && sentence.length() <= MAX_SENTENCE_CHARS) {
          candidates.add(new Candidate(p, s, sentence, words, post.metrics().engagement()));
        }
      }
      postWords.forEach(word -> frequency.merge(word, 1, Integer::sum));
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score(frequency))
            .thenComparingInt(Candidate::post)
            .thenComparingInt(Candidate::index));
    List<Candidate> chosen = new ArrayList<>();
    Set<Integer> usedPosts = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (chosen.size() == MAX_SENTENCES) {
        break;
      }
      if (!usedPosts.contains(candidate.post())
          && chosen.stream().noneMatch(c -> similar(c.words(), candidate.words()))) {
        chosen.add(candidate);
        usedPosts.add(candidate.post());
      }
    }
    if (chosen.isEmpty()) {
      return new Summary(
          posts.size() + (posts.size() == 1 ? " post" : " posts") + " in " + category + ".",
          SOURCE);
    }
    return new Summary(
        String.join(" ", chosen.stream().map(c -> terminated(c.text())).toList()), SOURCE);
  }

  private static String clean(String text) {
    return text.replaceAll("https?://\\S+", " ")
        .replaceAll("(^|\\s)[@#](\\w+)", "$1$2")
        .replaceAll("[\\p{So}\\p{Cn}]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Set<String> words(String sentence) {
    Set<String> words = new HashSet<>();
    for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / (a.size() + b.size() - shared) > 0.6;
  }

  private static String terminated(String sentence) {
    char last = sentence.charAt(sentence.length() - 1);
    return last == '.' || last == '!' || last == '?' ? sentence : sentence + ".";
  }

  private record Candidate(int post, int index, String text, Set<String> words, long engagement) {
    double score(Map<String, Integer> frequency) {
      if (words.isEmpty()) {
        return 0;
      }
      double shared = 0;
      for (String word : words) {
        shared += frequency.getOrDefault(word, 0);
      }
      return shared / Math.sqrt(words.size()) * (1 + Math.log10(1 + Math.max(0, engagement)));
    }
  }
}
