"""The lab's set-up: data (with a look at each test set), the model (PyTorch beside Keras), the augmentation.

Why a preview of every test set and of the augmented copies: a student must
see what "rotated" and "shifted" mean, and what the pipeline does to a digit,
before trusting a number about them.
"""

from __future__ import annotations

import streamlit as st

from playground.augment.image.pipeline import Pipeline
from playground.ui import t
from playground.ui.vision import state as vision_state
from playground.ui.vision.keys import (
    AUG_P,
    AUGMENT,
    BATCH,
    DATASET,
    EDIT_STEPS,
    EPOCHS,
    LR,
    MODEL,
    SOURCE,
    TRAIN_SIZE,
    edit_key,
)
from playground.ui.widgets import param_widget
from playground.vision import figures
from playground.vision.augment import EDITABLE, preview
from playground.vision.data import DATASETS, TEST_SETS, VisionData
from playground.vision.models import MODELS, parameter_count
from playground.vision.settings import VISION, VisionSettings

PREVIEW_N = 10


def _widget(name: str, key: str, **options: object) -> object:
    return param_widget(VISION[name].param, key, **options)  # type: ignore[arg-type]


def data_panel(data: VisionData, settings: VisionSettings) -> None:
    """The data set and its size, then the first digits of the training set and of each test set."""
    left, right = st.columns(2)
    _widget("dataset", DATASET, format_choice=lambda d: t(DATASETS[d].title_key), container=left)
    _widget("train_size", TRAIN_SIZE, container=right)
    used = len(data.y_train)
    used_text = t("vision.train_used", n=used, available=data.available, size=data.size)
    st.caption(t(DATASETS[settings.dataset].summary_key) + " " + used_text)
    if used < settings.train_size:
        st.info(t("vision.train_clamped", asked=settings.train_size, n=used), icon=":material/info:")
    st.image(figures.strip(data.x_train[:PREVIEW_N]), caption=t("vision.train_strip"))
    for name, (x, _) in data.tests.items():
        label = t("vision.test.fonts_digits") if name == "fonts" and settings.dataset == "digits" else None
        st.image(figures.strip(x[:PREVIEW_N]), caption=label or t(TEST_SETS[name].title_key))


def model_panel(settings: VisionSettings, size: int) -> None:
    """The model, its size, its PyTorch definition beside the curriculum's Keras code, and the optimiser."""
    _widget("model", MODEL, format_choice=lambda m: t(MODELS[m].title_key))
    entry = MODELS[settings.model]
    count = parameter_count(entry.build(size, 0))
    st.caption(t(entry.summary_key) + " " + t("vision.param_count", n=f"{count:,}"))
    torch_col, keras_col = st.columns(2)
    torch_col.markdown(f"**{t('vision.torch_code')}**")
    torch_col.code(entry.torch_code(size), language="python")
    keras_col.markdown(f"**{t('vision.keras_code')}**")
    keras_col.code(entry.keras_code(size), language="python")
    cols = st.columns(3)
    _widget("epochs", EPOCHS, container=cols[0])
    _widget("batch_size", BATCH, container=cols[1])
    _widget("lr", LR, container=cols[2])


def augment_panel(settings: VisionSettings, data: VisionData, seed: int) -> Pipeline | None:
    """Whether to train the augmented run, with which pipeline and probability; a preview of its draws.

    Returns the pipeline of the augmented run (None: no augmented run).
    """
    _widget("augment", AUGMENT)
    if not settings.augment:
        st.caption(t("vision.augment_off"))
        return None
    _widget("aug_p", AUG_P)
    _widget("source", SOURCE, format_choice=lambda s: t(f"vision.source.{s}"), style="segmented")
    pipeline: Pipeline | None
    if settings.source == "studio":
        pipeline = vision_state.studio_pipeline()
        st.page_link("pages/image_augmentation.py", label=t("vision.open_studio"), icon=":material/image:")
        if pipeline is None:
            st.info(t("vision.studio_empty"), icon=":material/info:")
            return None
        st.caption(t("vision.studio_steps", steps=", ".join(t(f"image.t.{s.name}") for s in pipeline.active()) or "–"))
    else:
        pipeline = _editor()
    if not pipeline.active():
        st.info(t("vision.no_steps"), icon=":material/info:")
        return None
    copies = preview(pipeline, data.x_train[:3], seed, n=8)
    for row in copies:
        st.image(figures.strip(row))
    st.caption(t("vision.preview_caption"))
    return pipeline


def _editor() -> Pipeline:
    """The lab's short pipeline: pick steps, set each one's probability and knobs (the transforms' ``Param``s)."""
    st.multiselect(t("vision.edit_steps"), EDITABLE, key=EDIT_STEPS, format_func=lambda n: t(f"image.t.{n}"),
                   max_selections=6, help=t("vision.edit_steps_help"))  # fmt: skip
    for name in st.session_state.get(EDIT_STEPS, []):
        spec = Pipeline.spec(name)
        with st.expander(t(f"image.t.{name}"), expanded=False):
            param_widget(spec.p_param, edit_key(name, "p"), label=t("vision.step_p"))
            for param in spec.params:
                param_widget(param, edit_key(name, param.name))
    pipeline = vision_state.editor_pipeline()
    return pipeline
