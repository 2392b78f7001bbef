"""One contract battery over every registry entry of the playground.

Why one battery: every catalogue (transforms, losses, optimizers, schedulers,
compression methods, data sets, presets, samples, pages…) is a
``Registry`` of ``Entry`` objects, so the same promises can be checked on all
of them, and a catalogue declared tomorrow is checked the day it appears,
without anyone remembering to write its tests:

- its texts exist in both languages (title, summary, every parameter's label);
- every parameter is sane (default valid and inside its bounds) and
  round-trips through a link (``encode`` then ``clean`` gives it back);
- bad values are cleaned by the one rule (garbage → default, out of range →
  clamped), each time with a notice, never an exception;
- every parameter's widget draws (``param_widget`` in a real Streamlit run);
- where an entry writes code for another library, that code parses.
"""

from __future__ import annotations

import ast
import importlib
import math
import pkgutil
import re
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

import playground
from playground.core.params import Param
from playground.core.registry import Entry, Registry
from playground.core.state_table import encode
from playground.i18n import LANGUAGES, all_strings

NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")  # names travel in links and widget keys


def _registries() -> dict[str, Registry]:
    """Every module-level ``Registry`` in the engine, by ``module.NAME`` (each object once)."""
    found: dict[str, Registry] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(playground.__path__, prefix="playground."):
        if info.name.startswith("playground.ui"):
            continue
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, Registry) and id(value) not in seen:
                seen.add(id(value))
                found[f"{info.name}.{attribute}"] = value
    return found


REGISTRIES = _registries()


def _entries() -> Iterator[tuple[str, Entry]]:
    for where, registry in REGISTRIES.items():
        for entry in registry.values():
            yield f"{where}[{entry.name}]", entry


ENTRIES = dict(_entries())
PARAMS = {f"{where}.{param.name}": param for where, entry in ENTRIES.items() for param in entry.params}


def _has_both_languages(key: str) -> bool:
    texts = all_strings().get(key, {})
    return all(texts.get(language) for language in LANGUAGES)


def test_the_battery_finds_the_catalogues() -> None:
    kinds = {registry.kind for registry in REGISTRIES.values()}
    assert {"loss", "optimizer", "scheduler", "page"} <= kinds, kinds
    assert len(ENTRIES) > 50


@pytest.mark.parametrize("where", sorted(REGISTRIES))
def test_registry_is_a_catalogue(where: str) -> None:
    registry = REGISTRIES[where]
    assert len(registry) > 0, f"{where} is empty"
    for name, entry in registry.items():
        assert isinstance(entry, Entry)
        assert entry.name == name
        assert NAME.match(name), f"{where}: {name!r} is not a link-safe name"
        assert entry.status in ("stable", "experimental", "deprecated"), (where, name, entry.status)
        assert len({param.name for param in entry.params}) == len(entry.params), f"{where}[{name}]: a param twice"


@pytest.mark.parametrize("where", sorted(ENTRIES))
def test_entry_texts_exist_in_both_languages(where: str) -> None:
    entry = ENTRIES[where]
    missing = [key for key in (entry.title_key, entry.summary_key) if not _has_both_languages(key)]
    missing += [param.label_key or f"<{param.name}: no label_key>" for param in entry.params]
    missing = [key for key in missing if not _has_both_languages(key)]
    assert not missing, f"{where}: texts missing in en or zh: {missing}"


def _garbage_for(param: Param) -> object:
    return {"bool": "maybe", "text": None}.get(param.kind, "\x00<script>")


@pytest.mark.parametrize("where", sorted(PARAMS))
def test_param_is_sane_and_round_trips_through_a_link(where: str) -> None:
    param = PARAMS[where]
    cleaned = param.clean(param.default)
    assert not cleaned.notes, f"{where}: its own default needs cleaning: {cleaned.notes}"
    assert cleaned.value == param.default or list(cleaned.value) == list(param.default), where
    if param.kind in ("float", "int"):
        assert param.low is None or param.low <= param.default, where
        assert param.high is None or param.default <= param.high, where
    if param.kind in ("choice", "multi"):
        assert param.choices, where
    text = encode(param, param.default)
    back = param.clean(text)
    assert not back.notes, f"{where}: {text!r} from a link reads back with notes {back.notes}"
    if param.kind in ("float", "range"):
        expected = param.default if param.kind == "range" else (param.default,)
        got = back.value if param.kind == "range" else (back.value,)
        assert all(math.isclose(float(a), float(b), rel_tol=1e-12) for a, b in zip(got, expected, strict=True))
    else:
        assert back.value == cleaned.value, (where, text, back.value)


@pytest.mark.parametrize("where", sorted(PARAMS))
def test_bad_values_are_cleaned_and_reported(where: str) -> None:
    param = PARAMS[where]
    if param.kind != "text":
        garbage = param.clean(_garbage_for(param))
        assert garbage.notes, f"{where}: garbage accepted silently as {garbage.value!r}"
        if param.kind not in ("multi", "list"):
            assert garbage.value == param.default, where
    if param.kind in ("float", "int") and param.high is not None:
        too_big = param.clean(param.high * 10 + 10)
        assert too_big.notes and too_big.value <= param.high, where
    if param.kind in ("float", "int") and param.low is not None:
        too_small = param.clean(param.low - abs(param.low) * 10 - 10)
        assert too_small.notes and too_small.value >= param.low, where
    assert param.clean(float("nan")).value is not None


def _widget_script(names: list[str]) -> None:
    """Runs inside AppTest: one widget per named parameter (the script imports what it needs itself)."""
    import streamlit as st  # noqa: PLC0415 (AppTest runs this function's body as the script)

    from playground.ui.widgets import param_widget  # noqa: PLC0415
    from tests.unit.test_registry_battery import PARAMS  # noqa: PLC0415

    for index, name in enumerate(names):
        param_widget(PARAMS[name], f"battery.{index}", label=name)
    st.write(f"drawn {len(names)}")


def test_every_param_widget_draws() -> None:
    names = [where for where, param in sorted(PARAMS.items()) if param.kind != "list"]
    app = AppTest.from_function(_widget_script, args=(names,), default_timeout=120).run()
    assert not app.exception, [e.value for e in app.exception]
    assert any(f"drawn {len(names)}" in m.value for m in app.markdown), "not every widget was drawn"


EXPORTERS = {where: entry for where, entry in ENTRIES.items() if callable(getattr(entry, "export_code", None))}


@pytest.mark.parametrize("where", sorted(EXPORTERS))
def test_exported_code_parses(where: str) -> None:
    """Entries that write code for another library (``export_code(values)``) write code that parses."""
    entry = EXPORTERS[where]
    code = entry.export_code(entry.defaults())
    if code is not None:  # None: the other library has no equivalent, and the export says so
        ast.parse(code)
