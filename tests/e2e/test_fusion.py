"""Fusion studio in a real browser: train an ensemble, watch member and fused regions and the scores change.

One server for the module (the ``app_url`` fixture of ``tests/e2e/conftest.py``).
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import torch
from playwright.sync_api import Page, expect

from playground.fusion.stacked import sequential_member
from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def metric(page: Page, label: str) -> str:
    box = page.locator("[data-testid=stMetric]:not([data-stale='true'])").filter(
        has=page.locator("[data-testid=stMetricLabel]", has_text=label)
    )
    return box.first.locator("[data-testid=stMetricValue]").inner_text()


def test_training_an_ensemble_changes_member_and_fused_regions_and_the_scores(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    open_app(page, f"{app_url}/fusion?m=4&kind=bagging")
    fused, members = widget(page, "fusion.chart.fused"), widget(page, "fusion.chart.members")
    expect(fused.locator(".main-svg").first).to_be_visible(timeout=60_000)
    expect(members.locator(".main-svg").first).to_be_visible(timeout=30_000)
    assert metric(page, "Epoch").startswith("0 /")
    untrained = metric(page, "Fused accuracy"), metric(page, "Fused NLL")
    fused_before, members_before = fused.screenshot(), members.screenshot()

    widget(page, "fusion.train").locator("button").first.click()
    deadline = time.monotonic() + 90
    while metric(page, "Epoch") != "60 / 60":
        assert time.monotonic() < deadline, "the ensemble did not finish training in the browser"
        time.sleep(0.5)
    wait_for_idle(page)
    expect(page.get_by_text("Training finished.")).to_be_visible()
    trained = metric(page, "Fused accuracy"), metric(page, "Fused NLL")
    assert trained != untrained, "the scores follow the training"
    assert float(trained[0].rstrip("%")) > 80
    page.wait_for_timeout(500)  # plotly draws a frame after the element settles
    assert fused.screenshot() != fused_before, "the fused regions changed"
    assert members.screenshot() != members_before, "the members' regions changed"
    expect(members.locator(".gtitle, .annotation-text").first).to_contain_text("%")  # each member's accuracy
    expect_no_exception(page)

    page.get_by_role("tab", name="Export").click()
    with page.expect_download(timeout=60_000) as download:
        widget(page, "fusion.dl_weights").locator("button").click()
    bundle = torch.load(io.BytesIO(Path(download.value.path()).read_bytes()), weights_only=True)
    assert len(bundle["members"]) == 4 and bundle["widths"] == [16] * 4
    net = sequential_member(2, 16, 2, "relu")
    net.load_state_dict(bundle["members"][0])  # a trained member, as a plain nn.Sequential


def test_the_page_speaks_chinese(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/fusion?lang=zh")
    expect(page.get_by_role("heading", name="模型融合：集成与多输入模型")).to_be_visible(timeout=60_000)
    expect(widget(page, "fusion.train")).to_contain_text("训练")
    expect_no_exception(page)
