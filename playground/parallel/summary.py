"""Each result's headline in words: which i18n sentence, with which measured numbers.

Why in the engine: the sentences' numbers are computed from the points the
same way the figures are (medians, speed-ups over the reference), and a test
can check that a result never claims a figure it did not measure (a GPU
sentence without a GPU point).
"""

from __future__ import annotations

from typing import Any

from playground.parallel.results import Result
from playground.parallel.stats import ratio

Sentence = tuple[str, dict[str, Any]]


def _x(value: float) -> str:
    return f"{value:.2f}"


def headline(result: Result) -> list[Sentence]:
    """The sentences that sum up ``result`` (empty while nothing comparable was measured)."""
    name, extra, out = result.experiment, result.extra, []
    if name == "threads":
        base_m, base_s = result.point("matmul", 1), result.point("mlp", 1)
        top = max((p.x for p in result.series("matmul")), default=1)
        m, s = result.point("matmul", top), result.point("mlp", top)
        if top > 1 and base_m and base_s and m and s:
            out.append(
                (
                    "parallel.result.threads",
                    {
                        "threads": int(top),
                        "n": result.values.get("n"),
                        "matmul": _x(ratio(m, base_m)),
                        "mlp": _x(ratio(s, base_s)),
                    },
                )
            )
    elif name == "gil" and "threads_vs_one" in extra:
        out.append(
            (
                "parallel.result.gil",
                {
                    "k": result.values.get("trainings"),
                    "threads": _x(extra["threads_vs_one"]),
                    "processes": _x(extra.get("processes_vs_one", 0.0)),
                },
            )
        )
    elif name == "ddp" and "speedup" in extra:
        out.append(
            (
                "parallel.result.ddp",
                {"world": result.values.get("world"), "speedup": _x(extra["speedup"]), "batch": extra.get("batch")},
            )
        )
        parity = extra.get("parity") or {}
        key = "parallel.result.parity_ok" if parity.get("ok") else "parallel.result.parity_bad"
        out.append(
            (
                key,
                {
                    "steps": parity.get("steps"),
                    "gap": f"{parity.get('from_single', 0.0):.1e}",
                    "between": f"{parity.get('between_ranks', 0.0):.1e}",
                },
            )
        )
    elif name == "batching":
        loop, vmap = result.series("loop"), result.series("vmap")
        if loop and vmap:
            out.append(("parallel.result.batching", {"k": int(loop[0].x), "vmap": _x(ratio(vmap[0], loop[0]))}))
    elif name == "amdahl" and "fitted_serial" in extra:
        fitted = float(extra["fitted_serial"])
        out.append(
            (
                "parallel.result.amdahl",
                {
                    "designed": f"{100 * extra.get('designed_serial', 0):.0f}",
                    "fitted": f"{100 * fitted:.0f}",
                    "ceiling": f"{1 / fitted:.1f}" if fitted > 0 else "∞",
                },
            )
        )
    elif name == "compile":
        out.extend(_compile(result))
    elif name == "devices":
        cpu = result.point("cpu|fp32", float(result.values.get("n", 0)))
        if cpu and cpu.median > 0:
            out.append(
                (
                    "parallel.result.devices",
                    {
                        "n": result.values.get("n"),
                        "ms": f"{1e3 * cpu.median:.2f}",
                        "gflops": f"{extra.get('flops', 0) / cpu.median / 1e9:.1f}",
                    },
                )
            )
    return out


def _compile(result: Result) -> list[Sentence]:
    extra = result.extra
    if "compile_s" not in extra or "compiled_vs_eager" not in extra:
        if result.capped or result.error:
            return [("parallel.result.compile_capped", {"cap": result.values.get("cap_s")})]
        return []
    speed, seconds = float(extra["compiled_vs_eager"]), float(extra["compile_s"])
    eager = result.point("eager", 0)
    if speed <= 1.0 or eager is None:
        return [("parallel.result.compile_never", {"compile": f"{seconds:.1f}", "ratio": _x(speed)})]
    saved = eager.median * (1 - 1 / speed)
    return [
        (
            "parallel.result.compile",
            {"compile": f"{seconds:.1f}", "ratio": _x(speed), "payback": f"{seconds / saved:,.0f}"},
        )
    ]


def reference_rows(result: Result) -> list[dict[str, Any]]:
    """The datasheet table with what this multiply would take at each peak (labelled as such, never measured)."""
    flops = float(result.extra.get("flops", 0))
    rows = []
    for row in result.extra.get("reference") or []:
        at_peak = flops / (row["fp32_tflops"] * 1e12) * 1e3 if row.get("fp32_tflops") else None
        rows.append({**row, "at_peak_ms": at_peak})
    return rows
