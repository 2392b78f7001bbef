"""Downloads: pipeline JSON (and loading it back), Python that reproduces the grid, albumentations code, ZIP.

Why ``data=callable`` with ``on_click="ignore"``: the ZIP renders every draw at
full size and encodes PNGs; doing that on every rerun would slow the whole
page, so the bytes are made only when the button is clicked, without a rerun.
"""

from __future__ import annotations

import streamlit as st

from playground.augment.image.export import albumentations_code, draws_zip, python_code
from playground.augment.image.labels import Labels
from playground.augment.image.pipeline import Pipeline, draw_grid
from playground.ui import show_input_error, show_notices, t
from playground.ui.image import keys, state
from playground.ui.image.builder import title
from playground.ui.image.source import Source


def exports(source: Source | None, pipeline: Pipeline, seed: int, n: int, labels: Labels | None) -> None:
    json_tab, python_tab, albu_tab, zip_tab = st.tabs(
        [t("image.tab_json"), t("image.tab_python"), t("image.tab_albu"), t("image.tab_zip")]
    )
    with json_tab:
        text = pipeline.to_json()
        st.download_button(
            t("image.download_json"),
            data=text,
            file_name="pipeline.json",
            mime="application/json",
            key=keys.DOWNLOAD_JSON,
            on_click="ignore",
            icon=":material/download:",
        )
        st.file_uploader(
            t("image.load_json"), type=["json"], key=keys.LOAD_JSON, on_change=state.load_json, args=(keys.LOAD_JSON,)
        )
        if keys.LOAD_ERROR in st.session_state:
            show_input_error(st.session_state[keys.LOAD_ERROR])
        show_notices(st.session_state.get(keys.LOAD_NOTES, ()))  # what the file had to have cleaned
        st.code(text, language="json", height=260)
    with python_tab:
        st.caption(t("image.python_note"))
        code = python_code(
            pipeline,
            seed,
            n,
            image_path=source.file_name if source is not None else "photo.jpg",
        )
        st.download_button(
            t("image.download_python"),
            data=code,
            file_name="reproduce_grid.py",
            mime="text/x-python",
            key=keys.DOWNLOAD_PYTHON,
            on_click="ignore",
            icon=":material/download:",
        )
        st.code(code, language="python", height=260)
    with albu_tab:
        code, missing = albumentations_code(pipeline)
        if missing:
            st.warning(
                t("image.albu_missing", names=", ".join(title(name) for name in missing)), icon=":material/info:"
            )
        else:
            st.caption(t("image.albu_note"))
        st.download_button(
            t("image.download_albu"),
            data=code,
            file_name="albumentations_pipeline.py",
            mime="text/x-python",
            key=keys.DOWNLOAD_ALBU,
            on_click="ignore",
            icon=":material/download:",
        )
        st.code(code, language="python", height=260)
    with zip_tab:
        if source is None:
            st.info(t("image.no_image"), icon=":material/image:")
            return
        st.caption(t("image.zip_note", n=n))
        rgb = source.rgb

        def build_zip() -> bytes:
            return draws_zip(draw_grid(pipeline, rgb, seed, n, labels), pipeline, seed)

        st.download_button(
            t("image.download_zip"),
            data=build_zip,
            file_name=f"draws_seed{seed}.zip",
            mime="application/zip",
            key=keys.DOWNLOAD_ZIP,
            on_click="ignore",
            icon=":material/folder_zip:",
            type="primary",
        )
