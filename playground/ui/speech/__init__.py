"""The speech lab's Streamlit side: its keys, its state, its job session and its panels."""
