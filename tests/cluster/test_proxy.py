"""HAProxy in front of two real app replicas (the loopback demo cluster): health, cookie stickiness,
upload limits, a real browser's page and WebSocket through the proxy, and a replica's death.

The tests run in file order on one cluster: the HTTP ones first (no browser holds a WebSocket,
so the balancing test sees both replicas idle), the faults last, each putting back what it broke.
"""

from __future__ import annotations

import http.client
import re
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from playground.i18n import LANGUAGES, translate
from support.browser import expect_no_exception, open_app, wait_for_idle
from support.server import ROOT

REPLICA_HEADER = "X-Playground-Replica"  # set by HAProxy on what a replica answered (deploy/haproxy/playground.cfg)
COOKIE = "PGREPLICA"
UPLOADS_PER_WINDOW = 20  # run_cluster.sh's UPLOAD_RATE_MAX (per session, per 10 s)


@dataclass(frozen=True)
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def replica(self) -> str | None:
        return self.headers.get(REPLICA_HEADER)

    def cookie(self, name: str) -> str | None:
        """The value this reply sets for cookie ``name`` (None when it sets none)."""
        for line in self.headers.get_all("Set-Cookie") or []:
            found = re.match(rf"\s*{name}=([^;]*)", line)
            if found:
                return found.group(1)
        return None


def send(
    url: str, method: str = "GET", path: str = "/", headers: dict[str, str] | None = None, body: bytes | None = None
) -> Reply:
    """One request on a fresh connection (so each one is balanced or routed on its own)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


def send_headers_only(url: str, path: str, content_length: int, headers: dict[str, str]) -> Reply:
    """A PUT that announces ``content_length`` bytes and sends none: what the proxy decides from the headers."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("PUT", path)
        for name, value in {**headers, "Content-Length": str(content_length)}.items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


def app_upload_limit_bytes() -> int:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    return int(config["server"]["maxUploadSize"]) * 1024 * 1024  # Streamlit reads MB as MiB


def xsrf_headers(url: str) -> dict[str, str]:
    """The XSRF cookie the app sets (on /_stcore/health) as cookie and header: uploads pass Streamlit's check."""
    token = send(url, path="/_stcore/health").cookie("_streamlit_xsrf")
    assert token, "the app did not set its XSRF cookie"
    return {"Cookie": f"_streamlit_xsrf={token}", "X-Xsrftoken": token}


def upload(url: str, session_id: str, headers: dict[str, str]) -> Reply:
    boundary = "playgroundtest"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\nhello\r\n--{boundary}--\r\n"
    ).encode()
    headers = {**headers, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    return send(url, "PUT", f"/_stcore/upload_file/{session_id}/file-1", headers, body)


def reached_streamlit(reply: Reply) -> bool:
    """Streamlit's upload handler answered: it refuses an unknown session id (400) after its XSRF check."""
    return reply.status == 400 and b"Invalid session_id" in reply.body and reply.replica is not None


# ---------------- HTTP through the proxy ----------------


def test_health_answers_through_the_proxy(cluster) -> None:
    reply = send(cluster.url, path="/_stcore/health")
    assert (reply.status, reply.body) == (200, b"ok")
    assert reply.replica in {"r1", "r2"}


def test_the_first_response_sets_the_replica_cookie_and_the_cookie_sticks(cluster) -> None:
    first = send(cluster.url)
    replica = first.cookie(COOKIE)
    assert replica in {"r1", "r2"} and replica == first.replica
    assert "httponly" in " ".join(first.headers.get_all("Set-Cookie")).lower()
    for path in ["/", "/_stcore/health", "/_stcore/host-config"] * 4:
        again = send(cluster.url, path=path, headers={"Cookie": f"{COOKIE}={replica}"})
        assert again.status == 200
        assert again.replica == replica, f"{path} went to {again.replica}, the cookie says {replica}"
        assert again.cookie(COOKIE) is None, "a valid cookie is not set again (insert indirect)"


def test_clients_without_the_cookie_are_spread_over_both_replicas(cluster) -> None:
    """Each new student, not each source address, is balanced: a classroom behind one NAT gets both."""
    seen = Counter(send(cluster.url, path="/_stcore/health").replica for _ in range(12))
    assert set(seen) == {"r1", "r2"}, seen
    assert min(seen.values()) >= 4, seen  # leastconn over idle replicas takes turns


def test_an_upload_over_the_apps_limit_is_refused_by_the_proxy(cluster) -> None:
    limit = app_upload_limit_bytes()
    headers = xsrf_headers(cluster.url)
    path = "/_stcore/upload_file/some-session/file-1"
    too_big = send_headers_only(cluster.url, path, limit + 1, headers)
    assert too_big.status == 413
    assert too_big.replica is None, "HAProxy answered itself: no replica saw the request"
    at_limit = send_headers_only(cluster.url, path, limit, headers)
    assert reached_streamlit(at_limit), (at_limit.status, at_limit.body[:200])


def test_uploads_are_rate_limited_per_session_not_per_address(cluster) -> None:
    headers = xsrf_headers(cluster.url)
    replies = [upload(cluster.url, "session-a", headers) for _ in range(UPLOADS_PER_WINDOW + 5)]
    assert all(reached_streamlit(reply) for reply in replies[:UPLOADS_PER_WINDOW]), [r.status for r in replies]
    refused = replies[UPLOADS_PER_WINDOW:]
    assert [reply.status for reply in refused] == [429] * len(refused)
    assert refused[0].headers.get("Retry-After") == "10" and refused[0].replica is None
    # Same client, same address, another session (another student behind the same NAT): not limited.
    other = upload(cluster.url, "session-b", headers)
    assert reached_streamlit(other), (other.status, other.body[:200])


# ---------------- a real browser through the proxy ----------------


def go_to_the_optimization_lab(page: Page) -> None:
    """Switch page from the sidebar: a request over the WebSocket, the new page drawn by the replica.

    The optimization lab computes in the replica itself (no training backend), so this checks the
    proxy, not the trainers. Its title is accepted in either language: the language is the app's
    business, tested elsewhere.
    """
    page.get_by_test_id("stSidebarNav").locator("a[href$='/optimization']").click()
    expect(page).to_have_url(re.compile(r"/optimization(\?|$)"), timeout=60_000)
    titles = "|".join(re.escape(translate("opt.title", language)) for language in LANGUAGES)
    expect(page.get_by_role("heading", name=re.compile(f"^({titles})$"))).to_be_visible(timeout=90_000)
    wait_for_idle(page, 90_000)
    expect_no_exception(page)


def replica_cookie(page: Page) -> str:
    values = [cookie["value"] for cookie in page.context.cookies() if cookie["name"] == COOKIE]
    assert len(values) == 1, page.context.cookies()
    return values[0]


def test_the_home_page_loads_through_the_proxy_with_its_websocket(cluster, page: Page) -> None:
    sockets = []
    page.on("websocket", lambda socket: sockets.append(socket))
    open_app(page, f"{cluster.url}/", timeout_ms=120_000)  # a replica's first page imports torch
    expect_no_exception(page)
    expect(page.get_by_role("heading", name=translate("home.title", "en"), exact=True)).to_be_visible()
    stream = f"ws://127.0.0.1:{urlsplit(cluster.url).port}/_stcore/stream"
    assert [ws.url for ws in sockets] == [stream], "one WebSocket, through the proxy"
    go_to_the_optimization_lab(page)
    assert not sockets[0].is_closed() and len(sockets) == 1, "the page switch used the same WebSocket"
    assert replica_cookie(page) in {"r1", "r2"}


def test_the_page_reconnects_to_the_other_replica_when_its_replica_dies(cluster, page: Page) -> None:
    open_app(page, f"{cluster.url}/?lang=zh", timeout_ms=120_000)  # the language lives in the URL
    dead = int(replica_cookie(page).removeprefix("r"))
    survivor = f"r{3 - dead}"
    cluster.stop_replica(dead, kill=True)  # SIGKILL: a crash, no goodbye to the browser
    try:
        cluster.wait_proxy_state(dead, "DOWN")
        # Streamlit's frontend reconnects by itself; the proxy redispatches it and re-sets the cookie.
        deadline = time.monotonic() + 90
        while replica_cookie(page) != survivor:
            assert time.monotonic() < deadline, "the page did not reconnect through the proxy"
            page.wait_for_timeout(500)
        wait_for_idle(page, 90_000)
        expect(page.get_by_role("heading", name=translate("home.title", "zh"), exact=True)).to_be_visible(
            timeout=90_000
        )
        expect_no_exception(page)
        go_to_the_optimization_lab(page)  # the new WebSocket carries requests and pages
        assert replica_cookie(page) == survivor
    finally:
        cluster.start_replica(dead)
    cluster.wait_proxy_state(dead, "UP")


# ---------------- Ray nodes ----------------


def wait_nodes(cluster, count: int, timeout_s: float = 30) -> None:
    """Until the head counts ``count`` live nodes (its count follows the processes within moments)."""
    deadline = time.monotonic() + timeout_s
    while (seen := cluster.ray_nodes()) != count:
        assert time.monotonic() < deadline, f"the head counts {seen} nodes, not {count}"
        time.sleep(0.5)


def test_a_ray_node_stops_and_rejoins_alone_while_the_app_stays_up(cluster) -> None:
    wait_nodes(cluster, 2)
    pid_file = cluster.state_dir / "pids" / "ray-node-2.pid"
    node_two = int(pid_file.read_text().split()[0])
    cluster.stop_node(2)
    assert not pid_file.exists() and not alive(node_two)
    wait_nodes(cluster, 1)
    assert [cluster.proxy_state(k) for k in (1, 2)] == ["UP", "UP"]
    assert send(cluster.url, path="/_stcore/health").status == 200
    cluster.start_node(2)
    wait_nodes(cluster, 2)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has exited
