"""A server set up for a Ray cluster whose head does not answer: every training page says so, nothing breaks.

The training studio's run is lost from the start with a clear message and a Restart button; the pages of
the other studios say the same above their work; pages that do not train work as usual.
"""

from __future__ import annotations

import socket

import pytest

from playground.i18n import translate
from playground.training.runner.choose import BackendHolder, BackendSettings, make_backend
from playground.training.runner.pool import ProcessPool
from playground.ui.training import session
from support.apptest import assert_clean, open_page


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def unreachable_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's backend as it is chosen for a Ray head nobody answers at (the real cache is left alone)."""
    settings = BackendSettings("ray", f"127.0.0.1:{_closed_port()}")
    holder = BackendHolder(lambda: make_backend(settings, ProcessPool))
    monkeypatch.setattr(session, "_backend_holder", lambda: holder)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_training_studio_says_the_cluster_is_down_and_offers_restart(unreachable_cluster, language: str) -> None:
    app = open_page("pages/training.py", language)
    assert_clean(app)
    warnings = [w.value for w in app.warning]
    assert translate("train.notice.cluster_unreachable", language) in warnings
    assert translate("train.msg.cluster_unreachable", language) in [e.value for e in app.error]
    assert app.button(key="train.restart")
    if language == "en":
        app.button(key="train.play").click().run()  # pressing Play on a lost run is harmless
        assert_clean(app)


def test_other_studios_say_it_too_and_pages_without_training_work(unreachable_cluster) -> None:
    app = open_page("pages/vision.py")
    assert_clean(app)
    assert translate("train.notice.cluster_unreachable", "en") in [w.value for w in app.warning]
    home = open_page()
    assert_clean(home)
    assert not home.warning
