"""The loss calculator: typed ``y_true`` / ``y_pred`` in, every loss of that kind out, term by term.

Why through the ``playground.nn.losses`` registry (itself ``torch.nn.functional``)
rather than formulas of our own: the numbers a student sees are the numbers
their training code will compute. Float64 keeps ``[1, 2]`` vs ``[1.1, 1.9]``
at exactly 0.01 instead of float32's 0.010000004.

Kinds and what the two boxes hold:
- ``regression``: real targets and real predictions, same length.
- ``binary``: labels 0/1 and raw scores (logits) ``z``; BCE uses ``p = σ(z)``.
- ``classification``: one label per row and a logit matrix (one row per example).
- ``distribution``: two probability vectors ``p`` (true) and ``q`` (predicted).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from playground.core.errors import InputError, Notice
from playground.core.params import Param
from playground.core.registry import Entry, Registry
from playground.nn.losses import LOSSES, Kind
from playground.optim.vectors import parse_labels, parse_matrix, parse_vector, same_length


@dataclass(frozen=True)
class CalculatorKind(Entry):
    """One kind of problem the calculator takes: the losses it lists and the example its boxes start with.

    Its ``params`` are the two boxes (``y`` and ``yhat`` in links), whose
    defaults are the example, so a new kind never shows text of the wrong shape.
    """

    losses: tuple[str, ...]  # loss ids, in the order of the page
    example: tuple[str, str]  # (y_true, y_pred) as a student would type them

    text_prefix = "opt.kind"

    @property
    def summary_key(self) -> str:  # the kind's help text predates the registry's naming rule
        return f"opt.kind.{self.name}.help"

    @property
    def params(self) -> tuple[Param, ...]:  # type: ignore[override]  (the boxes, defaulting to the example)
        return (
            Param("y", "text", self.example[0], label_key=f"opt.y_true.{self.name}"),
            Param("yhat", "text", self.example[1], label_key=f"opt.y_pred.{self.name}"),
        )

    def loss_params(self) -> tuple[Param, ...]:
        """δ, β, γ, margin, label smoothing…: the knobs of this kind's losses, each once."""
        return tuple({p.name: p for loss_id in self.losses for p in LOSSES[loss_id].params}.values())


CALCULATOR_KINDS: Registry[CalculatorKind] = Registry(
    "calculator kind",
    (
        CalculatorKind("regression", ("mse", "mae", "huber", "smooth_l1", "log_cosh"), ("1, 2", "1.1, 1.9")),
        CalculatorKind("binary", ("bce", "bce_with_logits", "hinge"), ("1, 0, 1, 0", "2.0, -1.5, -0.3, 0.8")),
        CalculatorKind(
            "classification",
            ("cross_entropy", "focal", "multi_margin", "bce_with_logits_onehot", "mse_onehot"),
            ("0, 2", "2.0, 1.5, 0.3; 0.1, 0.2, 3.0"),
        ),
        CalculatorKind("distribution", ("kl_div",), ("0.7, 0.2, 0.1", "0.5, 0.3, 0.2")),
    ),
)
KINDS: tuple[Kind, ...] = tuple(CALCULATOR_KINDS)  # type: ignore[assignment]  (names, in the order of the page)

# The PyTorch call each value comes from, shown under the table so students can copy it.
TORCH_CALLS: dict[str, str] = {
    "mse": "F.mse_loss(y_pred, y_true)",
    "mae": "F.l1_loss(y_pred, y_true)",
    "huber": "F.huber_loss(y_pred, y_true, delta={delta})",
    "smooth_l1": "F.smooth_l1_loss(y_pred, y_true, beta={beta})",
    "log_cosh": "torch.log(torch.cosh(y_pred - y_true)).mean()",
    "bce": "F.binary_cross_entropy(torch.sigmoid(z), y_true)",
    "bce_with_logits": "F.binary_cross_entropy_with_logits(z, y_true)",
    "hinge": "F.relu(1 - (2*y_true - 1) * z).mean()",
    "cross_entropy": "F.cross_entropy(logits, labels, label_smoothing={label_smoothing})",
    "focal": "((1 - p_true)**{gamma} * F.cross_entropy(logits, labels, reduction='none')).mean()",
    "multi_margin": "F.multi_margin_loss(logits, labels, margin={margin})",
    "bce_with_logits_onehot": "F.binary_cross_entropy_with_logits(logits, F.one_hot(labels, C).double())",
    "mse_onehot": "F.mse_loss(logits.softmax(-1), F.one_hot(labels, C).double())",
    "kl_div": "F.kl_div(q.log(), p, reduction='batchmean')",
}


@dataclass(frozen=True)
class LossRow:
    """One loss: its reduced value and the per-element (per-example) terms it averages."""

    loss_id: str
    value: float
    terms: list[float]
    torch_call: str


@dataclass(frozen=True)
class Calculation:
    """What the calculator shows: prepared inputs (one column each) and one row per loss."""

    kind: str
    columns: dict[str, list[float]]  # e.g. {"y_true": [...], "y_pred": [...], "error": [...]}
    rows: list[LossRow]
    notices: list[Notice] = field(default_factory=list)

    def value(self, loss_id: str) -> float:
        return next(row.value for row in self.rows if row.loss_id == loss_id)


def prepare(kind: str, y_true_text: str, y_pred_text: str) -> tuple[torch.Tensor, torch.Tensor, list[Notice]]:
    """Parse and check the two boxes for ``kind``; returns ``(prediction, target, notices)`` in float64."""
    notices: list[Notice] = []
    if kind == "regression":
        target, prediction = parse_vector(y_true_text, "y_true"), parse_vector(y_pred_text, "y_pred")
        same_length(target, prediction, "y_true", "y_pred")
        return torch.tensor(prediction, dtype=torch.float64), torch.tensor(target, dtype=torch.float64), notices
    if kind == "binary":
        labels, scores = parse_labels(y_true_text, "y_true", 2), parse_vector(y_pred_text, "y_pred")
        same_length(labels, scores, "y_true", "y_pred")
        return torch.tensor(scores, dtype=torch.float64), torch.tensor(labels, dtype=torch.float64), notices
    if kind == "classification":
        logits = parse_matrix(y_pred_text, "y_pred")
        if len(logits[0]) < 2:
            raise InputError("opt.err.need_classes", field="y_pred")
        labels = parse_labels(y_true_text, "y_true", len(logits[0]))
        if len(labels) != len(logits):
            raise InputError("opt.err.rows_vs_labels", n_labels=len(labels), n_rows=len(logits))
        return torch.tensor(logits, dtype=torch.float64), torch.tensor(labels, dtype=torch.long), notices
    if kind == "distribution":
        p, q = parse_vector(y_true_text, "y_true"), parse_vector(y_pred_text, "y_pred")
        same_length(p, q, "y_true", "y_pred")
        tensors = []
        for name, values in (("y_true", p), ("y_pred", q)):
            tensor = torch.tensor(values, dtype=torch.float64)
            if (tensor < 0).any() or tensor.sum() <= 0:
                raise InputError("opt.err.not_probabilities", field=name)
            if name == "y_pred" and (tensor == 0).any():
                raise InputError("opt.err.zero_probability", field=name)
            if abs(tensor.sum().item() - 1.0) > 1e-6:
                notices.append(Notice("opt.note.normalized", {"field": name, "total": f"{tensor.sum().item():.4g}"}))
                tensor = tensor / tensor.sum()
            tensors.append(tensor)
        return tensors[1].unsqueeze(0), tensors[0].unsqueeze(0), notices
    raise InputError("opt.err.kind", kind=kind, accepted=", ".join(KINDS))


def _columns(kind: str, prediction: torch.Tensor, target: torch.Tensor) -> dict[str, list[float]]:
    if kind == "regression":
        return {"y_true": target.tolist(), "y_pred": prediction.tolist(), "error": (prediction - target).tolist()}
    if kind == "binary":
        return {"y_true": target.tolist(), "z": prediction.tolist(), "sigmoid": torch.sigmoid(prediction).tolist()}
    if kind == "classification":
        probabilities = torch.softmax(prediction, dim=-1)
        return {
            "y_true": target.tolist(),
            "p_true": probabilities.gather(1, target.unsqueeze(1)).squeeze(1).tolist(),
            "predicted": probabilities.argmax(dim=1).tolist(),
        }
    return {"y_true": target[0].tolist(), "y_pred": prediction[0].tolist()}


def calculate(kind: str, y_true_text: str, y_pred_text: str, params: dict[str, float] | None = None) -> Calculation:
    """Every calculator loss of ``kind`` on the typed vectors (raises ``InputError`` on bad input)."""
    prediction, target, notices = prepare(kind, y_true_text, y_pred_text)
    rows = []
    for loss_id in CALCULATOR_KINDS[kind].losses:
        spec = LOSSES[loss_id]
        values = {**spec.defaults(), **{k: v for k, v in (params or {}).items() if k in spec.defaults()}}
        inputs = torch.sigmoid(prediction) if loss_id == "bce" else prediction
        terms = spec.terms(inputs, target, **values)
        value = spec.value(inputs, target, **values)
        rows.append(LossRow(loss_id, float(value), terms.reshape(-1).tolist(), TORCH_CALLS[loss_id].format(**values)))
    return Calculation(kind, _columns(kind, prediction, target), rows, notices)
