"""The router and the global sidebar: language, device and seed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import torch

from playground.core import devices
from playground.i18n import translate
from support.apptest import open_page


def test_home_lists_the_fundamentals_in_english_and_chinese() -> None:
    english = open_page(language="en")
    assert english.title[0].value == translate("home.title", "en")
    markdown = " ".join(element.value for element in english.markdown)
    for topic in ("structure", "losses", "optimizers", "augmentation", "compression", "fusion", "parallel"):
        assert translate(f"home.topic.{topic}", "en") in markdown

    chinese = open_page(language="zh")
    assert chinese.title[0].value == "深度学习游乐场"


def test_switching_language_rerenders_and_keeps_the_sidebar_state() -> None:
    app = open_page()
    app.number_input(key="global.seed").set_value(7).run()
    app.selectbox(key="global.lang").select("zh").run()
    assert app.title[0].value == translate("home.title", "zh")
    assert app.number_input(key="global.seed").value == 7
    assert app.query_params["lang"] == ["zh"] or app.query_params["lang"] == "zh"


def test_device_list_offers_the_cpu_by_default() -> None:
    app = open_page()
    device_box = app.selectbox(key="global.device")
    assert device_box.value == "cpu"
    assert "cpu" in device_box.options[0]


def test_a_vanished_device_falls_back_to_cpu_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda index: "Fake GPU")
    monkeypatch.setattr(torch.cuda, "get_device_properties", lambda index: SimpleNamespace(total_memory=8 * 2**30))
    app = open_page()
    assert "cuda:0" in app.selectbox(key="global.device").options[1]
    app.selectbox(key="global.device").set_value("cuda:0").run()
    assert not app.warning

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)  # the GPU disappears
    app.run()
    assert app.session_state["global.device"] == devices.CPU_ID
    assert "cuda:0" in " ".join(warning.value for warning in app.warning)
