"""The language lab's Streamlit side: its keys, its state in the session and the URL, and its panels."""
