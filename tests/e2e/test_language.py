"""Language lab in a real browser: train two models in the backend, type a sentence, see it coloured by both.

The sentence carries markup (``<b>``) that must arrive as text: the colouring is HTML built from user text.
"""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from support.browser import expect_no_exception, open_app, wait_for_idle, widget

MODEL_NAMES = {"ngram": "N-gram logistic regression", "transformer": "Tiny Transformer"}


def choose(page: Page, key: str, option: str) -> None:
    box = widget(page, key).locator("input")
    box.click()
    box.fill(option)
    page.keyboard.press("Enter")
    wait_for_idle(page)


def test_train_two_models_and_colour_a_typed_sentence(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    open_app(page, f"{app_url}/language?c=synthetic_en&tok=words")
    expect(widget(page, "language.model")).to_be_visible(timeout=60_000)
    for model in ("ngram", "transformer"):
        choose(page, "language.model", MODEL_NAMES[model])
        widget(page, "language.train").locator("button").click()
        wait_for_idle(page)
    sentence = widget(page, "language.sentence").locator("textarea")
    tab = page.get_by_role("tabpanel").first  # "Type a sentence": the other tabs colour texts too
    deadline = time.monotonic() + 150
    while tab.locator(".lang-tokens").count() < 2:  # one coloured sentence per trained model
        assert time.monotonic() < deadline, "the two models did not finish training in the browser"
        time.sleep(1.0)
    sentence.fill("the <b>food</b> was not good ☃")
    sentence.press("Control+Enter")
    wait_for_idle(page)
    # the default sentence is coloured too: wait until the typed one has replaced it, then count
    expect(tab.locator(".lang-tokens").first).to_contain_text("☃", timeout=30_000)
    expect(tab.locator(".lang-tokens")).to_have_count(3, timeout=30_000)  # two models + the [CLS] attention row
    tokens = tab.locator(".lang-tokens").first.locator(".lang-token")
    texts = tokens.all_inner_texts()
    assert "not" in texts and "good" in texts and "<" in texts, texts
    expect(tab.locator(".lang-token", has_text="food").first).to_be_visible()
    assert page.locator(".lang-tokens b").count() == 0, "typed markup is shown as text, never rendered"
    assert "line-through" in (tab.locator(".lang-token", has_text="☃").first.get_attribute("style") or "")
    expect(tab.locator(".js-plotly-plot").first).to_be_visible()  # the attention heads
    expect_no_exception(page)
