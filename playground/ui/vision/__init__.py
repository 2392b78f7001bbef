"""The vision lab's Streamlit side: keys, settings state, the job's session, and the panels."""
