"""The pins stay exact, torch stays 2.13.0, and the Cloud file never drifts from the main one."""

from __future__ import annotations

import re

from support.apptest import ROOT


def pins(path: str) -> dict[str, str]:
    found = {}
    for raw_line in (ROOT / path).read_text().splitlines():
        requirement = raw_line.split("#", 1)[0].strip()
        if not requirement or requirement.startswith("-"):
            continue
        name, _, version = requirement.partition("==")
        assert version, f"{path}: {requirement!r} is not pinned with =="
        found[re.sub(r"[-_.]+", "-", name.lower())] = version
    return found


def test_app_requirements_are_pinned_and_torch_is_the_cpu_release() -> None:
    app = pins("requirements.txt")
    assert app["torch"] == "2.13.0"
    assert app["streamlit"] == "1.67.0"
    assert "opencv-python" not in app, "plain opencv-python needs libGL, absent on Streamlit Community Cloud"
    assert "opencv-python-headless" in app


def test_dev_requirements_are_pinned() -> None:
    dev = pins("requirements-dev.txt")
    assert dev["albumentations"] == "2.0.8"
    assert {"pytest", "playwright", "pytest-playwright", "ruff", "audiomentations"} <= set(dev)


def test_cloud_requirements_match_the_app_except_for_the_cpu_torch() -> None:
    app, cloud = pins("requirements.txt"), pins("requirements-cloud.txt")
    assert cloud.pop("torch") == app.pop("torch") + "+cpu"
    assert cloud == app
