"""The classroom benchmark's websocket client, without a Streamlit server.

Why these tests: the benchmark is only as fair as its imitation of the browser. A
button press must be a one-run trigger on the right widget id, the live view's feed
must be found in a component's data (the page mounts it in a later change, so no
server run can check it yet), the message cache must answer ``ref_hash`` stubs and
expire like the browser's, and the feed poller must wait for each answer and the
interval it names, as the component does.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import json
import time
from typing import Any

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from support.streamlit_client import (
    BrowserSession,
    CookieJar,
    FeedPoller,
    MessageCache,
    check_loopback,
    component_data,
    element_id,
    element_of,
    feed_of,
    last_epoch,
    metric_number,
    rerun_backmsg,
    trigger,
    user_key,
)

PLAY_ID = "$$ID-0123456789abcdef0123456789abcdef-train.play"


def _run(coroutine: Any) -> Any:
    """``asyncio.run`` in a thread of its own: Playwright's sync API keeps a loop running in the test thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=60)


def _element_msg(kind: str, **fields: object) -> ForwardMsg:
    msg = ForwardMsg()
    msg.metadata.delta_path.extend([0, 1])
    inner = getattr(msg.delta.new_element, kind)
    for name, value in fields.items():
        setattr(inner, name, value)
    return msg


def test_rerun_with_a_button_trigger_round_trips() -> None:
    msg = rerun_backmsg(
        page_name="training", query_string="lang=en", widgets=[trigger(PLAY_ID)], cached_hashes=["abc"], url="u"
    )
    parsed = BackMsg.FromString(msg.SerializeToString())
    assert parsed.WhichOneof("type") == "rerun_script"
    state = parsed.rerun_script
    assert (state.page_name, state.query_string, state.fragment_id, state.is_auto_rerun) == (
        "training", "lang=en", "", False,
    )  # fmt: skip
    assert [(w.id, w.WhichOneof("value"), w.trigger_value) for w in state.widget_states.widgets] == [
        (PLAY_ID, "trigger_value", True)
    ]
    assert list(state.cached_message_hashes) == ["abc"]
    assert state.context_info.url == "u"


def test_fragment_tick_names_its_fragment_and_carries_no_trigger() -> None:
    state = rerun_backmsg(page_script_hash="h", fragment_id="frag", is_auto_rerun=True).rerun_script
    assert (state.page_script_hash, state.fragment_id, state.is_auto_rerun) == ("h", "frag", True)
    assert not state.widget_states.widgets


def test_user_key_is_read_from_generated_element_ids() -> None:
    assert user_key(PLAY_ID) == "train.play"
    assert user_key("$$ID-0123-with-dashes-in-key") == "with-dashes-in-key"
    assert user_key("$$ID-0123-None") is None
    assert user_key("plain-id") is None


def test_a_button_element_gives_its_widget_id_and_key() -> None:
    element = element_of(_element_msg("button", id=PLAY_ID, label="Play"))
    assert element is not None
    assert element_id(element) == PLAY_ID
    assert user_key(element_id(element) or "") == "train.play"


def test_the_feed_is_found_in_a_fake_component_element() -> None:
    data = {"feed": "/_live/tok123", "running": True, "snapshot": {"history": {"epoch": [0, 1, 2]}}}
    msg = _element_msg("bidi_component", id="$$ID-ffff-train.live_view", component_name="playground.live_view")
    msg.delta.new_element.bidi_component.json = json.dumps(data)
    parsed = ForwardMsg.FromString(msg.SerializeToString())
    element = element_of(parsed)
    assert element is not None and user_key(element_id(element) or "") == "train.live_view"
    found = component_data(element)
    assert feed_of(found) == "/_live/tok123"
    assert last_epoch((found or {}).get("snapshot"), -1.0) == 2.0


def test_mixed_data_and_no_feed() -> None:
    msg = _element_msg("bidi_component", id="$$ID-ffff-x")
    msg.delta.new_element.bidi_component.mixed.json = json.dumps({"running": False})
    element = element_of(msg)
    assert element is not None
    assert component_data(element) == {"running": False}
    assert feed_of(component_data(element)) is None
    other = element_of(_element_msg("markdown", body='"feed": "/_live/x"'))
    assert other is not None and component_data(other) is None
    assert feed_of({"feed": "http://elsewhere/_live/x"}) is None  # only paths on the app's origin


def test_metric_number_reads_the_step_counter() -> None:
    element = element_of(_element_msg("metric", label="Steps", body="12,345"))
    assert element is not None
    assert metric_number(element, "Steps") == 12345.0
    assert metric_number(element, "Epoch") is None


def test_cache_answers_ref_hash_and_expires_by_age() -> None:
    cache = MessageCache()
    big = _element_msg("markdown", body="x" * 100)
    big.hash, big.metadata.cacheable = "h1", True
    assert cache.resolve(big) is big
    assert cache.hashes() == ["h1"]
    ref = ForwardMsg()
    ref.ref_hash = "h1"
    ref.metadata.delta_path.extend([0, 7])
    full = cache.resolve(ref)
    assert full is not None and full.delta.new_element.markdown.body == "x" * 100
    assert list(full.metadata.delta_path) == [0, 7]  # the stub's place, the cached content
    missing = ForwardMsg()
    missing.ref_hash = "nope"
    assert cache.resolve(missing) is None and cache.misses == 1
    for _ in range(2):
        cache.finished_run(2, ())
    assert cache.hashes() == ["h1"]
    cache.finished_run(2, ("some_fragment",))  # a fragment run does not age main-script messages
    assert cache.hashes() == ["h1"]
    cache.finished_run(2, ())
    assert cache.hashes() == []


def test_session_tracks_pages_timers_and_query_string() -> None:
    async def scenario() -> BrowserSession:
        tab = BrowserSession("http://127.0.0.1:1", "training")
        tab._closed = False
        session = ForwardMsg()
        session.new_session.page_script_hash = "train-hash"
        page = session.new_session.app_pages.add()
        page.url_pathname, page.page_script_hash = "image_augmentation", "img-hash"
        tab._handle(session, 0.0)
        auto = ForwardMsg()
        auto.auto_rerun.fragment_id, auto.auto_rerun.interval = "frag", 30.0
        tab._handle(auto, 0.0)
        info = ForwardMsg()
        info.page_info_changed.query_string = "lang=en&ds=spiral"
        tab._handle(info, 0.0)
        assert set(tab._timers) == {"frag"}
        tab._handle(session, 0.0)  # a full run: the browser clears every fragment timer
        assert not tab._timers
        await asyncio.sleep(0)
        return tab

    tab = _run(scenario())
    assert tab.page_script_hash == "train-hash"
    assert tab.pages["image_augmentation"] == "img-hash"
    assert tab.fragment_intervals == {"frag": 30.0}
    assert tab.query_string == "lang=en&ds=spiral"


def test_only_loopback_http_targets() -> None:
    assert check_loopback("http://127.0.0.1:8501") == ("127.0.0.1", 8501)
    for url in ("http://example.com:8501", "https://127.0.0.1:8501", "http://10.0.0.1"):
        with pytest.raises(ValueError):
            check_loopback(url)


def test_feed_poller_waits_for_the_answer_and_next_ms() -> None:
    """A fake feed on a loopback port: 3 answers with snapshots, then 404; no request overlaps another."""
    requests: list[tuple[float, str]] = []
    in_flight = [0, 0]  # now, most seen

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            path = line.split()[1].decode()
            while (await reader.readline()) not in (b"\r\n", b""):
                pass
            in_flight[0] += 1
            in_flight[1] = max(in_flight)
            requests.append((time.perf_counter(), path))
            await asyncio.sleep(0.02)
            n = len(requests)
            if n > 3:
                body, status = b'{"closed":true}', "404 Not Found"
            else:
                snap = {"step": 100 * n, "history": {"epoch": [n]}}
                body = json.dumps({"next_ms": 80, "busy": n == 2, "updates_per_s": 12.5, "snapshot": snap}).encode()
                status = "200 OK"
            head = f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nSet-Cookie: sticky=a1; Path=/\r\n\r\n"
            in_flight[0] -= 1
            writer.write(head.encode() + body)
            await writer.drain()
        writer.close()

    async def scenario() -> FeedPoller:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        poller = FeedPoller(f"http://127.0.0.1:{port}", "/_live/tok", CookieJar())
        async with server:
            await poller.run(time.perf_counter() + 5.0)
        return poller

    poller = _run(scenario())
    assert [path for _, path in requests] == [
        "/_live/tok?after=-1", "/_live/tok?after=1", "/_live/tok?after=2", "/_live/tok?after=3",
    ]  # fmt: skip
    assert in_flight[1] == 1
    gaps = [b - a for (a, _), (b, _) in itertools.pairwise(requests)]
    assert min(gaps) >= 0.075  # next_ms counts from when the request was sent
    assert poller.closed and poller.polls == 3 and poller.busy == 1
    assert [step for _, step in poller.updates] == [100.0, 200.0, 300.0]
    assert poller.jar.values == {"sticky": "a1"}
