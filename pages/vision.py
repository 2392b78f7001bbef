"""Vision lab: train one small CNN twice on the same seed, augmentation off and on, and test both on shifted data.

Reads top to bottom: the data (and a look at every test set), the model (its
PyTorch code beside the curriculum's Keras), the augmentation (the lab's short
pipeline or the image studio's own). Train sends one job to the training
backend; a fragment polls its reports while both runs train. When they are
done: the accuracy of each run on every test set, confusion matrices, the
misclassified digits (click one), what the model computes inside, own images
and downloads. The settings live in the link (``playground.vision.settings``).
"""

from dataclasses import replace

import streamlit as st

from playground.ui import enter_page, global_settings, show_input_error, show_notices, t
from playground.ui.training.session import backend_notice
from playground.ui.vision import state
from playground.ui.vision.exports import exports
from playground.ui.vision.inside import inside_view
from playground.ui.vision.keys import JOB_ID, JOB_SPEC, LINK_ERROR, LINK_NOTES, PIPE
from playground.ui.vision.live import controls, draw_live
from playground.ui.vision.models import offer_to_compression, run_models
from playground.ui.vision.own import own_image
from playground.ui.vision.results import accuracy_tables, confusion_view, gallery, set_names
from playground.ui.vision.session import finished_result
from playground.ui.vision.setup import augment_panel, data_panel, model_panel
from playground.vision.data import load
from playground.vision.job import VisionSpec

enter_page()  # first: a deep link served before the router ran reruns through it

settings = global_settings()
state.init_state()

st.title(t("vision.title"))
backend_notice()  # the configured training cluster is down: say so before anything trains
st.markdown(t("vision.intro"))
if LINK_ERROR in st.session_state:
    show_input_error(st.session_state.pop(LINK_ERROR))
show_notices(st.session_state.pop(LINK_NOTES, ()))

chosen = state.current_settings()
with st.spinner(t("vision.making_data")):
    data = load(chosen.dataset, settings.seed, chosen.train_size)

data_col, model_col = st.columns(2, gap="large")
with data_col:
    st.subheader(t("vision.step_data"), divider="blue")
    data_panel(data, chosen)
with model_col:
    st.subheader(t("vision.step_model"), divider="blue")
    model_panel(chosen, data.size)
    st.subheader(t("vision.step_augment"), divider="blue")
    pipeline = augment_panel(chosen, data, settings.seed)

if pipeline is not None and chosen.source == "lab":
    st.session_state[PIPE] = pipeline.to_url()
chosen = replace(chosen, pipe=st.session_state[PIPE])
state.sync_link(chosen)
spec = VisionSpec(
    dataset=chosen.dataset, seed=settings.seed, train_size=chosen.train_size, model=chosen.model,
    epochs=chosen.epochs, batch_size=chosen.batch_size, lr=chosen.lr,
    pipeline=pipeline.to_url() if pipeline is not None else "", aug_p=chosen.aug_p,
)  # fmt: skip

st.subheader(t("vision.step_train"), divider="blue")
st.caption(t("vision.train_caption"))
controls(spec, str(settings.device.device))
if JOB_ID in st.session_state:
    draw_live()

result = finished_result() if JOB_ID in st.session_state else None
trained: VisionSpec | None = st.session_state.get(JOB_SPEC)
models = None
if result is not None and trained is not None:
    trained_data = load(trained.dataset, trained.seed, trained.train_size)
    models = run_models(result, trained.model, trained_data.size)
    offer_to_compression(models, trained_data, trained.model)
    st.subheader(t("vision.step_results"), divider="blue")
    if trained != spec:
        st.caption(t("vision.results_for_earlier"))
    tabs = st.tabs([t("vision.tab.accuracy"), t("vision.tab.confusion"), t("vision.tab.gallery"),
                    t("vision.tab.inside"), t("vision.tab.export")])  # fmt: skip
    with tabs[0]:
        accuracy_tables(result, trained.dataset)
    with tabs[1]:
        confusion_view(result, trained.dataset)
    with tabs[2]:
        gallery(result, trained_data, models)
    with tabs[3]:
        inside_view(trained_data, models, set_names(trained.dataset))
    with tabs[4]:
        exports(result, models, trained.model, trained_data.size)

st.subheader(t("vision.step_own"), divider="blue")
own_image(models, (load(trained.dataset, trained.seed, trained.train_size) if trained else data).size)
