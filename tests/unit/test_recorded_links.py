"""Links recorded before the refactor still open to the same result: same pixels, samples, records, configs, races.

``tests/fixtures/recorded_links.json`` was written by ``tests/fixtures/make_recorded_links.py``
on the old code (see its ``recorded_at_commit``). Each studio has one helper
below that opens a recorded link with today's engine and describes the result
in the recording's terms; the tests compare the two exactly (SHA-256 of pixels
and samples, equal step records, equal training configurations, equal race
paths) and run the old exported scripts. After moving code, update the import
block and, if a call changed, the helpers; never the recording.

One exception to "exactly", and why: the recording was made on a CPU with
AVX-512, where NumPy computes float ``exp``, ``log``, ``sin``, ``pow`` and
friends with its vectorised (SVML) code; a CPU without AVX-512 takes the C
library's scalar functions, which differ in the last bit. On such a CPU the
sampled records, shapes, flags and step counts are still compared exactly,
floats to 1e-9 relative, and only the hashes of whole float arrays are left
out (``vector_math_as_recorded``).
"""

from __future__ import annotations

import hashlib
import json
import math
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import cv2
import numpy as np
import pytest

# === ENGINE IMPORTS: the only lines that should need changing after the refactor ==================
from playground.augment.audio.pipeline import Pipeline as AudioPipeline
from playground.augment.audio.pipeline import record_to_dict as audio_record_to_dict
from playground.augment.audio.pipeline import run_draws as audio_run_draws
from playground.augment.image.labels import Labels
from playground.augment.image.pipeline import Pipeline as ImagePipeline
from playground.augment.image.pipeline import draw_grid as image_draw_grid
from playground.catalog import PAGES
from playground.optim.race import Entry, run_race
from playground.training.config import from_query as train_from_query
from playground.training.config import to_query as train_to_query

# === end of engine imports =========================================================================

ROOT = Path(__file__).resolve().parents[2]
RECORDING = json.loads((ROOT / "tests/fixtures/recorded_links.json").read_text(encoding="utf-8"))
STUDIOS = ("image", "audio", "train", "race")


# --- comparing ------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """As the recorder wrote values: tuples to lists, NumPy to Python, non-finite floats to their repr."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return plain(value.tolist())
    if isinstance(value, np.generic):
        return plain(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return value


def as_recorded(value: Any) -> Any:
    """Through the same JSON round trip as the recording, so 1 and 1.0, or a tuple and a list, compare alike."""
    return json.loads(json.dumps(plain(value), allow_nan=False))


def first_difference(actual: Any, expected: Any, where: str = "") -> str | None:
    """Where two JSON values first differ (type-strict: 1 is not 1.0, True is not 1), or None."""
    here = where or "<top>"
    if type(actual) is not type(expected):
        return f"{here}: {actual!r} ({type(actual).__name__}) != recorded {expected!r}"
    if isinstance(expected, dict):
        if actual.keys() != expected.keys():
            return f"{here}: keys {sorted(actual)} != recorded {sorted(expected)}"
        pairs = [(actual[key], expected[key], f"{where}.{key}") for key in expected]
    elif isinstance(expected, list):
        if len(actual) != len(expected):
            return f"{here}: {len(actual)} items != recorded {len(expected)}"
        pairs = [(a, e, f"{where}[{i}]") for i, (a, e) in enumerate(zip(actual, expected, strict=True))]
    else:
        return None if actual == expected else f"{here}: {actual!r} != recorded {expected!r}"
    return next((found for a, e, w in pairs if (found := first_difference(a, e, w)) is not None), None)


def vector_math_as_recorded() -> bool:
    """Whether NumPy's float math here is the recording's: AVX-512 (its SVML kernels), not the scalar C library."""
    from numpy._core._multiarray_umath import __cpu_features__  # noqa: PLC0415 (NumPy's own feature table)

    return bool(__cpu_features__.get("AVX512_SKX"))


def loose_difference(actual: Any, expected: Any, where: str = "") -> str | None:
    """``first_difference`` for a CPU whose float math is not the recording's: hashes out, floats to 1e-9."""
    here = where or "<top>"
    if isinstance(expected, dict):
        if not isinstance(actual, dict) or actual.keys() != expected.keys():
            return first_difference(actual, expected, where)
        keys = [key for key in expected if not key.endswith("sha256") and key != "state"]
        pairs = [(actual[key], expected[key], f"{where}.{key}") for key in keys]
        return next((found for a, e, w in pairs if (found := loose_difference(a, e, w)) is not None), None)
    if isinstance(expected, list) and isinstance(actual, list) and len(actual) == len(expected):
        pairs = [(a, e, f"{where}[{i}]") for i, (a, e) in enumerate(zip(actual, expected, strict=True))]
        return next((found for a, e, w in pairs if (found := loose_difference(a, e, w)) is not None), None)
    if type(expected) is float and type(actual) is float:
        close = math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-300)
        return None if close else f"{here}: {actual!r} != recorded {expected!r} (beyond 1e-9)"
    return first_difference(actual, expected, where)


def assert_as_recorded(actual: Any, expected: Any, what: str, *, float_math: bool = False) -> None:
    """Exactly as recorded; ``float_math``: results of float math, compared loosely where the CPU's math differs."""
    loose = float_math and not vector_math_as_recorded()
    difference = (loose_difference if loose else first_difference)(as_recorded(actual), expected)
    assert difference is None, f"{what}: not as recorded; first difference at {difference}"


def sha256(array: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()


def array_facts(array: np.ndarray) -> dict[str, Any]:
    return {"sha256": sha256(array), "shape": list(array.shape), "dtype": str(array.dtype)}


def links(studio: str) -> list[dict[str, Any]]:
    return RECORDING[studio]["links"]


def by_id(studio: str) -> dict[str, dict[str, Any]]:
    return {link["id"]: link for link in links(studio)}


def link_params(studio: str) -> list[Any]:
    return [pytest.param(link, id=link["id"]) for link in links(studio)]


# --- inputs, rebuilt from the recipes stored in the recording ---------------------------------------


@cache
def image_input() -> np.ndarray:
    """``RECORDING["image"]["input"]["recipe"]``: the asset, decoded by OpenCV, resized with INTER_AREA."""
    recipe = RECORDING["image"]["input"]
    bgr = cv2.imread(str(ROOT / recipe["asset"]), cv2.IMREAD_COLOR)
    image = cv2.resize(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), tuple(recipe["size_wh"]), interpolation=cv2.INTER_AREA)
    image.setflags(write=False)  # as the studio's preview copy: transforms must never write into it
    return image


@cache
def audio_input(rate: int, stereo: bool) -> np.ndarray:
    """``RECORDING["audio"]["input"]["recipe"]``: 0.5 s of a 200 Hz -> 4 kHz chirp plus seeded noise, float32."""
    n = rate // 2
    t = np.arange(n, dtype=np.float64) / rate
    phase = 2 * np.pi * (200.0 * t + (4000.0 - 200.0) * t**2 / (2 * (n / rate)))
    mono = 0.5 * np.sin(phase) + 0.05 * np.random.default_rng(20240521).standard_normal(n)
    x = np.stack([mono, 0.7 * np.roll(mono, rate // 100)]) if stereo else mono
    samples = x.astype(np.float32)
    samples.setflags(write=False)
    return samples


# --- one helper per studio: open a recorded link with today's engine ----------------------------------


def open_image_link(link: dict[str, Any]) -> dict[str, Any]:
    """What the image studio shows for ``?pipe=&seed=&n=`` (with the recorded labels): the grid of draws."""
    query = link["query"]
    pipeline = ImagePipeline.from_url(query["pipe"])
    labels = None if link["labels"] is None else Labels.from_dict(link["labels"])
    draws = image_draw_grid(pipeline, image_input(), int(query["seed"]), int(query["n"]), labels=labels)
    return {
        "pipeline": pipeline.to_dict(),
        "draws": [
            {
                "index": draw.index,
                **array_facts(draw.image),
                "records": [record.as_dict() for record in draw.records],
                "labels": None if draw.labels is None else draw.labels.as_dict(),
            }
            for draw in draws
        ],
    }


def image_link_of(pipeline_token: str) -> str:
    """The token today's studio writes for the pipeline an old token opens to."""
    return ImagePipeline.from_url(pipeline_token).to_url()


def open_audio_link(link: dict[str, Any]) -> dict[str, Any]:
    """What the audio studio plays for ``?pipe=&seed=&n=&rate=&stereo=`` on the recorded signal."""
    query = link["query"]
    pipeline = AudioPipeline.from_url(query["pipe"])
    rate, stereo = int(query["rate"]), query["stereo"] == "1"
    results = audio_run_draws(pipeline, audio_input(rate, stereo), rate, int(query["seed"]), int(query["n"]))
    return {
        "pipeline": pipeline.to_dict(),
        "draws": [
            {"draw": index, **array_facts(result.samples), "trimmed": result.trimmed,
             "record": audio_record_to_dict(result.record)}
            for index, result in enumerate(results)
        ],
    }  # fmt: skip


def audio_link_of(pipeline_token: str) -> str:
    return AudioPipeline.from_url(pipeline_token).to_url()


def open_train_link(query: dict[str, str]) -> dict[str, Any]:
    """The training studio's configuration for a link, and the link it writes back."""
    config = train_from_query(query)
    return {"config": json.loads(config.to_json()), "canonical_query": train_to_query(config)}


def run_race_link(engine: dict[str, Any]) -> list[dict[str, Any]]:
    """The race the optimization lab runs for the engine inputs the link maps to (surface, start, steps, racers)."""
    entries = [Entry(e["optimizer_id"], tuple((name, float(v)) for name, v in e["values"])) for e in engine["entries"]]
    paths = run_race(engine["surface_id"], tuple(engine["start"]), int(engine["steps"]), entries)
    return [
        {
            "optimizer_id": path.optimizer_id,
            "final_x": float(path.xs[-1]),
            "final_y": float(path.ys[-1]),
            "final_loss": float(path.final_loss) if math.isfinite(path.final_loss) else None,
            "final_distance": float(path.distances[-1]) if math.isfinite(path.distances[-1]) else None,
            "diverged_at": path.diverged_at,
            "points": len(path.xs),
            "xs_sha256": sha256(np.asarray(path.xs, np.float64)),
            "ys_sha256": sha256(np.asarray(path.ys, np.float64)),
            "losses_sha256": sha256(np.asarray(path.losses, np.float64)),
            "distances_sha256": sha256(np.asarray(path.distances, np.float64)),
            "state": {name: sha256(np.asarray(v, np.float64)) for name, v in sorted(path.state.items())},
        }
        for path in paths
    ]


# --- the recording itself ---------------------------------------------------------------------------


def test_the_recording_covers_every_studio() -> None:
    counts = {studio: len(links(studio)) for studio in STUDIOS}
    assert counts["image"] >= 8 and counts["audio"] >= 6 and counts["train"] >= 6 and counts["race"] >= 4, counts
    for studio in STUDIOS:
        ids = [link["id"] for link in links(studio)]
        assert len(set(ids)) == len(ids), f"duplicate link ids in {studio}"
    assert {e["kind"] for e in RECORDING["image"]["exports"]} == {"python", "albumentations"}
    assert {e["kind"] for e in RECORDING["audio"]["exports"]} == {"standalone", "audiomentations"}


def test_every_recorded_link_points_at_a_page_that_still_exists() -> None:
    paths = {page.url_path for page in PAGES.values() if page.ready}
    for studio in STUDIOS:
        for link in links(studio):
            url = urlsplit(link["url"])
            assert url.path.strip("/") in paths, f"{link['id']}: page {url.path!r} is gone"
            assert dict(parse_qsl(url.query, keep_blank_values=True)) == link["query"], link["id"]


def facts_of(recorded: dict[str, Any]) -> dict[str, Any]:
    """The array facts of a recorded entry (which also carries other keys)."""
    return {key: recorded[key] for key in ("sha256", "shape", "dtype")}


def test_the_inputs_are_rebuilt_exactly() -> None:
    """If this fails, the recipe's libraries changed (OpenCV, NumPy), not the engine: the other failures follow."""
    assert_as_recorded(array_facts(image_input()), facts_of(RECORDING["image"]["input"]), "the image input")
    for signal in RECORDING["audio"]["input"]["signals"]:
        facts = array_facts(audio_input(signal["rate"], signal["stereo"]))
        assert_as_recorded(
            facts, facts_of(signal), f"the audio input at {signal['rate']} Hz, stereo {signal['stereo']}"
        )


# --- image studio ---------------------------------------------------------------------------------


@pytest.mark.parametrize("link", link_params("image"))
def test_image_link_opens_to_the_recorded_grid(link: dict[str, Any]) -> None:
    opened = open_image_link(link)
    assert_as_recorded(opened["pipeline"], link["pipeline"], f"{link['id']}: the pipeline")
    assert len(opened["draws"]) == len(link["draws"]), link["id"]
    for actual, expected in zip(opened["draws"], link["draws"], strict=True):
        what = f"{link['id']} draw {expected['index']}"
        assert_as_recorded(actual["records"], expected["records"], f"{what}: the step records")
        assert_as_recorded(actual["labels"], expected["labels"], f"{what}: the moved labels")
        assert_as_recorded(actual, expected, f"{what}: the pixels")


def test_image_links_are_still_written_the_same_way() -> None:
    """A link made today for the same pipeline is the recorded one (so new links also open on old copies)."""
    for link in links("image"):
        assert image_link_of(link["query"]["pipe"]) == link["query"]["pipe"], link["id"]


# --- audio studio ---------------------------------------------------------------------------------


@pytest.mark.parametrize("link", link_params("audio"))
def test_audio_link_opens_to_the_recorded_draws(link: dict[str, Any]) -> None:
    opened = open_audio_link(link)
    assert_as_recorded(opened["pipeline"], link["pipeline"], f"{link['id']}: the pipeline")
    assert len(opened["draws"]) == len(link["draws"]), link["id"]
    for actual, expected in zip(opened["draws"], link["draws"], strict=True):
        what = f"{link['id']} draw {expected['draw']}"
        assert_as_recorded(actual["record"], expected["record"], f"{what}: the record")
        assert_as_recorded(actual, expected, f"{what}: the samples", float_math=True)


def test_audio_links_are_still_written_the_same_way() -> None:
    for link in links("audio"):
        assert audio_link_of(link["query"]["pipe"]) == link["query"]["pipe"], link["id"]


# --- training studio ------------------------------------------------------------------------------


@pytest.mark.parametrize("link", link_params("train"))
def test_training_link_opens_to_the_recorded_config(link: dict[str, Any]) -> None:
    opened = open_train_link(link["query"])
    assert_as_recorded(opened["config"], link["config"], f"{link['id']}: the configuration")
    assert_as_recorded(opened["canonical_query"], link["canonical_query"], f"{link['id']}: the link it writes back")
    again = open_train_link(link["canonical_query"])  # the written-back link opens to the same configuration
    assert_as_recorded(again["config"], link["config"], f"{link['id']}: the written-back link's configuration")


# --- optimization lab: the race -------------------------------------------------------------------


@pytest.mark.parametrize("link", link_params("race"))
def test_race_link_runs_the_recorded_race(link: dict[str, Any]) -> None:
    paths = run_race_link(link["engine"])
    assert [p["optimizer_id"] for p in paths] == [p["optimizer_id"] for p in link["paths"]], link["id"]
    for actual, expected in zip(paths, link["paths"], strict=True):
        what = f"{link['id']} {expected['optimizer_id']}"
        finals = ("final_x", "final_y", "final_loss", "final_distance", "diverged_at", "points")
        assert_as_recorded({k: actual[k] for k in finals}, {k: expected[k] for k in finals}, f"{what}: the finish",
                           float_math=True)  # fmt: skip
        assert_as_recorded(actual, expected, f"{what}: the whole path", float_math=True)


# --- old exported scripts -----------------------------------------------------------------------------


def export_params(studio: str) -> list[Any]:
    return [pytest.param(export, id=f"{export['link']}-{export['kind']}") for export in RECORDING[studio]["exports"]]


@pytest.mark.parametrize("export", export_params("image"))
def test_old_exported_image_script_still_runs(
    export: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = by_id("image")[export["link"]]
    if export["kind"] == "albumentations":
        albumentations = pytest.importorskip("albumentations")
        namespace: dict[str, Any] = {"__name__": "recorded_export"}
        exec(export["code"], namespace)
        labels = link["labels"] or {"box": None, "keypoints": []}
        box = [labels["box"]] if labels["box"] else []
        out = namespace["transform"](image=np.array(image_input()), bboxes=box, labels=["object"] * len(box),
                                     keypoints=labels["keypoints"])  # fmt: skip
        assert out["image"].dtype == np.uint8, albumentations.__version__
        return
    # The playground script: reads the photo, draws the grid, saves draw_NN.png; the PNGs are the recorded draws.
    monkeypatch.chdir(tmp_path)
    rgb = image_input()
    assert cv2.imwrite(str(tmp_path / export["image_path"]), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    exec(export["code"], {"__name__": "__main__"})
    for expected in link["draws"][: export["n"]]:
        saved = cv2.imread(str(tmp_path / f"draw_{expected['index']:02d}.png"), cv2.IMREAD_COLOR)
        assert saved is not None, f"draw {expected['index']} was not saved"
        facts = array_facts(cv2.cvtColor(saved, cv2.COLOR_BGR2RGB))
        assert_as_recorded(facts, facts_of(expected), f"{export['link']} script, draw {expected['index']}")


@pytest.mark.parametrize("export", export_params("audio"))
def test_old_exported_audio_script_still_runs(export: dict[str, Any]) -> None:
    link = by_id("audio")[export["link"]]
    pytest.importorskip(export["anchor"])
    namespace: dict[str, Any] = {"__name__": "recorded_export"}  # not __main__: the standalone script reads argv
    exec(export["code"], namespace)
    if export["kind"] == "audiomentations":
        augmented = namespace["augmented"]  # the script augments one second of silence at its rate
        assert augmented.ndim == 1 and augmented.dtype == np.float32 and augmented.size > 0
        return
    rate, stereo = int(link["query"]["rate"]), link["query"]["stereo"] == "1"
    samples = namespace["augment"](audio_input(rate, stereo))
    expected = link["draws"][export["draw"]]
    assert_as_recorded(array_facts(samples), facts_of(expected), f"{export['link']} script, draw {export['draw']}")
