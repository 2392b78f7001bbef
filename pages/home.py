"""Home: what the playground is, a card per page, and the fundamentals it teaches."""

import streamlit as st
import torch

from playground.catalog import FUNDAMENTALS, SECTIONS, ready_pages
from playground.core.devices import available_devices
from playground.ui import enter_page, t

enter_page()  # first: a deep link served before the router ran reruns through it

st.title(t("home.title"))
st.markdown(f"#### {t('home.tagline')}")
st.write(t("home.intro"))
st.caption(t("home.controls_hint"))

studios = [page for page in ready_pages() if page.url_path]

st.header(t("home.pages_heading"), divider="blue")
if not studios:
    st.info(t("home.no_pages_yet"), icon=":material/construction:")
for section in SECTIONS[1:]:  # the navigation's groups, in its order
    group = [spec for spec in studios if spec.section == section]
    if group:
        st.subheader(t(f"home.section.{section}"), divider="gray")
    for row_start in range(0, len(group), 3):
        for column, spec in zip(st.columns(3), group[row_start : row_start + 3], strict=False):
            with column.container(border=True, height="stretch"):
                st.subheader(t(spec.title_key))
                st.write(t(spec.summary_key))
                st.markdown(" ".join(f":blue-badge[{t(f'home.topic.{topic}')}]" for topic in spec.topics))
                st.page_link(spec.file, label=t("home.open_page", title=t(spec.title_key)), icon=spec.icon)

st.header(t("home.fundamentals_heading"), divider="blue")
for row_start in range(0, len(FUNDAMENTALS), 2):
    for column, topic in zip(st.columns(2), FUNDAMENTALS[row_start : row_start + 2], strict=False):
        with column:
            st.markdown(f"**{t(f'home.topic.{topic}')}** — {t(f'home.topic.{topic}.text')}")
            teaching = [spec for spec in studios if topic in spec.topics]
            if teaching:
                links = st.columns(len(teaching) + 1)
                links[0].caption(t("home.taught_on"))
                for link_column, spec in zip(links[1:], teaching, strict=True):
                    link_column.page_link(spec.file, label=t(spec.title_key), icon=spec.icon)
            else:
                st.caption(t("home.not_yet"))

st.header(t("home.server_heading"), divider="gray")
st.caption(
    t(
        "home.server_text",
        torch=torch.__version__,
        threads=torch.get_num_threads(),
        devices=", ".join(device.label() for device in available_devices()),
    )
)
