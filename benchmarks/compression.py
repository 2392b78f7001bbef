"""Every compression method against fp32 on the digits MLP (~300k params) and the small CNN.

Run: /tmp/venvtry/bin/python benchmarks/compression.py

Anchor: the fp32 model itself, and PyTorch's dynamic-quantization tutorial path
(torch.ao ``quantize_dynamic``, BERT 438 -> 181 MB). For each method: saved size ratio,
latency ratio at batch 1 and 256 (median after warm-up, one thread) and accuracy delta.
Goals (issue 7): int8 size ratio <= 0.3, fastest int8 path <= 0.6x fp32 latency on the MLP
and <= 0.3x on the CNN, accuracy drop <= 1 point.
"""

from __future__ import annotations

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


def run(spec: BuiltinSpec) -> list[dict]:
    start = time.perf_counter()
    model, task = train_builtin(spec, SEED)
    params = sum(p.numel() for p in model.parameters())
    print(f"\n## {spec.task} {spec.arch}: {params:,} parameters, trained in {time.perf_counter() - start:.1f} s")
    ids = list(METHODS)
    report = compare(model, task, ids, MethodSettings(seed=SEED), model_name=spec.key(), repeats=REPEATS)
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
    return rows


def main() -> None:
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, quantized engine {torch.backends.quantized.engine}, 1 thread")
    mlp = run(BuiltinSpec("digits", "mlp", hidden=BENCHMARK_HIDDEN, epochs=15))
    cnn = run(BuiltinSpec("digits", "cnn", hidden=128, epochs=12))
    mlp_int8 = [row for row in mlp if row["method"] in INT8_IDS]
    cnn_int8 = [row for row in cnn if row["method"] in INT8_IDS]
    size_ratio = max(row["size_ratio"] for row in mlp_int8)  # the worst int8 variant of the 300k MLP
    mlp_fast = min(mlp_int8, key=lambda row: row["latency_b256_ratio"])
    cnn_fast = min(cnn_int8, key=lambda row: row["latency_b256_ratio"])
    drop = -min(row["accuracy_delta"] for row in mlp_int8 + cnn_int8)
    print("\n## Summary (int8 = " + ", ".join(INT8_IDS) + ")")
    print(f"largest int8 size ratio on the MLP: {size_ratio:.3f}   (goal <= 0.3)")
    print(f"fastest int8 path on the MLP at batch 256: {mlp_fast['method']} {mlp_fast['latency_b256_ratio']:.3f}x "
          f"(batch 1: {mlp_fast['latency_b1_ratio']:.2f}x)   (goal <= 0.6)")  # fmt: skip
    print(f"fastest int8 path on the CNN at batch 256: {cnn_fast['method']} {cnn_fast['latency_b256_ratio']:.3f}x "
          f"(batch 1: {cnn_fast['latency_b1_ratio']:.2f}x)   (goal <= 0.3)")  # fmt: skip
    print(f"largest int8 accuracy drop: {100 * drop:.2f} points   (goal <= 1)")
    print(f"RESULT int8_size_ratio={size_ratio:.3f}")
    print(f"RESULT int8_mlp_latency_ratio={mlp_fast['latency_b256_ratio']:.3f}")
    print(f"RESULT int8_cnn_latency_ratio={cnn_fast['latency_b256_ratio']:.3f}")


if __name__ == "__main__":
    main()
