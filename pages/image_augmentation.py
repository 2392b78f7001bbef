"""Image augmentation studio: build a pipeline, see many seeded draws, inspect one, export everything.

Streamlit reruns this script on every click. The pipeline lives in session
state (``playground.ui.image.state``) and in the URL; the grid is cached on
(image digest, pipeline, seed, n, labels), so only a change recomputes it.
The other settings are declared once (``IMAGE_STATE``): they travel in the
link and survive a visit to another page. The left column builds, the right
column shows.
"""

import json

import streamlit as st

from playground.augment.image.settings import IMAGE_STATE
from playground.core.errors import InputError
from playground.core.seeding import MAX_SEED
from playground.ui import enter_page, global_settings, show_input_error, t
from playground.ui.image import builder, exports, grid, keys, state
from playground.ui.image import labels as labels_ui
from playground.ui.image import source as source_ui
from playground.ui.widgets import param_widget

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
state.init_state(settings.seed)

st.title(t("image.title"))
st.caption(t("image.intro"))
state.show_link_messages()

build, show = st.columns([1.35, 2], gap="large")

with build:
    st.subheader(t("image.input_header"), divider="blue")
    source = source_ui.choose_source()
    if source is not None:
        source_ui.describe(source)
    st.subheader(t("image.pipeline_header"), divider="blue")
    if param_widget(IMAGE_STATE["quick"].param, keys.QUICK, help=t("image.quick_help")):
        builder.quick_mode()
    else:
        builder.pipeline_editor()
    st.subheader(t("image.labels_header"), divider="blue")
    labels = labels_ui.edit_labels(source.sha1, source.rgb.shape) if source is not None else None
    st.subheader(t("image.export_header"), divider="blue")
    export_slot = st.container()  # filled last: exports need the seed and grid size chosen on the right

with show:
    st.subheader(t("image.grid_header"), divider="blue")
    draws_col, seed_col, reroll_col = st.columns([2.2, 1.6, 1.5], vertical_alignment="bottom")
    n = param_widget(IMAGE_STATE["n"].param, keys.N_DRAWS, help=t("image.n_draws_help"), container=draws_col)
    seed = int(seed_col.number_input(t("image.seed"), 0, MAX_SEED, step=1, key=keys.SEED, help=t("image.seed_help")))
    reroll_col.button(
        t("image.reroll"),
        key=keys.REROLL,
        on_click=state.reroll,
        icon=":material/casino:",
        help=t("image.reroll_help"),
        width="stretch",
    )
    pipeline = state.current_pipeline()
    state.sync_link(pipeline, seed, n)
    with export_slot:
        exports.exports(source, pipeline, seed, n, labels)
    if source is None:
        st.info(t("image.no_image"), icon=":material/image:")
        st.stop()
    labels_json = json.dumps(labels.as_dict()) if labels is not None else ""
    try:
        tiles = grid.compute_grid(source.sha1, pipeline.to_json(indent=None), seed, n, labels_json, source.rgb)
    except InputError as error:
        show_input_error(error)
        st.stop()
    except Exception as error:  # a bug must not show a traceback to a class; the settings stay as they were
        st.error(t("common.unexpected_error", error=type(error).__name__), icon=":material/error:")
        st.stop()

    def zoom(index: int) -> None:
        @st.dialog(t("image.zoom_title", i=index), width="large")
        def enlarged() -> None:
            grid.draw_details(
                source, pipeline, seed, index, labels, beside=lambda _: st.markdown(grid.caption(index, tiles[index]))
            )

        enlarged()

    st.caption(t("image.grid_caption", n=n, seed=seed))
    grid.show_grid(source, tiles, labels, on_zoom=zoom)

    st.subheader(t("image.inspect_header"), divider="blue")
    if st.session_state.get(keys.INSPECT, 0) >= n:
        st.session_state[keys.INSPECT] = 0
    index = st.selectbox(
        t("image.inspect"), range(n), format_func=lambda i: t("image.draw_label", i=i), key=keys.INSPECT
    )

    def histogram(drawn: object) -> None:
        st.markdown(f"**{t('image.hist_header')}**")
        grid.histogram(source, drawn, index)
        st.caption(t("image.hist_caption"))

    grid.draw_details(source, pipeline, seed, index, labels, beside=histogram)
