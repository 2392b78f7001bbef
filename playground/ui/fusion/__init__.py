"""The fusion studio's Streamlit side: keys, state, job sessions, controls and views."""
