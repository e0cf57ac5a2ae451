"""Exports a Hugging Face sequence classifier into the sentiment model directory format.

Needs network access to the Hugging Face hub (or a local model directory / HF cache).
"""
import argparse

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

import sentiment_export

DEFAULT_MODEL = "distilbert-base-uncased-finetuned-sst-2-english"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", help="output directory")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"hub id or local path (default {DEFAULT_MODEL})")
    ap.add_argument("--revision", default=None, help="hub revision (commit) to pin")
    ap.add_argument("--max-length", type=int, default=None,
                    help="truncation length (default: min(tokenizer limit, max_position_embeddings))")
    ap.add_argument("--onnx", action="store_true", help="also write model.onnx")
    args = ap.parse_args()
    torch.set_num_threads(1)

    hf_tok = AutoTokenizer.from_pretrained(args.model, revision=args.revision, use_fast=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        args.model, revision=args.revision, torchscript=True, attn_implementation="eager").eval()
    limit = min(hf_tok.model_max_length, model.config.max_position_embeddings)
    max_length = args.max_length or limit
    if max_length > limit:
        raise SystemExit(f"--max-length {max_length} exceeds the model's {limit} positions")

    tok = sentiment_export.prepare_tokenizer(hf_tok.backend_tokenizer, max_length, hf_tok.pad_token)
    source = args.model + (f"@{args.revision}" if args.revision else "")
    sentiment_export.write_model_dir(
        args.out, model, tok, model.config.id2label, max_length, source=source, onnx=args.onnx)


if __name__ == "__main__":
    main()
