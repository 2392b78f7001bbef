"""How the members of an ensemble differ: by seed, by bootstrap sample, by width and activation,
as snapshots along one run, or as boosting rounds on re-weighted data.

Why a plan: the batched trainer needs, for every net it trains, an init seed,
a width, an activation and a *pool* of training rows it may draw from (all
rows, a bootstrap sample, or all rows but one fold). Stacking's fold models
are planned here too: member ``k``'s fold model ``f`` has member ``k``'s seed,
shape and pool minus fold ``f``, so its predictions on fold ``f`` are honest
out-of-fold predictions of (almost) member ``k``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.registry import Entry, Registry
from playground.core.seeding import derive_seed, numpy_rng

ACT_CYCLE = ("relu", "tanh", "gelu", "sigmoid")
WIDTH_CYCLE = (1.0, 0.5, 2.0, 0.75)


@dataclass(frozen=True)
class MemberKind(Entry):
    """``parallel``: all members train at once in one stacked module; else one after another."""

    parallel: bool = True
    text_prefix = "fusion.kind"


KINDS: Registry[MemberKind] = Registry(
    "fusion member kind",
    (
        MemberKind("seed"),
        MemberKind("bagging"),
        MemberKind("width_act"),
        MemberKind("snapshot", False),
        MemberKind("boosting", False),
    ),
)


@dataclass(frozen=True)
class Plan:
    """Every net the batched trainer trains: the K members first, then K × F fold models (member-major)."""

    seeds: tuple[int, ...]
    widths: tuple[int, ...]
    activations: tuple[str, ...]
    pools: tuple[np.ndarray, ...]  # training-row indices each net draws its batches from
    members: int
    folds: int
    fold_of: np.ndarray  # [N_train] the fold of each training row (-1: no folds)

    @property
    def nets(self) -> int:
        return len(self.seeds)

    def fold_net(self, member: int, fold: int) -> int:
        """The index of member ``member``'s fold model ``fold`` among the planned nets."""
        return self.members + member * self.folds + fold


def hidden_size(kind: str, width: int) -> int:
    """The stacked module's hidden size: the widest member (width-varied members reach 2× the base)."""
    return min(128, 2 * width) if kind == "width_act" else width


def plan_members(kind: str, k: int, width: int, activation: str, *, n_train: int, seed: int, folds: int = 0) -> Plan:
    """The nets of ``k`` members of ``kind`` (and their fold models when ``folds`` ≥ 2 and the kind is parallel)."""
    spec = KINDS.require(kind)
    rng = numpy_rng(seed, "fusion.members", kind)
    everyone = np.arange(n_train)
    seeds, widths, acts, pools = [], [], [], []
    for member in range(k):
        seeds.append(derive_seed(seed, "fusion.init", member))
        if kind == "width_act":
            widths.append(max(2, min(hidden_size(kind, width), round(width * WIDTH_CYCLE[member % 4]))))
            acts.append(ACT_CYCLE[member % 4])
        else:
            widths.append(width)
            acts.append(activation)
        pools.append(np.sort(rng.integers(0, n_train, n_train)) if kind == "bagging" else everyone)
    folds = folds if spec.parallel and folds >= 2 and n_train >= 2 * folds else 0
    fold_of = np.full(n_train, -1)
    if folds:
        fold_of = numpy_rng(seed, "fusion.folds").permutation(n_train) % folds
        for member in range(k):
            for fold in range(folds):
                seeds.append(seeds[member])
                widths.append(widths[member])
                acts.append(acts[member])
                pools.append(pools[member][fold_of[pools[member]] != fold])
    return Plan(tuple(seeds), tuple(widths), tuple(acts), tuple(pools), k, folds, fold_of)


def out_of_fold(train_probs: np.ndarray, plan: Plan) -> np.ndarray:
    """[nets, N, C] probabilities on the training rows → [K, N, C] where row i of member k comes from
    member k's fold model of row i's fold: a model that never trained on row i (stacking's honest input)."""
    rows = np.arange(len(plan.fold_of))
    nets = [plan.members + member * plan.folds + plan.fold_of for member in range(plan.members)]
    return np.stack([train_probs[index, rows] for index in nets])
