"""Inside a trained run: one example's probabilities, every layer's feature maps, first-layer filters, saliency.

Why every layer, one under another (CNN Explainer's view, from the student's
own weights): the maps show where the convolution fires and what pooling
keeps; comparing the plain and the augmented run on a rotated digit shows
which of them still finds its strokes.
"""

from __future__ import annotations

import numpy as np
import streamlit as st
from torch import nn

from playground.ui import t
from playground.ui.vision.keys import CHART_PROBS, EXAMPLE, INSIDE_INDEX, INSIDE_RUN, INSIDE_SET
from playground.vision import figures
from playground.vision.data import VisionData
from playground.vision.evaluate import top_k
from playground.vision.inspect import feature_maps, first_filters, probabilities, saliency

MAX_MAPS = 32


def _run_names() -> dict[str, str]:
    return {"plain": t("vision.run.plain"), "augmented": t("vision.run.augmented")}


def example_detail(data: VisionData, models: dict[str, nn.Sequential], test: str, index: int, set_name: str) -> None:
    """One test image: both runs' probabilities, then each run's saliency and its first layers' maps."""
    x, y = data.tests[test]
    image = x[index]
    with st.container(key=EXAMPLE, border=True):
        st.markdown(f"#### {t('vision.example_title', set=set_name, index=index, digit=int(y[index]))}")
        pic, probs = st.columns([1, 3])
        pic.image(figures.picture(image, 5), caption=t("vision.as_model_sees"))
        shown = {name: probabilities(model, image[None])[0] for name, model in models.items()}
        probs.plotly_chart(figures.probabilities_figure(shown, _run_names()), key=f"{CHART_PROBS}.example")
        for col, (name, model) in zip(st.columns(len(models)), models.items(), strict=True):
            guess = top_k(shown[name], 1)[0]
            col.markdown(f"**{_run_names()[name]}**: {t('vision.guess', digit=guess[0], p=f'{guess[1]:.0%}')}")
            sal, _ = saliency(model, image)
            col.image(_big(figures.signed_colour(sal)), caption=t("vision.saliency_caption"), width=200)
            for layer in feature_maps(model, image)[:3]:
                if layer.maps.ndim == 3:
                    col.image(figures.tile(layer.maps[:MAX_MAPS], columns=8, scale=2),
                              caption=t("vision.layer_caption", name=layer.name, kind=layer.kind,
                                        shape=" × ".join(map(str, layer.maps.shape))))  # fmt: skip


def _big(rgb: np.ndarray, scale: int = 4) -> np.ndarray:
    return np.repeat(np.repeat(rgb, scale, axis=0), scale, axis=1)


def inside_view(data: VisionData, models: dict[str, nn.Sequential], set_names: dict[str, str]) -> None:
    """Pick a run and a test image; every layer's output, the first layer's filters, the saliency map."""
    cols = st.columns(3)
    run = cols[0].selectbox(t("vision.inside_run"), list(models), key=INSIDE_RUN, format_func=_run_names().get,
                            index=len(models) - 1)  # fmt: skip
    test = cols[1].selectbox(t("vision.inside_set"), list(set_names), key=INSIDE_SET, format_func=set_names.get)
    x, y = data.tests[test]
    index = int(cols[2].number_input(t("vision.inside_index"), 0, len(x) - 1, 0, key=INSIDE_INDEX))
    model, image = models[run], x[index]
    probs = probabilities(model, image[None])[0]
    guess = top_k(probs, 1)[0]
    left, right = st.columns([1, 1])
    left.image(figures.picture(image, 5), caption=t("vision.inside_input", digit=int(y[index]), guess=guess[0],
               p=f"{guess[1]:.0%}"))  # fmt: skip
    sal, target = saliency(model, image)
    right.image(_big(figures.signed_colour(sal), 5), caption=t("vision.saliency_for", digit=target), width=200)
    st.markdown(f"##### {t('vision.layers')}")
    for layer in feature_maps(model, image):
        caption = t("vision.layer_caption", name=layer.name, kind=layer.kind,
                    shape=" × ".join(map(str, layer.maps.shape)))  # fmt: skip
        if layer.maps.ndim == 3:
            st.image(figures.tile(layer.maps, columns=16 if len(layer.maps) > 10 else 10, scale=3), caption=caption)
        elif layer.maps.shape[0] <= 64:
            st.image(figures.tile(layer.maps[None, None, :], columns=1, scale=12), caption=caption)
        else:
            st.caption(caption + " — " + t("vision.flat_layer"))
    st.markdown(f"##### {t('vision.filters')}")
    filters = first_filters(model, data.size)
    st.image(figures.tile(filters, columns=16, scale=12 if filters.shape[-1] <= 5 else 3, style="signed"),
             caption=t("vision.filters_caption", n=len(filters)))  # fmt: skip
