"""The live feed's HTTP route, mounted on the app's own server (``app.py``: ``st.App(..., routes=live_routes())``).

Why on the same origin: the browser component can fetch it without CORS, a
proxy in front of the app (the scale-out issue) forwards it with the same
sticky cookie, and no second port has to be opened on a school's server.
The handler runs on the server's event loop and only reads memory: it never
waits for a worker (the answer carries the latest snapshot; the next one is
requested at the same time), so it stays well under a millisecond.
"""

from __future__ import annotations

import math

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from playground.training.runner.live_feed import FEEDS, MOUNTED, ROUTE, encode

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


async def live_endpoint(request: Request) -> Response:
    """``GET /_live/<token>?after=<epoch>``: JSON for the live view, 404 once the feed is closed."""
    token = str(request.path_params.get("token", ""))[:64]
    try:
        after = float(request.query_params.get("after", "-1"))
    except ValueError:
        after = -1.0
    body = FEEDS.answer(token, after if math.isfinite(after) else -1.0)  # NaN or inf: everything
    if body is None:
        return Response(b'{"closed":true}', status_code=404, media_type="application/json", headers=NO_STORE)
    return Response(encode(body), media_type="application/json", headers=NO_STORE)


def live_routes() -> list[Route]:
    """The routes to hand to ``st.App``; the page draws in the browser only when they are mounted."""
    MOUNTED["routes"] = True
    return [Route(ROUTE, live_endpoint, methods=["GET"])]
