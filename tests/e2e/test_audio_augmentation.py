"""The audio studio in a real browser: upload a WAV and an MP3, build a pipeline, play a draw."""

from __future__ import annotations

import io

import numpy as np
import soundfile as sf
from playwright.sync_api import Page, expect

from playground.augment.audio.presets import preset
from support.browser import expect_no_exception, open_app, wait_for_idle, widget

RATE = 16_000


def tone(fmt: str, seconds: float = 1.5) -> bytes:
    t = np.arange(int(seconds * RATE)) / RATE
    samples = (0.3 * np.sin(2 * np.pi * 330 * t) * np.minimum(1, t * 4)).astype(np.float32)
    buffer = io.BytesIO()
    sf.write(buffer, samples, RATE, format=fmt, subtype="PCM_16" if fmt == "WAV" else "MPEG_LAYER_III")
    return buffer.getvalue()


def upload(page: Page, name: str, data: bytes, mime: str) -> None:
    widget(page, "audio.upload").locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )
    wait_for_idle(page)
    # The uploader shows the name at once; the clip's own line appears only after the rerun decoded it.
    expect(page.get_by_test_id("stMarkdown").filter(has_text=f"{name} ·")).to_have_count(1, timeout=30_000)
    wait_for_idle(page)


PLAY_AND_MEASURE = """async (audio) => {
    if (audio.readyState < 1) {
        await new Promise((resolve, reject) => {
            audio.addEventListener('loadedmetadata', resolve, {once: true});
            audio.addEventListener('error', () => reject(new Error('audio failed to load')), {once: true});
            audio.load();
        });
    }
    audio.muted = true;
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 400));
    return {src: audio.currentSrc || audio.src, duration: audio.duration, time: audio.currentTime};
}"""


def test_upload_wav_and_mp3_build_a_pipeline_and_play_a_draw(page: Page, app_url: str) -> None:
    open_app(page, f"{app_url}/audio_augmentation?lang=en")
    expect_no_exception(page)

    upload(page, "tone.wav", tone("WAV"), "audio/wav")
    expect(widget(page, "audio.source").get_by_role("radio", name="My file")).to_be_checked()
    upload(page, "tone.mp3", tone("MP3"), "audio/mpeg")
    expect_no_exception(page)

    widget(page, "audio.preset").click()
    page.get_by_role("option", name="Pitch and tempo").click()
    wait_for_idle(page)
    expect(widget(page, "audio.transforms")).to_contain_text("Pitch shift")
    expect(widget(page, "audio.transforms")).to_contain_text("Time stretch")

    n_draws = widget(page, "audio.n_draws").get_by_role("slider")
    n_draws.focus()
    for _ in range(3):  # 6 -> 3 draws, with the keyboard like a student would
        page.keyboard.press("ArrowLeft")
    wait_for_idle(page)
    expect(page.locator("[class*='st-key-audio-card-']")).to_have_count(3)
    expect_no_exception(page)

    card = widget(page, "audio.card.0")
    card.scroll_into_view_if_needed()
    audio = card.locator("audio")
    expect(audio).to_have_count(1)
    played = audio.evaluate(PLAY_AND_MEASURE)
    assert played["src"], "the draw's player has no source"
    assert played["duration"] > 0.5, played
    assert played["time"] > 0, played


def test_a_shared_link_opens_the_same_grid_and_survives_a_visit_to_another_page(page: Page, app_url: str) -> None:
    pipeline = preset("pitch_time")
    open_app(page, f"{app_url}/audio_augmentation?lang=en&pipe={pipeline.to_url()}&seed=77&n=2")
    expect_no_exception(page)
    expect(widget(page, "audio.transforms")).to_contain_text("Pitch shift")
    expect(widget(page, "audio.seed").locator("input")).to_have_value("77")
    expect(page.locator("[class*='st-key-audio-card-']")).to_have_count(2)

    navigation = page.get_by_test_id("stSidebarNav")
    navigation.get_by_role("link", name="Home").click()
    wait_for_idle(page)
    navigation.get_by_role("link", name="Audio augmentation").click()
    wait_for_idle(page)
    expect(widget(page, "audio.transforms")).to_contain_text("Time stretch")
    expect(widget(page, "audio.seed").locator("input")).to_have_value("77")
    expect(page.locator("[class*='st-key-audio-card-']")).to_have_count(2)
    assert "seed=77" in page.url and "pipe=" in page.url, page.url


def test_a_microphone_recording_becomes_the_clip(page: Page, app_url: str) -> None:
    """Chromium's fake microphone plays a tone; two seconds of it become the clip the draws start from."""
    page.context.grant_permissions(["microphone"])
    open_app(page, f"{app_url}/audio_augmentation?lang=en")
    recorder = widget(page, "audio.mic")
    recorder.get_by_role("button", name="Record").click()
    page.wait_for_timeout(2_000)
    recorder.get_by_role("button", name="Stop recording").click()
    wait_for_idle(page)
    expect(widget(page, "audio.source").get_by_role("radio", name="Microphone")).to_be_checked()
    expect(page.get_by_test_id("stMain")).to_contain_text("Recording ·")
    expect_no_exception(page)
    expect(page.locator("[class*='st-key-audio-card-']")).to_have_count(6)


def test_an_m4a_voice_memo_reaches_the_page_and_gets_our_message(page: Page, app_url: str) -> None:
    """The uploader takes any file (no ``type`` filter): our own message says what works and how to convert."""
    open_app(page, f"{app_url}/audio_augmentation?lang=en")
    memo = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(256)
    widget(page, "audio.upload").locator("input[type=file]").set_input_files(
        {"name": "memo.m4a", "mimeType": "audio/x-m4a", "buffer": memo}
    )
    wait_for_idle(page)
    expect(page.get_by_test_id("stMain")).to_contain_text("ffmpeg -i input.m4a output.wav", timeout=30_000)
    expect(page.get_by_text("files are not allowed")).to_have_count(0)
    expect_no_exception(page)
