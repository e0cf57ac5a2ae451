"""The Python side of scripts/bench sentiment, and the texts both sides classify.

  texts OUT_FILE COUNT TOKENIZER_JSON      write COUNT post-like texts of 10-40 words, one a line
                                           (seeded), and print their word and token counts
  throughput MODEL_DIR TEXTS BATCH PASSES [OUTPUTS]
                                           classify every text per pass, BATCH texts per forward
                                           pass; print "pass <n> <texts> <seconds>"; after pass 1
                                           write "<label>\t<p0>\t<p1>..." per text to OUTPUTS;
                                           waits for a line on stdin before each pass until stdin
                                           ends (scripts/bench alternates the two sides' passes)
  first MODEL_DIR TEXT                     import torch, load, classify one text, print the result
                                           (the cold start's Python equivalent)

The model runs as dev.digest.sentiment.SentimentModel runs it: torch.jit.load of model.pt, the
same tokenizer.json truncated to config.json's maxLength and padded to the longest text of the
batch, forward(input_ids, attention_mask) under no_grad, the TorchScript graph optimizer off, and
the thread counts ModelRuntime sets: 1 intra-op, 1 inter-op thread.
"""
import json
import os
import random
import sys
import time

START = time.perf_counter()
THREADS = 1  # ai.djl.pytorch.num_threads and num_interop_threads in ModelRuntime

NAMES = ["netflix", "starbucks", "ikea", "spotify", "zalando", "uber", "airbnb", "tesco", "lidl",
         "ryanair", "samsung", "xbox", "playstation", "instagram", "tiktok", "amazon", "deliveroo"]
EMOJI = ["\U0001F60D", "\U0001F621", "\U0001F44D", "\U0001F602", "\U0001F62D", "\u2764\ufe0f", "\U0001F644"]
POSITIVE = ["great", "amazing", "awesome", "excellent", "lovely", "perfect", "fantastic", "superb",
            "delicious", "friendly", "helpful", "fast", "clean", "comfortable", "brilliant", "decent"]
NEGATIVE = ["terrible", "awful", "horrible", "rude", "slow", "broken", "boring", "disappointing",
            "useless", "dirty", "stale", "expensive", "annoying", "confusing", "mediocre", "bland"]
NOUNS = ["movie", "film", "book", "product", "service", "food", "place", "delivery", "staff",
         "support", "app", "phone", "order", "story", "ending", "coffee", "pizza", "burger", "hotel",
         "room", "flight", "driver", "waiter", "update", "battery", "screen", "camera", "laptop",
         "website", "package", "store", "restaurant", "game", "season", "price", "experience"]
ADVERBS = ["really", "so", "pretty", "super", "quite", "totally", "absolutely", "honestly", "very"]
OPENERS = ["just", "honestly", "wow", "ok", "so", "finally", "lol", "omg", "well", "seriously"]
TIMES = ["today", "yesterday", "tonight", "this morning", "last night", "this weekend", "again"]
PEOPLE = ["my friends", "my family", "anyone", "everyone", "my mom", "the kids", "my coworkers"]


def post(rng: random.Random) -> str:
    """One post of 10-40 words: short clauses about a thing, with names, numbers, tags and emoji."""
    target = rng.randint(10, 40)
    adjective = lambda: rng.choice(POSITIVE if rng.random() < 0.5 else NEGATIVE)  # noqa: E731
    noun = lambda: rng.choice(NOUNS) if rng.random() > 0.12 else rng.choice(NAMES)  # noqa: E731
    clauses = [
        lambda: f"the {noun()} was {rng.choice(ADVERBS)} {adjective()}",
        lambda: f"i {rng.choice(['ordered', 'tried', 'bought', 'watched', 'got'])} the {noun()} {rng.choice(TIMES)}",
        lambda: f"{rng.choice(ADVERBS)} {adjective()} {noun()} and the {noun()} was {adjective()} too",
        lambda: f"would {rng.choice(['', 'not '])}recommend this {noun()} to {rng.choice(PEOPLE)}",
        lambda: f"waited {rng.randint(2, 90)} {rng.choice(['minutes', 'hours'])} for the {noun()}",
        lambda: f"{rng.choice(['love', 'hate', 'like'])} how {adjective()} the {noun()} is",
        lambda: f"paid {rng.randint(5, 250)} for a {adjective()} {noun()}",
        lambda: f"{rng.choice(['never', 'always', 'still'])} {rng.choice(['again', 'happy', 'worth it', 'a problem'])}",
        lambda: f"thanks {rng.choice(NAMES)} for the {adjective()} {noun()}",
    ]
    words = []
    if rng.random() < 0.4:
        words.append(rng.choice(OPENERS).capitalize() + ",")
    while len(words) < target:
        sentence = rng.choice(clauses)().split()
        sentence[0] = sentence[0].capitalize()
        sentence[-1] += rng.choice([".", ".", "!", "!!", "?", "..."])
        words += sentence
    words = words[:target]
    if rng.random() < 0.2:
        words[-1] = "#" + rng.choice(NOUNS + NAMES)
    if rng.random() < 0.25:
        words[-1] = rng.choice(EMOJI)
    return " ".join(words)


def texts(out_file, count, tokenizer_json):
    from tokenizers import Tokenizer

    rng = random.Random(2024)
    posts = [post(rng) for _ in range(count)]
    with open(out_file, "w", encoding="utf-8") as f:
        f.writelines(p + "\n" for p in posts)
    tok = Tokenizer.from_file(tokenizer_json)
    tok.no_padding()
    tokens = [len(e.ids) for e in tok.encode_batch(posts)]
    words = [len(p.split()) for p in posts]
    print(f"{count} texts: {min(words)}-{max(words)} words (mean {sum(words) / count:.1f}), "
          f"{min(tokens)}-{max(tokens)} tokens with [CLS] and [SEP] (mean {sum(tokens) / count:.1f})",
          file=sys.stderr)


def load(model_dir):
    import torch
    from tokenizers import Tokenizer

    torch.set_num_threads(THREADS)
    torch.set_num_interop_threads(THREADS)
    torch._C._set_graph_executor_optimize(False)  # ai.djl.pytorch.graph_optimizer=false
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        config = json.load(f)
    with open(os.path.join(model_dir, "labels.json"), encoding="utf-8") as f:
        labels = [v for _, v in sorted((int(k), v) for k, v in json.load(f).items())]
    tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
    tok.enable_truncation(max_length=config["maxLength"])
    if tok.padding is None:  # the export writes padding to the longest text of the batch
        raise SystemExit("tokenizer.json has no padding")
    model = torch.jit.load(os.path.join(model_dir, "model.pt"), map_location="cpu").eval()
    return model, tok, labels


def classify(model, tok, labels, batch_texts):
    import torch

    enc = tok.encode_batch(batch_texts)
    ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)
    with torch.no_grad():  # what DJL's moduleForward does outside training
        logits = model(ids, mask)
    result = []
    for row in torch.softmax(logits.double(), dim=1).tolist():
        best = max(range(len(row)), key=row.__getitem__)
        result.append((labels[best], row[best], row))
    return result


def throughput(model_dir, texts_file, batch, passes, outputs=None):
    model, tok, labels = load(model_dir)
    with open(texts_file, encoding="utf-8") as f:
        posts = f.read().splitlines()
    stepped = True
    for n in range(1, passes + 1):
        stepped = stepped and sys.stdin.readline() != ""
        start = time.perf_counter()
        results = []
        for i in range(0, len(posts), batch):
            results += classify(model, tok, labels, posts[i:i + batch])
        seconds = time.perf_counter() - start
        print(f"pass {n} {len(posts)} {seconds:.4f}", flush=True)
        if n == 1 and outputs:
            with open(outputs, "w", encoding="utf-8") as f:
                for label, _, row in results:
                    f.write(label + "\t" + "\t".join(f"{p:.9f}" for p in row) + "\n")


def first(model_dir, text):
    import torch  # noqa: F401  (timed on its own: most of Python's cold start)
    imported = time.perf_counter()
    model, tok, labels = load(model_dir)
    loaded = time.perf_counter()
    label, confidence, _ = classify(model, tok, labels, [text])[0]
    done = time.perf_counter()
    print(f"result {label} {confidence:.4f} import_ms {(imported - START) * 1000:.0f} "
          f"load_ms {(loaded - imported) * 1000:.0f} classify_ms {(done - loaded) * 1000:.0f}", flush=True)


def main():
    args = sys.argv[1:]
    if args[:1] == ["texts"] and len(args) == 4:
        texts(args[1], int(args[2]), args[3])
    elif args[:1] == ["throughput"] and len(args) in (5, 6):
        throughput(args[1], args[2], int(args[3]), int(args[4]), args[5] if len(args) == 6 else None)
    elif args[:1] == ["first"] and len(args) == 3:
        first(args[1], args[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
