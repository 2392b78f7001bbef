"""Browser components of the playground (st.components.v2): inline HTML, JS and CSS, no build step."""
