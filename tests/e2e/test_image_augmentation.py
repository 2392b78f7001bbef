"""The image studio in a real browser: upload a PNG and a JPEG, build a pipeline, see the grid, enlarge a draw."""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget


def write_images(folder: Path) -> list[str]:
    rng = np.random.default_rng(0)
    png = cv2.resize(rng.integers(0, 256, (12, 16, 3), dtype=np.uint8), (320, 240), interpolation=cv2.INTER_CUBIC)
    jpeg = cv2.resize(rng.integers(0, 256, (16, 12, 3), dtype=np.uint8), (210, 280), interpolation=cv2.INTER_CUBIC)
    paths = [folder / "pattern.png", folder / "portrait.jpg"]
    cv2.imwrite(str(paths[0]), png)
    cv2.imwrite(str(paths[1]), jpeg)
    return [str(path) for path in paths]


def choose(page: Page, key: str, option: str, typed: str = "") -> None:
    """Open a selectbox and pick ``option``; retried because a rerun that lands mid-click closes the list."""
    for _ in range(3):
        wait_for_idle(page)
        widget(page, key).click()
        if typed:
            page.keyboard.type(typed)
        target = page.get_by_role("option", name=option)
        try:
            target.wait_for(timeout=5_000)
        except Exception:  # the list closed under us: try again
            page.keyboard.press("Escape")
            continue
        target.click()
        wait_for_idle(page)
        return
    raise AssertionError(f"could not choose {option!r} in {key}")


def test_upload_build_and_see_the_grid(page: Page, app_url: str, tmp_path: Path) -> None:
    open_app(page, f"{app_url}/image_augmentation?lang=en")
    expect_no_exception(page)
    main = page.get_by_test_id("stMain")

    widget(page, "image.source").get_by_text("Upload", exact=True).click()
    wait_for_idle(page)
    widget(page, "image.upload").locator("input[type=file]").set_input_files(write_images(tmp_path))
    expect(widget(page, "image.upload_pick")).to_be_visible(timeout=30_000)
    wait_for_idle(page)
    expect(main).to_contain_text("320×240")

    choose(page, "image.add_name", "Blur & noise · Gaussian noise", typed="Gaussian noise")
    widget(page, "image.add").get_by_role("button").click()
    wait_for_idle(page)
    expect(main).to_contain_text("4. Gaussian noise")

    choose(page, "image.upload_pick", "portrait.jpg")
    expect(main).to_contain_text("210×280")
    expect(main).to_contain_text("#11 ·")  # the twelfth draw's caption
    assert main.get_by_test_id("stImage").count() >= 13  # the original and 12 draws (plus the inspector)

    widget(page, "image.zoom.0").get_by_role("button").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible(timeout=30_000)
    expect(dialog).to_contain_text("After each step")
    expect_no_exception(page)


def test_a_camera_photo_becomes_the_source_image(page: Page, app_url: str) -> None:
    """Chromium's fake camera shows a test pattern; one photo of it is augmented like any upload."""
    page.context.grant_permissions(["camera"])
    open_app(page, f"{app_url}/image_augmentation?lang=en")
    widget(page, "image.source").get_by_role("radio", name="Camera").click()
    wait_for_idle(page)
    camera = widget(page, "image.camera")
    # The button is drawn before the stream runs; a click then captures nothing. Wait for real frames.
    camera.locator("video").evaluate(
        """video => new Promise((resolve) => {
            const ready = () => video.readyState >= 2 && video.videoWidth > 0;
            if (ready()) return resolve(true);
            const timer = setInterval(() => { if (ready()) { clearInterval(timer); resolve(true); } }, 100);
        })""",
        timeout=20_000,
    )
    camera.get_by_role("button", name="Take Photo").click()
    expect(camera.get_by_role("button", name="Clear photo")).to_be_visible(timeout=20_000)
    wait_for_idle(page)
    expect_no_exception(page)
    expect(page.get_by_test_id("stMain")).to_contain_text(re.compile(r"original \d+×\d+ JPEG"))  # the photo, decoded
    expect(page.locator("[class*='st-key-image-zoom-']")).to_have_count(12)  # the default grid, from the photo
