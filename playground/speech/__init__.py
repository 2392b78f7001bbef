"""The speech lab's engine: spoken digits, their front ends, two small models and the live trainer job.

Why a package of its own (and no Streamlit): a notebook can build the data
set, train both runs and print the accuracy table with the same code the
page uses (``playground.speech.job.SpeechSpec(...).build("nb", "cpu")``).
The audio work (log-mel, augmentation pipelines, noise at an SNR) is the
audio studio's engine, ``playground.augment.audio``; nothing is copied here.
"""
