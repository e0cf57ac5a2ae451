"""Tiny random-weight DistilBERT sentiment classifier for tests (no network, seeded).

Architecture and file set are those of a real export (see sentiment_export.py); only the sizes
(2 layers, 32 dims, ~1,000-token vocabulary, 64 positions) and the weights are made up, so its
labels mean nothing. The vocabulary is an embedded word list plus characters, so the WordPiece
tokenizer is built offline.
"""
import argparse
import string

import torch
from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import WordPiece
from transformers import DistilBertConfig, DistilBertForSequenceClassification

import sentiment_export

SEED = 1234
MAX_LENGTH = 64  # max_position_embeddings; the tokenizer truncates to it
ID2LABEL = {0: "negative", 1: "positive"}
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = """
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours out over own same she should so some
such than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
good great excellent amazing awesome wonderful fantastic love loved loving like liked best better nice
happy glad pleasant perfect brilliant superb enjoy enjoyed fun beautiful recommend recommended fine
bad terrible awful horrible worst worse hate hated boring poor sad disappointing disappointed waste
broken useless slow ugly annoying angry problem problems fail failed failure refund never rude
movie film book product service food place price quality delivery experience time day staff support
app phone order item story acting plot music ending people work works worked working use used buy
bought again really quite totally absolutely completely thing things lot much many little well still
""".split()


def build_tokenizer() -> Tokenizer:
    letters = string.ascii_lowercase + string.digits
    vocab_list = list(SPECIALS)
    vocab_list += list(letters + string.punctuation)  # word-initial single characters
    vocab_list += ["##" + c for c in letters]  # continuation characters
    vocab_list += ["##" + a + b for a in string.ascii_lowercase for b in string.ascii_lowercase]
    for token in sorted(set(WORDS)) + ["##" + s for s in ["s", "ed", "ing", "ly", "er", "est", "ness", "ful", "less"]]:
        if token not in vocab_list:
            vocab_list.append(token)
    return bert_wordpiece(vocab_list, MAX_LENGTH)


def bert_wordpiece(vocab_list: list, max_length: int) -> Tokenizer:
    """An uncased BERT WordPiece tokenizer over vocab_list, as the export writes it."""
    vocab = {token: i for i, token in enumerate(vocab_list)}
    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    tok.decoder = decoders.WordPiece(prefix="##")
    return sentiment_export.prepare_tokenizer(tok, max_length, "[PAD]")


def build_model(vocab_size: int) -> DistilBertForSequenceClassification:
    torch.manual_seed(SEED)
    cfg = DistilBertConfig(
        vocab_size=vocab_size, max_position_embeddings=MAX_LENGTH, sinusoidal_pos_embds=False,
        n_layers=2, n_heads=2, dim=32, hidden_dim=64, dropout=0.0, attention_dropout=0.0,
        seq_classif_dropout=0.0, num_labels=len(ID2LABEL), pad_token_id=0,
        id2label=ID2LABEL, label2id={v: k for k, v in ID2LABEL.items()},
        torchscript=True,  # tuples out, as jit.trace needs
        attn_implementation="eager",  # SDPA takes a data-dependent mask shortcut a trace would freeze
    )
    model = DistilBertForSequenceClassification(cfg)
    # The default init (std 0.02) gives near-identical logits for every text; widen it so tests
    # can tell texts, paddings and label maps apart.
    with torch.no_grad():
        for p in model.parameters():
            if p.dim() > 1:
                p.normal_(0.0, 0.3)
    return model.eval()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", help="output directory")
    ap.add_argument("--no-onnx", action="store_true", help="skip model.onnx")
    args = ap.parse_args()
    torch.set_num_threads(1)
    tok = build_tokenizer()
    model = build_model(tok.get_vocab_size())
    sentiment_export.write_model_dir(
        args.out, model, tok, model.config.id2label, MAX_LENGTH,
        source=f"scripts/make-tiny-model: random DistilBERT, seed {SEED}, not a real classifier",
        onnx=not args.no_onnx)


if __name__ == "__main__":
    main()
