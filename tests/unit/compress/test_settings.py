"""The compression studio's settings: each knob a Param declared once, cleaned by the one rule, mapped once.

Oracles: the settings the page built by hand before the knobs were Params
(``MethodSettings(calib_size=int(...), per_channel=observer == "per_channel", …)``)
and the page's old list of kept keys.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from playground.compress.methods import KNOBS, METHODS, MethodSettings
from playground.compress.settings import COMPRESS, DEFAULT_METHODS
from playground.i18n import LANGUAGES

OLD_KEPT = ("model", "hidden", "epochs", "methods", "calib_size", "observer", "sparsity", "prune_scope", "channels",
            "finetune", "hist_row", "layers_view")  # fmt: skip


def test_the_table_keeps_what_the_page_kept() -> None:
    assert set(COMPRESS.kept_keys()) == {f"compress.{name}" for name in OLD_KEPT}
    assert not COMPRESS.url_names(), "the studio writes no link"


def test_every_knob_is_declared_once_and_read_by_some_method() -> None:
    read = [param for method in METHODS.values() for param in method.params]
    assert all(any(param is knob for knob in KNOBS) for param in read), "a method reads a knob of its own"
    assert {param.name for param in read} == {knob.name for knob in KNOBS}
    assert {name: tuple(p.name for p in METHODS[name].params) for name in ("static_int8", "prune_channels")} == {
        "static_int8": ("calib_size", "observer"),
        "prune_channels": ("channels", "finetune"),
    }
    assert not METHODS["fp16"].params


def test_the_defaults_are_the_settings_defaults() -> None:
    assert MethodSettings.from_knobs({}) == MethodSettings()
    assert MethodSettings.from_knobs(COMPRESS.defaults()) == MethodSettings()
    assert set(DEFAULT_METHODS) <= set(METHODS)


@pytest.mark.parametrize(
    ("calib", "observer", "sparsity", "scope", "channels", "finetune", "seed"),
    [(256, "per_channel", 0.5, "global", 0.25, True, 42), (8, "per_tensor", 0.95, "layer", 0.0, False, 7),
     (1024, "per_tensor", 0.0, "global", 0.9, True, 0)],
)  # fmt: skip
def test_knobs_map_to_the_settings_the_page_built_by_hand(  # noqa: PLR0917 (one argument per knob)
    calib: int, observer: str, sparsity: float, scope: str, channels: float, finetune: bool, seed: int
) -> None:
    """The report's ``settings`` (``asdict``) must not change for the same choices."""
    by_hand = MethodSettings(calib_size=int(calib), per_channel=observer == "per_channel", sparsity=float(sparsity),
                             prune_scope=str(scope), channel_fraction=float(channels), finetune=bool(finetune),
                             seed=seed)  # fmt: skip
    widgets = {"calib_size": str(calib), "observer": observer, "sparsity": sparsity, "prune_scope": scope,
               "channels": channels, "finetune": finetune}  # fmt: skip
    assert asdict(MethodSettings.from_knobs(widgets, seed=seed)) == asdict(by_hand)


@pytest.mark.parametrize(
    ("name", "given", "used", "key"),
    [("calib_size", "100", "256", "param.note.invalid"), ("calib_size", 512, "512", None),
     ("observer", "per_row", "per_channel", "param.note.invalid"), ("sparsity", 1.5, 0.95, "param.note.clamped"),
     ("sparsity", -1, 0.0, "param.note.clamped"), ("sparsity", "half", 0.5, "param.note.invalid"),
     ("prune_scope", "network", "global", "param.note.invalid"), ("channels", 0.99, 0.9, "param.note.clamped"),
     ("finetune", "maybe", True, "param.note.invalid"), ("finetune", "0", False, None)],
)  # fmt: skip
def test_compression_knobs_clean_bad_values_and_say_so(name: str, given: object, used: object, key: str | None) -> None:
    cleaned = COMPRESS[name].param.clean(given)
    assert cleaned.value == used
    assert [note.key for note in cleaned.notes] == ([key] if key else [])
    for note in cleaned.notes:
        for language in LANGUAGES:
            assert name in note.message(language) and "{" not in note.message(language)


def test_bad_knob_values_reach_the_methods_cleaned() -> None:
    settings = MethodSettings.from_knobs({"calib_size": "3", "sparsity": 7.0, "prune_scope": "x", "channels": "y"})
    assert (settings.calib_size, settings.sparsity, settings.prune_scope, settings.channel_fraction) == (
        256, 0.95, "global", 0.25,
    )  # fmt: skip


def test_the_table_cleans_every_field() -> None:
    cleaned = COMPRESS.clean({"model": "gpt", "hidden": "100", "epochs": 99, "methods": "fp16,fp32,warp"})
    assert cleaned.value["model"] == "digits_mlp" and cleaned.value["hidden"] == "128"
    assert cleaned.value["epochs"] == 30 and cleaned.value["methods"] == ("fp16",), "fp32 is the reference"
    assert {note.params["name"] for note in cleaned.notes} == {"model", "hidden", "epochs", "methods"}
