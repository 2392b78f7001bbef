"""Compression studio: pick the model to compress (built-in, or the one from the training page).

Built-in models are trained on first use and cached per (task, architecture, size,
epochs, seed) for every session (read-only: methods deep-copy before changing). The
training page's model is read from session state under the training studio's key
(``keys.TRAINED``, imported from ``playground.ui.training.keys``) and duck-typed, so this
page needs nothing of the trainer itself.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import streamlit as st
from torch import nn

from playground.compress.measure import logits_of, quality
from playground.compress.models import BUILTINS, BuiltinSpec, Task, task_from_trained, train_builtin
from playground.compress.settings import EPOCHS, HIDDEN, TRAINED
from playground.core.errors import InputError
from playground.ui import global_settings, show_input_error, t
from playground.ui.compress import keys
from playground.ui.vision.keys import TRAINED_MODEL as VISION_TRAINED
from playground.ui.widgets import param_widget

MAX_MODELS = 12  # the largest (width 512 CNN) is ~1 MB: the store stays small


@dataclass
class ChosenModel:
    model: nn.Module
    task: Task
    name: str  # "digits_mlp" etc., or the training page's model name: stable across languages
    key: str  # name + size + seed: a report made for another key is stale


@st.cache_resource(show_spinner=False)
def _model_store() -> tuple[threading.Lock, OrderedDict]:
    """Trained built-in models shared by every session, newest last (a bounded LRU).

    Why not ``@st.cache_resource`` on the training function itself: its progress bar is
    drawn from inside, and Streamlit refuses to replay elements of an outer block on a
    cache hit. The models are read-only: every method deep-copies before changing one.
    """
    return threading.Lock(), OrderedDict()


def _trained_model_present() -> object | None:
    """The student's own trained model: the training studio's first, else the vision lab's augmented CNN."""
    fields = ("model", "x_test", "y_test", "task", "n_classes", "name")
    for key in (keys.TRAINED, VISION_TRAINED):
        candidate = st.session_state.get(key)
        if candidate is not None and all(hasattr(candidate, f) for f in fields):
            return candidate
    return None


def pick_model() -> ChosenModel | None:
    """The model picker, the retrain controls and a one-line summary; None if it failed."""
    trained = _trained_model_present()
    options = [*([TRAINED] if trained is not None else []), *BUILTINS]  # the training page's model first
    key = keys.MODEL
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]
    titles = {o: t("compress.model.trained", name=trained.name) if o == TRAINED else model_title(o) for o in options}
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    choice = left.selectbox(
        t("compress.model"),
        options,
        key=key,
        format_func=titles.__getitem__,  # precomputed: AppTest calls it outside the script run
    )
    with right.popover(t("compress.retrain"), icon=":material/tune:", use_container_width=True):
        st.caption(t("compress.retrain_help"))
        hidden = int(param_widget(HIDDEN, keys.HIDDEN, style="select_slider"))
        epochs = int(param_widget(EPOCHS, keys.EPOCHS))
    seed = global_settings().seed
    try:
        if choice == TRAINED:
            model, task = task_from_trained(trained)
            return ChosenModel(model, task, str(trained.name), f"trained-{id(trained)}")
        task_name, arch = BUILTINS[choice]
        model, task = _train_with_progress(task_name, arch, hidden, epochs, seed)
        return ChosenModel(model, task, choice, f"{choice}-h{hidden}-e{epochs}-s{seed}")
    except InputError as error:
        show_input_error(error)
        return None


def _train_with_progress(task: str, arch: str, hidden: int, epochs: int, seed: int) -> tuple[nn.Module, Task]:
    """The cached model, or train it now with a progress bar (a few seconds on one core)."""
    key = f"{task}-{arch}-{hidden}-{epochs}-{seed}"
    lock, store = _model_store()
    with lock:
        if key in store:
            store.move_to_end(key)
            return store[key]
    text = t("compress.training", epochs=epochs)
    bar = st.progress(0.0, text=text)
    result = train_builtin(BuiltinSpec(task, arch, hidden, epochs), seed, lambda f: bar.progress(f, text=text))
    bar.empty()
    with lock:
        store[key] = result
        while len(store) > MAX_MODELS:
            store.popitem(last=False)
    return result


def model_title(name: str) -> str:
    """A built-in model's translated name; a trained model keeps its own name."""
    return t(f"compress.model.{name}") if name in BUILTINS else name


def describe(chosen: ChosenModel) -> None:
    """What the model is: parameters, layers, data, and how well fp32 does on the test set."""
    task = chosen.task
    params = sum(p.numel() for p in chosen.model.parameters())
    layers = sum(1 for m in chosen.model.modules() if isinstance(m, nn.Linear | nn.Conv2d))
    outputs = logits_of(chosen.model, task.x_test)
    score = quality(outputs, task.y_test, outputs, task.kind)
    if score.accuracy is not None:
        baseline = t("compress.model_accuracy", accuracy=f"{100 * score.accuracy:.1f}")
    else:
        baseline = t("compress.model_loss", loss=f"{score.loss:.4g}")
    summary = t("compress.model_summary", params=f"{params:,}", layers=layers, calib=len(task.x_calib),
                test=len(task.x_test), features=task.n_features)  # fmt: skip
    st.caption(f"{summary} · **{baseline}**")
