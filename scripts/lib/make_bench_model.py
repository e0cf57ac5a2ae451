"""Full-size random-weight DistilBERT sentiment classifier for scripts/bench sentiment (seeded, offline).

The architecture is distilbert-base-uncased's (6 layers, dim 768, 12 heads, hidden 3072, 30,522-token
vocabulary, 512 positions, 2 labels), so a forward pass costs what the real model's does; the
weights are seeded random numbers, so its labels mean nothing. It goes through the production
export code (sentiment_export.write_model_dir) with a 128-token maxLength.

The WordPiece vocabulary is built offline: make_tiny_model's specials, characters and word list,
more words common in posts, then letter bigrams and trigrams (word-initial and ## continuations)
up to exactly 30,522 tokens. Words in the list are one token; other words split into pieces of
up to three letters.
"""
import argparse
import itertools
import string

import torch
from tokenizers import Tokenizer
from transformers import DistilBertConfig, DistilBertForSequenceClassification

import make_tiny_model
import sentiment_export

SEED = 20240
VOCAB_SIZE = 30522
MAX_POSITIONS = 512
MAX_LENGTH = 128  # what config.json tells the Java side to truncate to
ID2LABEL = {0: "negative", 1: "positive"}

# Words that posts use and make_tiny_model.WORDS lacks; sentiment_bench.py writes its texts from
# these and from make_tiny_model.WORDS (plus a few names that are not in the vocabulary).
MORE_WORDS = """
just got new today yesterday tonight week weekend morning night year years month home back first
last next finally still ever even also maybe probably definitely actually literally honestly
seriously pretty super kind sort anyone everyone someone nobody everything nothing something
think thought know knew feel felt want wanted need needed try tried trying make made get getting
go going went come came see saw watch watched read wait waited waiting call called say said tell
told give gave take took keep kept find found look looking looks show shows help helped ask asked
pay paid arrived arrive ordered order ordering shipped shipping package box customer customers
team manager store shop restaurant hotel room flight airport train bus car city trip vacation
game games team season match player coffee pizza burger lunch dinner breakfast drink drinks price
prices cheap expensive worth value money hours minutes line queue update version battery screen
camera laptop computer internet website account password email message support ticket issue bug
crash crashed crashes fix fixed feature features design easy hard fast quick slow late early
friendly helpful clean dirty fresh cold hot warm tasty delicious bland stale loud quiet comfortable
lovely cute sweet kind rude angry upset mad frustrated frustrating confusing confused disappointed
impressed surprised excited thrilled grateful thankful thanks thank please sorry wow yes yeah okay
ok meh lol omg love hate wish hope miss missed favorite favourite ever forever totally highly
recommend avoid return returned refunded cancelled canceled delayed broke breaks fine decent solid
average mediocre ok overall experience review rating stars five one two three four ten half
hundred friends family kids mom dad wife husband son daughter neighbor guy guys girl people staff
waiter driver doctor nurse teacher boss coworkers
""".split()


def vocabulary() -> list:
    letters = string.ascii_lowercase
    vocab = list(make_tiny_model.SPECIALS)
    vocab += list(letters + string.digits + string.punctuation)
    vocab += ["##" + c for c in letters + string.digits]
    seen = set(vocab)

    def add(tokens):
        for token in tokens:
            if len(vocab) == VOCAB_SIZE:
                return
            if token not in seen:
                seen.add(token)
                vocab.append(token)

    add(sorted(set(make_tiny_model.WORDS) | set(MORE_WORDS)))
    add("##" + s for s in ["s", "ed", "ing", "ly", "er", "est", "ness", "ful", "less"])
    add("".join(p) for p in itertools.product(letters, repeat=2))
    add("##" + "".join(p) for p in itertools.product(letters, repeat=2))
    # Trigrams alternately word-initial and continuation, so both kinds reach every letter.
    for first, cont in zip(itertools.product(letters, repeat=3), itertools.product(letters, repeat=3)):
        add(["".join(first), "##" + "".join(cont)])
    if len(vocab) != VOCAB_SIZE:
        raise SystemExit(f"vocabulary has {len(vocab)} tokens, expected {VOCAB_SIZE}")
    return vocab


def build_tokenizer() -> Tokenizer:
    return make_tiny_model.bert_wordpiece(vocabulary(), MAX_LENGTH)


def build_model() -> DistilBertForSequenceClassification:
    torch.manual_seed(SEED)
    cfg = DistilBertConfig(  # distilbert-base-uncased, as a 2-label classifier
        vocab_size=VOCAB_SIZE, max_position_embeddings=MAX_POSITIONS, sinusoidal_pos_embds=False,
        n_layers=6, n_heads=12, dim=768, hidden_dim=3072, activation="gelu",
        dropout=0.1, attention_dropout=0.1, seq_classif_dropout=0.2,
        num_labels=len(ID2LABEL), pad_token_id=0,
        id2label=ID2LABEL, label2id={v: k for k, v in ID2LABEL.items()},
        torchscript=True, attn_implementation="eager",  # as scripts/lib/export_model.py loads models
    )
    # The library's own initialisation (normal, std 0.02), seeded: a real model's shapes and dtypes.
    return DistilBertForSequenceClassification(cfg).eval()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", help="output directory")
    args = ap.parse_args()
    tok = build_tokenizer()
    model = build_model()
    sentiment_export.write_model_dir(
        args.out, model, tok, model.config.id2label, MAX_LENGTH,
        source=f"scripts/lib/make_bench_model.py: distilbert-base-uncased shape, random weights, "
               f"seed {SEED}, not a real classifier",
        onnx=False)


if __name__ == "__main__":
    main()
