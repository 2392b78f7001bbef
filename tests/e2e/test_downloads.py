"""Every download button on every page, pressed in a real browser: the file opens, has the right type,
and reproduces what the page showed.

Why in the browser: a download button builds its bytes on click (``on_click="ignore"``
with a callable) and Streamlit serves them from its media endpoint; only a real
click proves the whole path, the file name and the content type the browser gets.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import zipfile
from urllib.parse import parse_qs, urlparse

import cv2
import numpy as np
import onnxruntime
import pytest
import soundfile
import torch
from playwright.sync_api import Download, Page, expect

from playground.augment.audio.pipeline import Pipeline as AudioPipeline
from playground.augment.image.pipeline import Pipeline as ImagePipeline
from playground.augment.image.pipeline import draw_grid
from playground.data.samples import sample_bytes, samples_of
from playground.io.images import decode_image
from playground.training.config import TrainConfig, from_query
from playground.training.model import build_model
from playground.training.toy_csv import parse_toy_csv
from playground.ui.audio import keys as audio_keys
from playground.ui.compress import keys as compress_keys
from playground.ui.image import keys as image_keys
from playground.ui.training import keys as train_keys
from support.browser import expect_no_exception, open_app, wait_for_idle, widget

SLOW = 90_000


def _download(page: Page, key: str) -> tuple[Download, bytes, str]:
    """Press the download button with Streamlit ``key``; the file, its bytes and the served content type."""
    with page.expect_download(timeout=SLOW) as info:
        widget(page, key).get_by_role("button").first.click()
    download = info.value
    data = open(download.path(), "rb").read()  # noqa: SIM115
    response = page.request.get(download.url)
    return download, data, response.headers.get("content-type", "")


def _query(page: Page) -> dict[str, str]:
    return {name: values[-1] for name, values in parse_qs(urlparse(page.url).query).items()}


@pytest.fixture(autouse=True)
def _router_first(page: Page, app_url: str) -> None:
    open_app(page, app_url)  # a deep link on a fresh server is served through the router once it ran


def test_image_studio_downloads(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/image_augmentation?n=4&seed=11")
    expect(page.get_by_role("tab", name="Pipeline JSON")).to_be_visible(timeout=SLOW)
    query = _query(page)
    shown = ImagePipeline.from_url(query["pipe"])

    page.get_by_role("tab", name="Pipeline JSON", exact=True).click()
    download, data, kind = _download(page, image_keys.DOWNLOAD_JSON)
    assert download.suggested_filename == "pipeline.json" and kind.startswith("application/json")
    assert ImagePipeline.from_json(data).to_dict() == shown.to_dict()

    page.get_by_role("tab", name="Python (playground)", exact=True).click()
    download, data, kind = _download(page, image_keys.DOWNLOAD_PYTHON)
    assert download.suggested_filename.endswith(".py") and "python" in kind
    compile(data, "reproduce_grid.py", "exec")
    assert "11" in data.decode()

    page.get_by_role("tab", name="albumentations", exact=True).click()
    _, data, kind = _download(page, image_keys.DOWNLOAD_ALBU)
    ast.parse(data)
    assert b"import albumentations" in data

    page.get_by_role("tab", name="Images (ZIP)", exact=True).click()
    _, data, kind = _download(page, image_keys.DOWNLOAD_ZIP)
    assert kind.startswith("application/zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(name for name in archive.namelist() if name.endswith(".png"))
        assert len(names) == 4
        summary = json.loads(archive.read("params.json"))
        assert summary["seed"] == 11 and summary["pipeline"] == shown.to_dict()
        first_sample = samples_of("image")[0].name  # the studio's default picture
        expected = draw_grid(shown, decode_image(sample_bytes(first_sample)).rgb, seed=11, n=4)
        for name, draw in zip(names, expected, strict=True):
            png = cv2.imdecode(np.frombuffer(archive.read(name), np.uint8), cv2.IMREAD_COLOR)
            assert np.array_equal(cv2.cvtColor(png, cv2.COLOR_BGR2RGB), draw.image), f"{name} is not the page's draw"
    expect_no_exception(page)


def test_audio_studio_downloads(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/audio_augmentation?n=3&seed=5")
    expect(widget(page, audio_keys.EXPORT_ZIP)).to_be_visible(timeout=SLOW)
    query = _query(page)
    shown = AudioPipeline.from_url(query["pipe"])

    _, data, kind = _download(page, audio_keys.EXPORT_JSON)
    assert kind.startswith("application/json") and AudioPipeline.from_json(data).to_dict() == shown.to_dict()

    _, data, kind = _download(page, audio_keys.EXPORT_ZIP)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        wavs = sorted(name for name in archive.namelist() if name.endswith(".wav"))
        params = json.loads(archive.read("params.json"))
        assert len(wavs) == len(params["draws"]) >= 1 and params["seed"] == 5
        samples, rate = soundfile.read(io.BytesIO(archive.read(wavs[0])))
        assert rate == params["rate"] and len(samples) > 0 and np.isfinite(samples).all()

    for key, must in ((audio_keys.EXPORT_CODE, b"def augment"), (audio_keys.EXPORT_AM, b"audiomentations")):
        _, data, kind = _download(page, key)
        assert "python" in kind and must in data
        ast.parse(data)

    download, data, kind = _download(page, audio_keys.card_download_key(0))
    assert kind.startswith("audio/wav") and download.suggested_filename == "draw_01.wav"
    samples, rate = soundfile.read(io.BytesIO(data))
    assert len(samples) > 0 and rate == params["rate"]
    expect_no_exception(page)


def test_training_studio_downloads(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/training?ds=xor&h=3&act=relu&seed=9")
    widget(page, train_keys.STEP_EPOCH).get_by_role("button").first.click()
    wait_for_idle(page)
    page.get_by_role("tab", name="Share and export").click()
    expect(widget(page, train_keys.DL_WEIGHTS)).to_be_visible(timeout=SLOW)
    config = from_query(_query(page))
    assert isinstance(config, TrainConfig) and config.dataset == "xor"

    _, data, kind = _download(page, train_keys.DL_CONFIG)
    assert kind.startswith("application/json") and json.loads(data)["dataset"] == "xor"

    _, weights, _ = _download(page, train_keys.DL_WEIGHTS)
    state = torch.load(io.BytesIO(weights), weights_only=True)
    model = build_model(config.model, 2, config.seed)
    model.load_state_dict(state)
    model.eval()

    _, data, kind = _download(page, train_keys.DL_ONNX)
    session = onnxruntime.InferenceSession(data, providers=["CPUExecutionProvider"])
    points = np.random.default_rng(0).uniform(-5, 5, (64, 2)).astype(np.float32)
    with torch.no_grad():
        expected = model(torch.from_numpy(points)).numpy()
    np.testing.assert_allclose(session.run(None, {"x": points})[0], expected, rtol=1e-4, atol=1e-5)

    _, data, kind = _download(page, train_keys.DL_HISTORY)
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    assert kind.startswith("text/csv") and rows and "test_loss" in rows[0]

    page.get_by_role("tab", name="Your own data").click()
    _, data, kind = _download(page, train_keys.CSV_EXAMPLE)
    assert kind.startswith("text/csv") and len(parse_toy_csv(data)[0].x) > 0
    expect_no_exception(page)


def test_compression_studio_downloads(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/compression")
    methods = widget(page, compress_keys.METHODS)
    expect(methods).to_be_visible(timeout=SLOW)
    methods.get_by_role("button", name="Clear all").first.click()
    wait_for_idle(page)
    methods.get_by_role("combobox").click()
    page.get_by_role("option", name="fp16 cast", exact=True).click(timeout=SLOW)
    wait_for_idle(page)
    page.get_by_text("Make a trained network").click()  # close the dropdown
    widget(page, compress_keys.RUN).get_by_role("button").click()
    page.wait_for_timeout(500)
    wait_for_idle(page, 120_000)
    page.get_by_role("tab", name="Downloads").click()
    expect(widget(page, compress_keys.DL_CSV)).to_be_visible(timeout=SLOW)

    _, data, kind = _download(page, compress_keys.DL_CSV)
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    assert kind.startswith("text/csv") and {row["method"] for row in rows} >= {"fp32", "fp16"}

    _, data, kind = _download(page, compress_keys.DL_JSON)
    report = json.loads(data)
    assert kind.startswith("application/json") and {r["method"] for r in report["variants"]} >= {"fp32", "fp16"}

    _, data, kind = _download(page, compress_keys.download_key("fp16"))
    state = torch.load(io.BytesIO(data), weights_only=True)
    assert any(tensor.dtype == torch.float16 for tensor in state.values() if torch.is_tensor(tensor))
    expect_no_exception(page)
