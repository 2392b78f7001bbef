"""A Streamlit client at the websocket level: what a browser tab sends and reads, without rendering anything.

Why our own client: a load test with real browsers measures the browsers (on a 2-core
host, Chromium's rendering took more CPU than the server), and Streamlit's ``AppTest``
runs scripts in-process without the server, its event loop or its websocket framing,
which is where a class's load lands. This module speaks the browser's protocol to a
running server: the same HTTP requests before the socket (the index page, the health
check that sets the ``_streamlit_xsrf`` cookie, the host config), the same websocket
subprotocol tokens (``streamlit``, the XSRF token), the same ``rerun_script`` BackMsgs
(page, query string, widget triggers, cached-message hashes, browser context), the
browser's forward-message cache (``ref_hash`` answers, expiry after
``max_cached_message_age`` runs) and its fixed-rate fragment timers (one
``setInterval`` per ``auto_rerun``, cleared on a full run, as ``App.tsx`` does).

The protobuf helpers at the top are pure functions (unit-tested without a server,
``tests/unit/test_classroom_client.py``); :class:`BrowserSession` and
:class:`HttpConnection` do the I/O with asyncio; :class:`ProcessTree` reads a server's
CPU time and memory from ``/proc`` (psutil is not installed here).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Element_pb2 import Element
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect

ID_PREFIX = "$$ID"  # Streamlit's generated element ids: "$$ID-<hash>-<user key>" (elements/lib/utils.py)
FINISHED_OK = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
FINISHED_FRAGMENT_OK = ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
FINISHED_EARLY = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) dlp-classroom-benchmark"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


# -- protobuf helpers (pure) ------------------------------------------------------------------------------


def trigger(widget_id: str) -> WidgetState:
    """A button press as the browser reports it: ``trigger_value`` true for one run only."""
    state = WidgetState(id=widget_id)
    state.trigger_value = True
    return state


def rerun_backmsg(
    *,
    page_name: str = "",
    page_script_hash: str = "",
    query_string: str = "",
    widgets: Iterable[WidgetState] = (),
    fragment_id: str = "",
    is_auto_rerun: bool = False,
    cached_hashes: Iterable[str] = (),
    url: str = "",
) -> BackMsg:
    """The ``rerun_script`` BackMsg the browser sends (``App.tsx`` ``sendRerunBackMsg``).

    Why every field: the server reads the page from ``page_script_hash`` (or, on the
    first run, ``page_name`` from the URL path), only sends ``ref_hash`` stubs for
    messages listed in ``cached_hashes``, and treats a run with ``fragment_id`` as a
    fragment run that a later request may cut short.
    """
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string
    state.page_name = page_name
    state.page_script_hash = page_script_hash
    state.fragment_id = fragment_id
    state.is_auto_rerun = is_auto_rerun
    state.widget_states.widgets.extend(widgets)
    state.cached_message_hashes.extend(cached_hashes)
    info = state.context_info
    info.timezone, info.timezone_offset, info.locale = "UTC", 0, "en-US"
    info.url, info.is_embedded, info.color_scheme = url, False, "light"
    return msg


def user_key(element_id: str) -> str | None:
    """The user ``key`` an element id ends with (``$$ID-<hash>-<key>``), or None for keyless elements."""
    if not element_id.startswith(ID_PREFIX + "-"):
        return None
    parts = element_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[2] != "None" and parts[2] else None


def element_id(element: Element) -> str | None:
    """The id of a widget or component element (every widget proto has an ``id`` field)."""
    kind = element.WhichOneof("type")
    if kind is None:
        return None
    inner = getattr(element, kind)
    return getattr(inner, "id", None) or None


def element_of(msg: ForwardMsg) -> Element | None:
    """The element a delta message adds, or None (blocks, transients, other messages)."""
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return None
    return msg.delta.new_element


def component_data(element: Element) -> dict[str, Any] | None:
    """The JSON data of a ``st.components.v2`` (bidi) component, or None for anything else."""
    if element.WhichOneof("type") != "bidi_component":
        return None
    proto = element.bidi_component
    kind = proto.WhichOneof("data")
    raw = proto.json if kind == "json" else proto.mixed.json if kind == "mixed" else ""
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def feed_of(data: dict[str, Any] | None) -> str | None:
    """The live feed's path (``/_live/<token>``) named in a component's data, if it names one."""
    feed = (data or {}).get("feed")
    return feed if isinstance(feed, str) and feed.startswith("/") else None


def metric_number(element: Element, label: str) -> float | None:
    """The number an ``st.metric`` with this label shows ("12,345" → 12345), else None."""
    if element.WhichOneof("type") != "metric" or element.metric.label != label:
        return None
    digits = "".join(ch for ch in element.metric.body if ch.isdigit() or ch == ".")
    try:
        return float(digits)
    except ValueError:
        return None


def last_epoch(snapshot: dict[str, Any] | None, previous: float) -> float:
    """The ``after=`` the live view sends next: the newest history epoch it holds (``lastEpoch()`` in JS)."""
    epochs = ((snapshot or {}).get("history") or {}).get("epoch") or []
    finite = [float(e) for e in epochs if isinstance(e, int | float)]
    return max([previous, *finite]) if finite else previous


# -- the browser's forward-message cache ------------------------------------------------------------------


@dataclass
class _Cached:
    msg: ForwardMsg
    run_count: int
    fragment_id: str


class MessageCache:
    """The browser's ``ForwardMessageCache``: cacheable deltas kept by hash and expired by age in runs.

    Why emulate it: the server replaces a big element the browser already holds by a
    ``ref_hash`` stub, which is cheaper to send; a client without the cache makes the
    server send more than a browser would and so measures a heavier load.
    """

    def __init__(self) -> None:
        self.messages: dict[str, _Cached] = {}
        self.run_count = 0
        self.misses = 0

    def resolve(self, msg: ForwardMsg) -> ForwardMsg | None:
        """Cache a cacheable message; turn a ``ref_hash`` stub into the message it names (None on a miss)."""
        if msg.WhichOneof("type") == "ref_hash":
            entry = self.messages.get(msg.ref_hash)
            if entry is None:
                self.misses += 1
                return None
            entry.run_count = self.run_count
            full = ForwardMsg()
            full.CopyFrom(entry.msg)
            full.metadata.CopyFrom(msg.metadata)
            return full
        if msg.metadata.cacheable and msg.hash:
            entry = self.messages.get(msg.hash)
            if entry is None:
                self.messages[msg.hash] = _Cached(msg, self.run_count, msg.delta.fragment_id)
            else:
                entry.run_count = self.run_count
        return msg

    def finished_run(self, max_age: int, fragment_ids: Iterable[str]) -> None:
        """After a run: expire what is older than ``max_age`` runs (a fragment run only ages its own)."""
        self.run_count += 1
        fragments = set(fragment_ids)
        for key, entry in list(self.messages.items()):
            if fragments and (not entry.fragment_id or entry.fragment_id not in fragments):
                continue
            if self.run_count - entry.run_count > max_age:
                del self.messages[key]

    def hashes(self) -> list[str]:
        """What the next ``rerun_script`` reports as cached (``cached_message_hashes``)."""
        return list(self.messages)


# -- HTTP -------------------------------------------------------------------------------------------------


def check_loopback(url: str) -> tuple[str, int]:
    """Host and port of an ``http://`` URL on this machine; anything else is refused (the benchmark is local)."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise ValueError(f"only http:// loopback targets are allowed, not {url!r}")
    return parts.hostname, parts.port or 80


class CookieJar:
    """Name → value, as one origin's cookies (the XSRF cookie; a proxy's sticky cookie)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def take(self, set_cookie: str) -> None:
        """Keep a ``Set-Cookie`` value (attributes ignored: one loopback origin, one path)."""
        name, _, rest = set_cookie.partition("=")
        self.values[name.strip()] = rest.split(";", 1)[0].strip()

    def header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.values.items())


@dataclass
class HttpAnswer:
    """Status, lower-cased headers and body of one HTTP answer."""

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class HttpConnection:
    """One keep-alive HTTP/1.1 connection, like a browser tab's: requests one at a time, cookies kept.

    Why not a library: none is installed (no httpx, aiohttp or requests here), and the
    live view's polling is one GET at a time; this handles Content-Length, chunked
    bodies (a proxy may re-chunk) and a server closing an idle connection.
    """

    def __init__(self, base: str, jar: CookieJar) -> None:
        self.host, self.port = check_loopback(base)
        self.prefix = urlsplit(base).path.rstrip("/")
        self.jar = jar
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, timeout: float = 10.0) -> HttpAnswer:
        """GET ``path`` (relative to the base URL); retried once on a fresh connection if the old one was closed."""
        for attempt in range(2):
            try:
                return await asyncio.wait_for(self._get(path), timeout)
            except (ConnectionError, asyncio.IncompleteReadError, EOFError):
                await self.close()
                if attempt:
                    raise
            except BaseException:
                await self.close()
                raise
        raise ConnectionError("unreachable")

    async def _get(self, path: str) -> HttpAnswer:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        cookie = self.jar.header()
        lines = [
            f"GET {self.prefix}{path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            f"User-Agent: {USER_AGENT}",
            "Accept: */*",
            "Cache-Control: no-store",
            "Connection: keep-alive",
            *([f"Cookie: {cookie}"] if cookie else []),
        ]
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        await self._writer.drain()
        status_line = await self._reader.readline()
        if not status_line:
            raise EOFError("connection closed")
        status = int(status_line.split()[1])
        headers: dict[str, str] = {}
        while (line := await self._reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                self.jar.take(value)
            headers[name] = value
        if "content-length" in headers:
            body = await self._reader.readexactly(int(headers["content-length"]))
        elif "chunked" in headers.get("transfer-encoding", ""):
            chunks = []
            while size := int((await self._reader.readline()).split(b";")[0].strip() or b"0", 16):
                chunks.append(await self._reader.readexactly(size))
                await self._reader.readline()
            while (await self._reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            body = b"".join(chunks)
        else:
            body = await self._reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return HttpAnswer(status, headers, body)

    async def close(self) -> None:
        writer, self._reader, self._writer = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


# -- a browser tab ----------------------------------------------------------------------------------------


@dataclass
class RunRecord:
    """One script run this tab asked for: when it asked, and when (and how) the run ended."""

    sent: float
    fragment_id: str = ""
    finished: float | None = None
    status: int | None = None


@dataclass
class BrowserSession:
    """One browser tab on one page of a Streamlit app, driven over its websocket.

    Why it keeps so much: the browser keeps the page's elements (to find a widget by
    its user key or a component's data), its query string (pages rewrite it), the
    current page hash, its message cache and one timer per fragment's ``auto_rerun``;
    each changes what the next BackMsg says and so what the server does.
    """

    base: str
    page_name: str = ""
    query_string: str = ""
    open_timeout: float = 60.0
    on_element: Callable[[Element, float], None] | None = None
    jar: CookieJar = field(default_factory=CookieJar)
    page_script_hash: str = ""
    pages: dict[str, str] = field(default_factory=dict)  # url path → page script hash
    elements: dict[str, Element] = field(default_factory=dict)  # user key → newest element
    cache: MessageCache = field(default_factory=MessageCache)
    max_cached_age: int = 2
    finished: list[tuple[float, int, tuple[str, ...]]] = field(default_factory=list)
    fragment_runs: list[RunRecord] = field(default_factory=list)  # completed fragment runs
    fragment_intervals: dict[str, float] = field(default_factory=dict)  # fragment id → its run_every
    fragment_requests: int = 0
    fragments_cut: int = 0
    messages: int = 0
    bytes_in: int = 0
    errors: list[str] = field(default_factory=list)
    auto_rerun: bool = True
    _ws: Any = None
    _reader_task: asyncio.Task | None = None
    _timers: dict[str, tuple[float, asyncio.Task]] = field(default_factory=dict)
    _finished_event: asyncio.Event = field(default_factory=asyncio.Event)
    _last_fragment_request: dict[str, float] = field(default_factory=dict)
    _fragment_started: dict[str, float] = field(default_factory=dict)
    _closed: bool = False

    # -- connecting ---------------------------------------------------------------------------------------
    async def open(self) -> float:
        """Load the page as a browser does and wait for its first finished run; seconds it took."""
        started = time.perf_counter()
        http = HttpConnection(self.base, self.jar)
        try:
            path = "/" + self.page_name + (f"?{self.query_string}" if self.query_string else "")
            await http.get(path, timeout=self.open_timeout)  # the index page
            await http.get("/_stcore/health", timeout=self.open_timeout)  # sets _streamlit_xsrf
            await http.get("/_stcore/host-config", timeout=self.open_timeout)
        finally:
            await http.close()
        await self._connect()
        run = await self.rerun(page_name=self.page_name, timeout=self.open_timeout)
        if run.finished is None:
            raise TimeoutError(f"page {self.page_name!r} did not finish within {self.open_timeout:.0f} s")
        return run.finished - started

    async def _connect(self) -> None:
        host, port = check_loopback(self.base)
        prefix = urlsplit(self.base).path.rstrip("/")
        token = self.jar.values.get("_streamlit_xsrf", "PLACEHOLDER_AUTH_TOKEN")
        headers = {"Cookie": self.jar.header()} if self.jar.values else {}
        self._ws = await asyncio.wait_for(
            connect(
                f"ws://{host}:{port}{prefix}/_stcore/stream",
                subprotocols=["streamlit", token],  # type: ignore[list-item]
                origin=f"http://{host}:{port}",  # type: ignore[arg-type]
                additional_headers=headers,
                user_agent_header=USER_AGENT,
                max_size=None,
                ping_interval=None,  # browsers do not ping; the server does and we answer
                open_timeout=self.open_timeout,
            ),
            self.open_timeout,
        )
        self._reader_task = asyncio.create_task(self._read())

    @property
    def url(self) -> str:
        return f"{self.base.rstrip('/')}/{self.page_name}" + (f"?{self.query_string}" if self.query_string else "")

    # -- sending ------------------------------------------------------------------------------------------
    async def send_rerun(
        self,
        *,
        page_name: str = "",
        page_script_hash: str | None = None,
        widgets: Iterable[WidgetState] = (),
        fragment_id: str = "",
        is_auto_rerun: bool = False,
    ) -> float:
        """Send one ``rerun_script``; the time it was sent."""
        msg = rerun_backmsg(
            page_name=page_name,
            page_script_hash=self.page_script_hash if page_script_hash is None else page_script_hash,
            query_string=self.query_string,
            widgets=widgets,
            fragment_id=fragment_id,
            is_auto_rerun=is_auto_rerun,
            cached_hashes=self.cache.hashes(),
            url=self.url,
        )
        now = time.perf_counter()
        if fragment_id:
            self._last_fragment_request[fragment_id] = now
            self.fragment_requests += 1
        await self._ws.send(msg.SerializeToString())
        return now

    async def rerun(
        self,
        *,
        page_name: str = "",
        page_script_hash: str | None = None,
        widgets: Iterable[WidgetState] = (),
        timeout: float = 30.0,
    ) -> RunRecord:
        """A full rerun (a click, a page switch, the R key): sent, then waited for until it finished or timed out."""
        self._finished_event.clear()
        mark = len(self.finished)
        record = RunRecord(
            await self.send_rerun(page_name=page_name, page_script_hash=page_script_hash, widgets=widgets)
        )
        deadline = record.sent + timeout
        while not self._closed:
            for when, status, fragments in self.finished[mark:]:
                if not fragments and status == FINISHED_OK:
                    record.finished, record.status = when, status
                    return record
            mark = len(self.finished)
            left = deadline - time.perf_counter()
            if left <= 0:
                break
            self._finished_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._finished_event.wait(), left)
        return record

    async def press(self, key: str, timeout: float = 30.0) -> RunRecord:
        """Click the button with user key ``key`` (a trigger for one run), as the browser reports a click."""
        element = self.elements.get(key)
        widget = element_id(element) if element is not None else None
        if widget is None:
            raise KeyError(f"no widget with key {key!r} on the page (have: {sorted(self.elements)[:20]})")
        return await self.rerun(widgets=[trigger(widget)], timeout=timeout)

    def switch_page(self, url_path: str, timeout: float = 30.0) -> Any:
        """Open another page of the app in this tab (the sidebar's links send its script hash)."""
        target = self.pages.get(url_path)
        if target is None:
            raise KeyError(f"no page {url_path!r} (have: {sorted(self.pages)})")
        self.page_name = url_path
        return self.rerun(page_script_hash=target, timeout=timeout)

    # -- receiving ----------------------------------------------------------------------------------------
    async def _read(self) -> None:
        try:
            async for raw in self._ws:
                if isinstance(raw, str):
                    continue
                self.messages += 1
                self.bytes_in += len(raw)
                msg = self.cache.resolve(ForwardMsg.FromString(raw))
                if msg is not None:
                    self._handle(msg, time.perf_counter())
        except Exception as error:  # a dropped connection ends the tab; the benchmark reports it
            if not self._closed:
                self.errors.append(f"{type(error).__name__}: {error}")
        finally:
            self._closed = True
            self._finished_event.set()
            self._stop_timers()

    def _handle(self, msg: ForwardMsg, now: float) -> None:
        kind = msg.WhichOneof("type")
        if kind == "delta":
            self._delta(msg, now)
        elif kind == "new_session":
            self._new_session(msg, now)
        elif kind == "script_finished":
            self._script_finished(msg, now)
        elif kind == "auto_rerun":
            self.fragment_intervals[msg.auto_rerun.fragment_id] = msg.auto_rerun.interval
            self._start_timer(msg.auto_rerun.fragment_id, msg.auto_rerun.interval)
        elif kind == "stop_auto_rerun":
            for fragment in msg.stop_auto_rerun.fragment_ids:
                self._stop_timer(fragment)
        elif kind == "page_info_changed":
            self.query_string = msg.page_info_changed.query_string  # the page rewrote its URL
        elif kind == "navigation":
            self._pages(msg.navigation.app_pages)
            if msg.navigation.page_script_hash:
                self.page_script_hash = msg.navigation.page_script_hash

    def _delta(self, msg: ForwardMsg, now: float) -> None:
        element = element_of(msg)
        if element is None:
            return
        key = user_key(element_id(element) or "")
        if key:
            self.elements[key] = element
        if self.on_element is not None:
            self.on_element(element, now)

    def _script_finished(self, msg: ForwardMsg, now: float) -> None:
        fragments = tuple(msg.metadata.run.fragment_ids)
        status = msg.script_finished
        self.finished.append((now, status, fragments))
        if status != FINISHED_EARLY:
            self.cache.finished_run(self.max_cached_age, fragments)
        for fragment in fragments:
            started = self._fragment_started.pop(fragment, None)
            if status == FINISHED_FRAGMENT_OK and started is not None:
                self.fragment_runs.append(RunRecord(started, fragment, now, status))
            elif status == FINISHED_EARLY:
                self.fragments_cut += 1
        self._finished_event.set()

    def _new_session(self, msg: ForwardMsg, now: float) -> None:
        session = msg.new_session
        fragments = list(msg.metadata.run.fragment_ids)
        if session.page_script_hash:
            self.page_script_hash = session.page_script_hash
        self._pages(session.app_pages)
        if fragments:
            for fragment in fragments:  # which request this run answers: the newest one sent for it
                self._fragment_started[fragment] = self._last_fragment_request.get(fragment, now)
        else:
            self._stop_timers()  # a full run: the browser clears every fragment timer (cleanupAutoReruns)
            self.max_cached_age = session.config.max_cached_message_age or self.max_cached_age

    def _pages(self, pages: Iterable[Any]) -> None:
        for page in pages:
            self.pages[page.url_pathname] = page.page_script_hash

    # -- fragment timers ----------------------------------------------------------------------------------
    def _start_timer(self, fragment_id: str, interval: float) -> None:
        if not fragment_id or not self.auto_rerun or self._closed:
            return
        existing = self._timers.get(fragment_id)
        if existing is not None and existing[0] == interval:
            return  # the browser keeps a timer whose interval did not change
        self._stop_timer(fragment_id)
        self._timers[fragment_id] = (interval, asyncio.create_task(self._tick(fragment_id, interval)))

    async def _tick(self, fragment_id: str, interval: float) -> None:
        """``setInterval``: fixed rate, it does not wait for the run it asked for; a late tick does not burst."""
        next_at = time.perf_counter() + interval
        with contextlib.suppress(Exception):
            while not self._closed:
                await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
                await self.send_rerun(fragment_id=fragment_id, is_auto_rerun=True)
                next_at += interval
                now = time.perf_counter()
                if next_at < now:
                    next_at = now + interval

    def _stop_timer(self, fragment_id: str) -> None:
        entry = self._timers.pop(fragment_id, None)
        if entry is not None:
            entry[1].cancel()

    def _stop_timers(self) -> None:
        for fragment in list(self._timers):
            self._stop_timer(fragment)

    @property
    def closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        """Close the tab: timers stop and the socket closes, so the server ends the session."""
        self._closed = True
        self._stop_timers()
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._ws.close(), 5)
        if self._reader_task is not None:
            self._reader_task.cancel()
            with contextlib.suppress(BaseException):
                await self._reader_task


@dataclass
class FeedPoller:
    """The live view component's polling loop (``live_view.js`` ``poll()``), over HTTP on the app's origin.

    Why exactly this loop: one request at a time, the next only after the answer
    arrived and the ``next_ms`` it names has passed (measured from when the request
    was sent), ``after=`` the newest history epoch held, doubling the wait (up to 2 s)
    after a failed request, stopping on 404 (the feed was closed). A faster client
    would load the server more than the page does; a slower one would flatter it.
    """

    base: str
    path: str
    jar: CookieJar
    after: float = -1.0
    interval: float = 0.1  # the component's first interval (this.interval = 100 ms)
    updates: list[tuple[float, float]] = field(default_factory=list)  # (arrived, snapshot.step)
    latencies: list[float] = field(default_factory=list)  # request → answer, seconds
    budget_rates: list[float] = field(default_factory=list)  # the updates_per_s each answer named
    polls: int = 0
    busy: int = 0
    errors: int = 0
    closed: bool = False

    async def run(self, stop_at: float, stopped: Callable[[], bool] = lambda: False) -> None:
        """Poll until ``stop_at`` (``time.perf_counter()``), the feed closes or ``stopped()`` says so."""
        http = HttpConnection(self.base, self.jar)
        try:
            while not stopped() and (started := time.perf_counter()) < stop_at:
                after = int(self.after) if float(self.after).is_integer() else self.after
                try:
                    answer = await http.get(f"{self.path}?after={after}", timeout=max(0.1, stop_at - started))
                    if answer.status == 404:
                        self.closed = True
                        break
                    body = answer.json()
                except (OSError, ValueError, TimeoutError, EOFError, asyncio.IncompleteReadError):
                    self.errors += 1
                    self.interval = min(2.0, self.interval * 2)
                else:
                    self._take(body, started, time.perf_counter())
                wait = self.interval - (time.perf_counter() - started)
                await asyncio.sleep(max(0.0, min(wait, stop_at - time.perf_counter())))
        finally:
            await http.close()

    def _take(self, body: dict[str, Any], started: float, now: float) -> None:
        self.polls += 1
        self.latencies.append(now - started)
        self.interval = float(body.get("next_ms", self.interval * 1000)) / 1000
        self.busy += bool(body.get("busy"))
        if isinstance(body.get("updates_per_s"), int | float):
            self.budget_rates.append(float(body["updates_per_s"]))
        snapshot = body.get("snapshot")
        if isinstance(snapshot, dict):
            self.updates.append((now, float(snapshot.get("step") or 0)))
            self.after = last_epoch(snapshot, self.after)


# -- a server and its processes ---------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(root: Path, port: int, log: Path, script: str = "app.py") -> subprocess.Popen:
    """``streamlit run app.py`` on loopback, headless, its output to ``log`` (read it when something fails)."""
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    env = {**os.environ, "PYTHONPATH": str(root)}
    with log.open("wb") as out:
        # its own process group, so that stopping it also stops the workers it spawned
        return subprocess.Popen(
            command, cwd=root, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )


def stop_server(process: subprocess.Popen, timeout: float = 15.0) -> None:
    """SIGTERM (Streamlit shuts its runtime and the pool down), then SIGKILL to the group if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)
    with contextlib.suppress(OSError):
        os.killpg(process.pid, signal.SIGKILL)  # workers left behind by the server, if any


async def wait_healthy(base: str, timeout: float, process: subprocess.Popen | None = None) -> float:
    """Poll ``/_stcore/health`` until it says ok; seconds it took. Raises if the server died or took too long."""
    started = time.perf_counter()
    http = HttpConnection(base, CookieJar())
    try:
        while time.perf_counter() - started < timeout:
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"server exited with code {process.returncode}")
            with contextlib.suppress(OSError, asyncio.IncompleteReadError, EOFError, TimeoutError, ValueError):
                answer = await http.get("/_stcore/health", timeout=2)
                if answer.status == 200:
                    return time.perf_counter() - started
            await asyncio.sleep(0.2)
    finally:
        await http.close()
    raise TimeoutError(f"server at {base} not healthy after {timeout:.0f} s")


def listener_pid(port: int) -> int | None:
    """The process listening on a loopback TCP port (for ``--target``: measure the server we did not start)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as handle:
            for line in handle.readlines()[1:]:
                cols = line.split()
                if cols[3] == "0A" and int(cols[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(cols[9])
    for pid in _pids():
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    return pid
    return None


def _pids() -> Iterator[int]:
    for name in os.listdir("/proc"):
        if name.isdigit():
            yield int(name)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def proc_stat(pid: int) -> tuple[int, float, int, int] | None:
    """(parent pid, CPU seconds, RSS bytes, peak RSS bytes) of one process from /proc, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status") as handle:
            status = dict(line.split(":", 1) for line in handle if ":" in line)
    except (OSError, IndexError, ValueError):
        return None
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime
    rss = int(status.get("VmRSS", "0 kB").split()[0]) * 1024
    peak = int(status.get("VmHWM", "0 kB").split()[0]) * 1024
    return int(fields[1]), cpu, rss, peak


@dataclass
class TreeSample:
    """One reading of a server tree: CPU seconds so far and RSS bytes now, server and workers apart."""

    server_cpu: float
    workers_cpu: float
    server_rss: int
    workers_rss: int
    workers: int


class ProcessTree:
    """A server process and every process below it (the trainer workers), sampled from /proc.

    Why cumulative bookkeeping: a worker that exits (a crash, a replaced worker) takes
    its CPU time with it; keeping each pid's last reading counts it anyway.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.cpu: dict[int, float] = {}
        self.peak_server_rss = 0
        self.peak_workers_rss = 0  # the largest sum of the workers' RSS seen in one sample
        self.peak_worker_hwm = 0  # the largest single worker's own peak (VmHWM)
        self.max_workers = 0

    def descendants(self) -> list[int]:
        """Every process below the server (workers, multiprocessing's resource tracker), by parent pid."""
        parents: dict[int, list[int]] = {}
        for pid in _pids():
            with contextlib.suppress(OSError, IndexError, ValueError):
                with open(f"/proc/{pid}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                parents.setdefault(parent, []).append(pid)
        found, todo = [], list(parents.get(self.pid, []))
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(parents.get(pid, []))
        return found

    def sample(self) -> TreeSample | None:
        """Read every process once; None once the server itself is gone."""
        server = proc_stat(self.pid)
        if server is None:
            return None
        self.cpu[self.pid] = server[1]
        self.peak_server_rss = max(self.peak_server_rss, server[3], server[2])
        workers_rss, count = 0, 0
        for pid in self.descendants():
            stat = proc_stat(pid)
            if stat is None:
                continue
            self.cpu[pid] = stat[1]
            workers_rss += stat[2]
            count += 1
            self.peak_worker_hwm = max(self.peak_worker_hwm, stat[3])
        self.peak_workers_rss = max(self.peak_workers_rss, workers_rss)
        self.max_workers = max(self.max_workers, count)
        workers_cpu = sum(cpu for pid, cpu in self.cpu.items() if pid != self.pid)
        return TreeSample(server[1], workers_cpu, server[2], workers_rss, count)
