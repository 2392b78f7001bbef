"""What a student takes home: weights, vocabulary, history, and the code a pretrained model would need.

Why these formats: ``torch.load(path, weights_only=True)`` opens the state_dict without running any
pickled code; the vocabulary is JSON (tokens by id, their IDF) so the ids mean something outside this
app; the history is CSV for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import torch

HISTORY_COLUMNS = ("epoch", "train_loss", "test_loss", "train_acc", "test_acc", "epoch_s")

# Shown as text on the page, never imported or run: it would download ~440 MB of weights.
TRANSFORMERS_CODE = """from transformers import AutoTokenizer, TFBertForSequenceClassification

# Downloads bert-base-uncased (110 M parameters, ~440 MB) the first time: pretrained on
# BooksCorpus and English Wikipedia (3.3 billion words) to predict masked words.
tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
model = TFBertForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
model.compile(optimizer="adam", loss=model.hf_compute_loss, metrics=["accuracy"])

batch = tokenizer(["the food was good but expensive"], padding=True, return_tensors="tf")
model.fit(dict(batch), labels, epochs=2)  # fine-tuning: only a few epochs, starting from pretrained weights
"""


def state_dict_bytes(state: Mapping[str, torch.Tensor]) -> bytes:
    buffer = io.BytesIO()
    torch.save({name: tensor.detach().cpu() for name, tensor in state.items()}, buffer)
    return buffer.getvalue()


def history_csv(history: Mapping[str, Sequence[float]], label: str = "") -> str:
    """One row per epoch; ``label`` (the run's name) as the first column when given."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow((["run"] if label else []) + list(HISTORY_COLUMNS))
    for row in range(len(history.get("epoch", ()))):
        values = [f"{float(history[c][row]):.6g}" if c in history else "" for c in HISTORY_COLUMNS]
        writer.writerow(([label] if label else []) + values)
    return out.getvalue()


def histories_csv(runs: Sequence[tuple[str, Mapping[str, Sequence[float]]]]) -> str:
    """Every run's history in one table (a ``run`` column first), as the overlaid curves show them."""
    parts = [history_csv(history, label) for label, history in runs]
    return "".join(part if index == 0 else part.split("\n", 1)[1] for index, part in enumerate(parts))
