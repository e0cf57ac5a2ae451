"""Writes the reference package's scores for the Java port's tests and prints its tweet figures.

Called by scripts/vader-reference. Outputs, under shared/src/test/resources/dev/digest/shared/sentiment/:
  vader-reference.jsonl        one JSON object per sentence: text and unrounded compound/pos/neg/neu
  vader-reference-tweets.tsv   tweet id and unrounded compound for all 4,200 tweets
"""

import json
import sys
import time
from pathlib import Path

import vaderSentiment
from vaderSentiment import vaderSentiment as vs_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = Path(sys.argv[1])
RES = ROOT / "shared/src/test/resources/dev/digest/shared/sentiment"

# The package's own demo sentences (examples and "tricky" sentences from vaderSentiment.py).
DEMO = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as \U0001F498 and \U0001F48B and \U0001F601",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "Without a doubt, excellent idea.",
    "Roger Dodger is one of the most compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.",
    "Without a doubt, an excellent idea.",
]

# Edge cases of the port: tokenising, emoji placement, rules that interact, quirks kept on purpose.
EDGE = [
    "",
    "   \t\n ",
    "good",
    "GOOD",
    "This is GOOD",
    "no good",
    "no",
    "there is no way this is bad",
    "not good or bad, no or nor happy",
    "it is kind of good",
    "I sort of like it",
    "he is the least happy",
    "at least he is happy",
    "very least happy",
    "never so happy",
    "never this sad",
    "it was not very good",
    "It isn't that great??",
    "Great??? Really????",
    "good!!!!!!",
    "good but bad but good",
    "good good but good good",
    "happy sad but happy",
    "great \U0001F601\U0001F601 and\U0001F622today",
    "\U0001F602",
    "I love it \u2764\ufe0f",
    "\U0001F44D\U0001F3FD nice",
    "nice\u00a0work and\u2003great",
    "'good' \"great\" (awful) -- ok!",
    "that is the bomb, to die for, yeah right",
    "kiss of death for the bus stop",
    "Caf\u00e9 GR\u00c9AT \u00e9l\u00e8ve",
    ":-) :( <3 </3 :D",
    "uh-uh not happy, nope, without joy, despite success",
    "I don't like it; I didnt hate it; cant complain",
    # The reference reweights around "but" by each value's first position (list.index): here
    # "ez" (1.5) after "but" equals the halved "lyb" (3.0) before it, so "lyb" is halved twice.
    "lyb but ez",
]

analyzer = SentimentIntensityAnalyzer()


def raw_scores(text):
    """Scores without the package's final rounding (it looks up round() in its module globals)."""
    vs_module.round = lambda x, n=None: x
    try:
        return analyzer.polarity_scores(text)
    finally:
        del vs_module.round


def read_tweets():
    tweets = []
    for line in (RES / "tweets_GroundTruth.txt").read_text(encoding="utf-8").split("\n"):
        if line:
            tweet_id, rating, text = line.split("\t", 2)
            tweets.append((tweet_id, float(rating), text))
    return tweets


def truth_class(rating):
    return "pos" if rating > 0.05 else "neg" if rating < -0.05 else "neu"


def predicted_class(compound):
    return "pos" if compound >= 0.05 else "neg" if compound <= -0.05 else "neu"


def report(name, pairs, labels):
    """Accuracy and macro/weighted F1 over labels; a prediction outside labels only costs recall."""
    correct = sum(1 for t, p in pairs if t == p)
    f1s, supports = [], []
    for label in labels:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        fp = sum(1 for t, p in pairs if t != label and p == label)
        fn = sum(1 for t, p in pairs if t == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        supports.append(tp + fn)
    macro = sum(f1s) / len(f1s)
    weighted = sum(f * s for f, s in zip(f1s, supports)) / sum(supports)
    print(f"{name}: n={len(pairs)} accuracy={correct / len(pairs):.4f} "
          f"macroF1={macro:.4f} weightedF1={weighted:.4f} "
          + " ".join(f"F1[{l}]={f:.4f}" for l, f in zip(labels, f1s)))


def main():
    tweets = read_tweets()
    sentences = DEMO + EDGE + [text for _, _, text in tweets[:50]]
    with open(RES / "vader-reference.jsonl", "w", encoding="utf-8", newline="\n") as out:
        for text in sentences:
            s = raw_scores(text)
            out.write(json.dumps({"text": text, "compound": s["compound"], "pos": s["pos"],
                                  "neg": s["neg"], "neu": s["neu"]}, ensure_ascii=False) + "\n")
    with open(RES / "vader-reference-tweets.tsv", "w", encoding="utf-8", newline="\n") as out:
        for tweet_id, _, text in tweets:
            out.write(f"{tweet_id}\t{raw_scores(text)['compound']!r}\n")

    # Figures of the package as published (its compound is rounded to 4 places).
    pairs = [(truth_class(r), predicted_class(analyzer.polarity_scores(t)["compound"]))
             for _, r, t in tweets]
    print(f"vaderSentiment {vaderSentiment.__version__ if hasattr(vaderSentiment, '__version__') else '3.3.2'}"
          f" on {len(tweets)} tweets (truth: rating > 0.05 pos, < -0.05 neg; "
          "prediction: compound >= 0.05 pos, <= -0.05 neg)")
    report("3-class", pairs, ["pos", "neg", "neu"])
    report("2-class", [(t, p) for t, p in pairs if t != "neu"], ["pos", "neg"])
    start = time.perf_counter()
    for _ in range(3):
        for _, _, text in tweets:
            analyzer.polarity_scores(text)
    print(f"Throughput: {3 * len(tweets) / (time.perf_counter() - start):.0f} tweets/s on one thread")


if __name__ == "__main__":
    main()
