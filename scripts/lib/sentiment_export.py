"""Shared export path for the sentiment model directory (used by make-tiny-model and export-model).

A model directory holds exactly what dev.digest.sentiment.SentimentModel loads:

  model.pt        TorchScript (torch.jit.trace): forward(input_ids, attention_mask) -> logits
                  [batch, labels], both inputs int64 [batch, seq]
  tokenizer.json  Hugging Face tokenizers file; the Java side sets truncation and padding itself
  labels.json     {"0": "negative", "1": "positive"}: logit index -> label, lower case, contiguous
  config.json     {"formatVersion": 1, "maxLength": ..., "numLabels": ..., "torchVersion": ..., ...}
  expected.json   sample texts with their token ids and PyTorch eager logits (the test oracle)
  model.onnx      optional, same graph through torch.onnx.export, for a later ONNX Runtime option

Traced models only run under the libtorch they were saved with or newer; DJL 0.36.0 bundles
libtorch 2.7.1, so export with torch 2.7.1 (check_torch_version enforces it).
"""
import json
import os
import re

import torch
from tokenizers import Tokenizer

TORCH_VERSION = "2.7.1"  # must match ai.djl.pytorch:pytorch-native-cpu in the parent pom
FORMAT_VERSION = 1
SAMPLE_TEXTS = [
    "I loved this movie, the acting was superb!",
    "Terrible service and the food was awful.",
    "It arrived on Tuesday; zyxwvut qwerty unknownword.",
    "not bad",
    "",
]


def check_torch_version():
    found = torch.__version__.split("+")[0]
    if found != TORCH_VERSION:
        raise SystemExit(f"torch {TORCH_VERSION} is required (DJL's libtorch), found {torch.__version__}")


class LogitsOnly(torch.nn.Module):
    """Fixes the traced signature to (input_ids, attention_mask) -> logits."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask)[0]


def labels_from_id2label(id2label):
    """Logit index -> lower-case label; indices must be 0..n-1."""
    labels = {int(k): str(v).lower() for k, v in id2label.items()}
    if sorted(labels) != list(range(len(labels))):
        raise SystemExit(f"id2label indices must be 0..n-1, got {sorted(labels)}")
    if len(labels) < 2:
        raise SystemExit("a classifier needs at least two labels")
    return labels


def prepare_tokenizer(tok: Tokenizer, max_length: int, pad_token: str) -> Tokenizer:
    """Truncate to max_length and pad to the longest text, as the Java translator does."""
    pad_id = tok.token_to_id(pad_token)
    if pad_id is None:
        raise SystemExit(f"pad token {pad_token!r} is not in the vocabulary")
    tok.enable_truncation(max_length=max_length)
    tok.enable_padding(pad_id=pad_id, pad_token=pad_token)
    return tok


def encode(tok: Tokenizer, texts):
    enc = tok.encode_batch(texts)
    ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)
    return ids, mask


def write_model_dir(out, model, tok: Tokenizer, id2label, max_length, source, onnx=False,
                    texts=SAMPLE_TEXTS):
    """Traces model (a transformers sequence classifier, torchscript=True, eval mode) into out."""
    check_torch_version()
    os.makedirs(out, exist_ok=True)
    labels = labels_from_id2label(id2label)
    wrapped = LogitsOnly(model).eval()

    # Trace with a padded batch so the attention-mask path is recorded.
    ex_ids, ex_mask = encode(tok, ["this movie was great", "awful"])
    with torch.no_grad():
        traced = torch.jit.trace(wrapped, (ex_ids, ex_mask), check_trace=True)
    model_path = os.path.join(out, "model.pt")
    traced.save(model_path)

    ids, mask = encode(tok, texts)
    with torch.no_grad():
        eager = wrapped(ids, mask)
        reloaded = torch.jit.load(model_path)(ids, mask)
        single = torch.jit.load(model_path)(*encode(tok, texts[:1]))
    if eager.shape[1] != len(labels):
        raise SystemExit(f"model has {eager.shape[1]} outputs but {len(labels)} labels")
    # Another batch and sequence length than the trace example must agree with eager PyTorch.
    if not torch.allclose(eager, reloaded, atol=1e-5) or not torch.allclose(single, eager[:1], atol=1e-5):
        raise SystemExit(f"traced model disagrees with eager PyTorch:\n{eager}\n{reloaded}\n{single}")

    if onnx:
        torch.onnx.export(
            wrapped, (ids, mask), os.path.join(out, "model.onnx"),
            input_names=["input_ids", "attention_mask"], output_names=["logits"],
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"},
                          "attention_mask": {0: "batch", 1: "seq"},
                          "logits": {0: "batch"}},
            opset_version=17, dynamo=False)

    tok.save(os.path.join(out, "tokenizer.json"))
    write_json(os.path.join(out, "labels.json"), {str(k): v for k, v in sorted(labels.items())})
    write_json(os.path.join(out, "config.json"), {
        "formatVersion": FORMAT_VERSION,
        "maxLength": max_length,
        "numLabels": len(labels),
        "inputs": ["input_ids", "attention_mask"],
        "torchVersion": TORCH_VERSION,
        "source": source,
    })
    write_json(os.path.join(out, "expected.json"), {
        "texts": texts,
        "inputIds": ids.tolist(),
        "attentionMask": mask.tolist(),
        "logits": [[round(x, 6) for x in row] for row in eager.tolist()],
    })

    for text, row in zip(texts, eager.tolist()):
        print(f"{[round(x, 4) for x in row]}  {text!r}")
    for name in sorted(os.listdir(out)):
        print(f"{os.path.getsize(os.path.join(out, name)):>9}  {name}")


def write_json(path, value):
    """Indented JSON with each innermost list of numbers on one line, to keep diffs readable."""
    text = json.dumps(value, indent=1, ensure_ascii=False)
    text = re.sub(r"\[[-0-9.,e\s]*\]", lambda m: re.sub(r"\s+", "", m.group(0)).replace(",", ", "), text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")
