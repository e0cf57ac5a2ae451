# Sourced by scripts/make-tiny-model and scripts/export-model: puts a Python venv with the pinned
# torch in $SENTIMENT_PY. torch must be 2.7.1, the libtorch DJL 0.36.0 bundles: a TorchScript file
# saved by a newer torch may not load in an older libtorch.
SENTIMENT_VENV=${SENTIMENT_VENV:-/tmp/sentiment-venv}
SENTIMENT_REQUIREMENTS=(torch==2.7.1 transformers==4.57.6 onnx==1.23.2)
SENTIMENT_PY="$SENTIMENT_VENV/bin/python"

sentiment_venv() {
  if [ ! -x "$SENTIMENT_PY" ]; then
    echo "creating venv $SENTIMENT_VENV" >&2
    python3 -m venv "$SENTIMENT_VENV"
  fi
  if ! "$SENTIMENT_PY" - <<'PY' 2>/dev/null; then
import onnx, torch, transformers
assert torch.__version__.split("+")[0] == "2.7.1", torch.__version__
PY
    echo "installing ${SENTIMENT_REQUIREMENTS[*]} into $SENTIMENT_VENV (about 5 GB: PyPI's torch brings CUDA libraries)" >&2
    "$SENTIMENT_PY" -m pip install --quiet "${SENTIMENT_REQUIREMENTS[@]}"
  fi
}
