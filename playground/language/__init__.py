"""The language lab's engine: corpora, tokenizers, vocabularies, three text classifiers, their trainer job,
explanations (token contributions, attention, gradient × input) and figures.

Why a package of its own without Streamlit: a notebook can load the deduplicated reviews, train the
n-gram model and colour a sentence with the same code the page uses (``playground.ui.language`` is
the only part that knows about Streamlit).
"""
