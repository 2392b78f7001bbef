"""Every compression method against fp32 on the digits MLP (~300k params) and the small CNN.

Run: ``python benchmarks/compression.py`` (``--smoke``: tiny models, few repeats, a check
that it still runs and prints every RESULT line; its figures mean nothing).

Anchor: the fp32 model itself, and PyTorch's dynamic-quantization tutorial path
(torch.ao ``quantize_dynamic``, BERT 438 -> 181 MB). For each method: saved size ratio,
latency ratio at batch 1 and 256 (median after warm-up, one thread) and accuracy delta.
Goals (issue 7): int8 size ratio <= 0.3, fastest int8 path <= 0.6x fp32 latency on the MLP
and <= 0.3x on the CNN, accuracy drop <= 1 point.

Both sides of each figure are printed (issue 12): the CNN's int8 size beside the MLP's
(the dynamic and weight-only int8 paths quantize Linear layers only, so the CNN's
convolutions stay fp32 and it shrinks less), and batch 1 beside batch 256 for every int8
variant: int8 pays a fixed cost per call (quantizing activations, dispatching to quantized
kernels) that a batch of 256 amortizes and a single row does not.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playground.compress.compare import compare
from playground.compress.methods import INT8_IDS, METHODS, MethodSettings
from playground.compress.models import BENCHMARK_HIDDEN, BuiltinSpec, train_builtin

SEED = 42
REPEATS = (200, 40)  # batch 1, batch 256: enough for a stable median on a shared 2-core host
SMOKE_REPEATS = (6, 3)
FAIRNESS = (
    "Compared: each method's variant of ONE trained model against that model in fp32, on the same held-out digits,\n"
    "in the same process with one torch thread. Fair because size is the saved state_dict bytes of both, accuracy\n"
    "is measured on the same test rows, and latencies are timed round-robin over all variants (each variant's best\n"
    "round median), so a burst of load from elsewhere hits fp32 as much as the variant it divides."
)


def run(spec: BuiltinSpec, repeats: tuple[int, int]) -> list[dict]:
    start = time.perf_counter()
    model, task = train_builtin(spec, SEED)
    params = sum(p.numel() for p in model.parameters())
    print(f"\n## {spec.task} {spec.arch}: {params:,} parameters, trained in {time.perf_counter() - start:.1f} s")
    ids = list(METHODS)
    report = compare(model, task, ids, MethodSettings(seed=SEED), model_name=spec.key(), repeats=repeats)
    rows = report.rows()
    header = f"{'method':19s} {'API':11s} {'size':>9s} {'×fp32':>6s} {'gzip×':>6s} {'b1 ms':>8s} {'b1×':>6s}"
    print(header + f" {'b256 ms':>8s} {'b256×':>6s} {'acc %':>6s} {'Δ pts':>6s} {'agree':>6s} {'SQNR':>6s}")
    for row in rows:
        sqnr = "inf" if row["sqnr_db"] is None else f"{row['sqnr_db']:.1f}"
        print(
            f"{row['method']:19s} {row['status']:11s} {row['size_bytes']:9,d} {row['size_ratio']:6.3f} "
            f"{row['gzip_ratio']:6.3f} {row['latency_b1_ms']:8.4f} {row['latency_b1_ratio']:6.2f} "
            f"{row['latency_b256_ms']:8.3f} {row['latency_b256_ratio']:6.2f} {100 * row['accuracy']:6.2f} "
            f"{100 * row['accuracy_delta']:+6.2f} {100 * row['agreement']:6.1f} {sqnr:>6s}"
        )
    for method_id, key, params_ in report.refusals:
        print(f"{method_id:19s} refused: {key} {params_}")
    return [row for row in rows if row["method"] in INT8_IDS]


def batch_sides(name: str, rows: list[dict]) -> list[str]:
    """Batch 1 beside batch 256 for each int8 variant, and the sentence the figures support."""
    print(f"\n{name}: int8 latency / fp32 latency   batch 1   batch 256")
    for row in rows:
        print(f"  {row['method']:30s} {row['latency_b1_ratio']:8.2f}x {row['latency_b256_ratio']:9.2f}x")
    slower = [row["method"] for row in rows if row["latency_b1_ratio"] > 1.0]
    if len(slower) == len(rows):
        print(f"  At batch 1 EVERY int8 variant is slower than fp32 on the {name} here; int8 pays off only in batches.")
    elif slower:
        print(f"  At batch 1 these int8 variants are slower than fp32 on the {name}: {', '.join(slower)}.")
    else:
        print(f"  At batch 1 no int8 variant is slower than fp32 on the {name} here.")
    lines = []
    for row in rows:
        lines.append(f"RESULT int8_{name.lower()}_{row['method']}_b1_latency_ratio={row['latency_b1_ratio']:.3f}")
        lines.append(f"RESULT int8_{name.lower()}_{row['method']}_b256_latency_ratio={row['latency_b256_ratio']:.3f}")
    lines.append(f"RESULT int8_{name.lower()}_b1_variants_slower_than_fp32={len(slower)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny models and repeats: checks it runs")
    smoke = parser.parse_args().smoke
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, quantized engine {torch.backends.quantized.engine}, 1 thread")
    print(FAIRNESS)
    if smoke:
        print("SMOKE RUN: tiny models trained for one epoch, few repeats; the figures below are not measurements.")
        mlp_spec, cnn_spec, repeats = (
            BuiltinSpec("digits", "mlp", 32, 1),
            BuiltinSpec("digits", "cnn", 16, 1),
            SMOKE_REPEATS,
        )
    else:
        mlp_spec = BuiltinSpec("digits", "mlp", hidden=BENCHMARK_HIDDEN, epochs=15)
        cnn_spec, repeats = BuiltinSpec("digits", "cnn", hidden=128, epochs=12), REPEATS
    mlp_int8 = run(mlp_spec, repeats)
    cnn_int8 = run(cnn_spec, repeats)
    mlp_sizes = [row["size_ratio"] for row in mlp_int8]
    cnn_sizes = [row["size_ratio"] for row in cnn_int8]
    mlp_fast = min(mlp_int8, key=lambda row: row["latency_b256_ratio"])
    cnn_fast = min(cnn_int8, key=lambda row: row["latency_b256_ratio"])
    drop = -min(row["accuracy_delta"] for row in mlp_int8 + cnn_int8)
    print("\n## Summary (int8 = " + ", ".join(INT8_IDS) + ")")
    less = "; the CNN shrinks less" if min(cnn_sizes) > max(mlp_sizes) else ""
    print(f"int8 size ratio: MLP {min(mlp_sizes):.3f}–{max(mlp_sizes):.3f}x, "
          f"CNN {min(cnn_sizes):.3f}–{max(cnn_sizes):.3f}x   (goal <= 0.3{less})")  # fmt: skip
    print(f"fastest int8 path on the MLP at batch 256: {mlp_fast['method']} {mlp_fast['latency_b256_ratio']:.3f}x "
          f"(batch 1: {mlp_fast['latency_b1_ratio']:.2f}x)   (goal <= 0.6)")  # fmt: skip
    print(f"fastest int8 path on the CNN at batch 256: {cnn_fast['method']} {cnn_fast['latency_b256_ratio']:.3f}x "
          f"(batch 1: {cnn_fast['latency_b1_ratio']:.2f}x)   (goal <= 0.3)")  # fmt: skip
    print(f"largest int8 accuracy drop: {100 * drop:.2f} points   (goal <= 1)")
    results = batch_sides("MLP", mlp_int8) + batch_sides("CNN", cnn_int8)
    print(f"RESULT int8_size_ratio={max(mlp_sizes):.3f}")  # the worst int8 variant of the 300k MLP
    print(f"RESULT int8_mlp_size_ratio_min={min(mlp_sizes):.3f}")
    print(f"RESULT int8_cnn_size_ratio_min={min(cnn_sizes):.3f}")
    print(f"RESULT int8_cnn_size_ratio_max={max(cnn_sizes):.3f}")
    print(f"RESULT int8_mlp_latency_ratio={mlp_fast['latency_b256_ratio']:.3f}")
    print(f"RESULT int8_cnn_latency_ratio={cnn_fast['latency_b256_ratio']:.3f}")
    print(f"RESULT int8_mlp_fastest_b1_latency_ratio={mlp_fast['latency_b1_ratio']:.3f}")
    print(f"RESULT int8_cnn_fastest_b1_latency_ratio={cnn_fast['latency_b1_ratio']:.3f}")
    print(f"RESULT int8_accuracy_drop_points={100 * drop:.3f}")
    for line in results:
        print(line)


if __name__ == "__main__":
    main()
