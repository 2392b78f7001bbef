"""The finished runs' models rebuilt in the server process, for inspection, own images and downloads.

Why cached on the digest of the weights: every rerun (a click in the gallery)
would otherwise rebuild both models; the models are only read (eval mode, no
gradient into the weights: saliency asks for the input's gradient alone).
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import streamlit as st
from torch import nn

from playground.training.export import TrainedModel
from playground.ui.vision.keys import TRAINED_MODEL
from playground.vision.data import VisionData
from playground.vision.export import flat_input_model
from playground.vision.inspect import load_model


@st.cache_resource(max_entries=16, show_spinner=False)
def _model(model_name: str, size: int, digest: str, _weights: bytes) -> nn.Sequential:
    return load_model(model_name, size, _weights)


def run_models(result: dict[str, Any], model_name: str, size: int) -> dict[str, nn.Sequential]:
    """Each finished run's model by run name (``plain``, ``augmented``)."""
    out = {}
    for name, run in result["runs"].items():
        weights: bytes = run["weights"]
        out[name] = _model(model_name, size, hashlib.sha1(weights).hexdigest(), weights)
    return out


def offer_to_compression(models: dict[str, nn.Sequential], data: VisionData, model_name: str) -> None:
    """Keep the augmented (else the plain) run as a ``TrainedModel`` under ``vision.trained_model``.

    The compression studio reads the training studio's key today; this key is
    ready for it to read too (its contract: flat ``[N, features]`` rows).
    """
    run = "augmented" if "augmented" in models else "plain"
    x, y = data.tests["clean"]
    st.session_state[TRAINED_MODEL] = TrainedModel(
        model=flat_input_model(models[run], data.size), x_test=np.asarray(x).reshape(len(x), -1).copy(),
        y_test=np.asarray(y).copy(), task="classification", n_classes=10, name=f"vision {model_name} ({run})",
    )  # fmt: skip
