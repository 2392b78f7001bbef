"""The vision lab's engine: digit data sets, small CNNs, a two-run trainer job, evaluation and inspection.

Why a package of its own: a student (or a notebook) can train the same CNN
with augmentation off and on and compare them on shifted test data without
Streamlit; the page (``pages/vision.py``) only draws what this returns.
Nothing here downloads anything: scikit-learn's bundled digits and digits
printed with OpenCV's Hershey fonts are the data.
"""
