"""The server's one ``Lab`` (queue and cache) and what a session's buttons do with it.

Why ``st.cache_resource``: the queue and the cache must be shared by every
student on the server (that is their point), and they hold the backend's
job ids; their logic is plain Python in ``playground.parallel.admission``.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from playground.core.errors import InputError
from playground.parallel.admission import Cached, Lab, Ticket, request_key
from playground.parallel.experiments import EXPERIMENTS
from playground.parallel.job import ExperimentSpec
from playground.ui.parallel.keys import WAITING
from playground.ui.training.session import get_backend


@st.cache_resource(show_spinner=False)
def get_lab() -> Lab:
    """The server-wide queue and result cache over the training backend's worker pool."""
    return Lab(get_backend())


def device_for(experiment: str, device: str) -> str:
    """The sidebar's device where the experiment uses one; the CPU where CPU parallelism is the point."""
    return device if EXPERIMENTS[experiment].uses_device else "cpu"


def key_for(experiment: str, sizes: dict[str, Any], device: str) -> str:
    return request_key(experiment, sizes, device_for(experiment, device))


def ask(experiment: str, sizes: dict[str, Any], device: str, again: bool = False) -> Cached | Ticket | InputError:
    """Run (or join, or answer from the cache) one measurement; an ``InputError`` when the sizes are refused."""
    entry = EXPERIMENTS[experiment]
    try:
        checked = entry.check(sizes)
    except InputError as error:
        return error
    used = device_for(experiment, device)
    spec = ExperimentSpec(experiment, tuple(sorted(checked.items())), used)
    key = request_key(experiment, checked, used)
    answer = get_lab().request(key, spec, entry.cores_needed(checked), again=again)
    st.session_state[WAITING] = isinstance(answer, Ticket)
    return answer


def status(key: str) -> tuple[Cached | None, Ticket | None, int]:
    """(fresh result, ticket, queue position) for ``key``, after moving the queue on."""
    lab = get_lab()
    lab.pump()
    return lab.cached(key), lab.ticket(key), lab.position(key)
