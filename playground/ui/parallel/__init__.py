"""The parallel computing lab's Streamlit side: keys, the shared lab, the controls and the result view."""
