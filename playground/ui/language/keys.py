"""Every session key of the language lab, declared once.

The settings' widget keys come from the state table (``playground.language.config.TABLE``:
``language.corpus``, ``language.model`` …); the rest (buttons, the typed sentence, the runs the
session owns) are named here. Keys never change: tests and teachers' automation target them.
"""

from __future__ import annotations

from playground.language.config import TABLE

PREFIX = f"{TABLE.prefix}."

# -- settings: named from the state table --------------------------------------------------------
CORPUS, TOKENIZER, MODEL, EPOCHS, LR, BATCH_SIZE = (
    TABLE.key(n) for n in ("corpus", "tokenizer", "model", "epochs", "lr", "batch_size")
)

# -- widgets that are not settings ----------------------------------------------------------------
TRAIN = PREFIX + "train"  # button: train the chosen model (a new run)
STOP = PREFIX + "stop"  # button: pause every running run
CLEAR = PREFIX + "clear"  # button: forget every run
SENTENCE = PREFIX + "sentence"  # text box: the sentence every trained model explains
ADD_TEXT = PREFIX + "add_text"  # text box: a sentence to add to the training data
ADD_LABEL = PREFIX + "add_label"  # its label
ADD = PREFIX + "add"  # button: add it
CLEAR_ADDED = PREFIX + "clear_added"
MISTAKE = PREFIX + "mistake"  # select: which misclassified review to explain
MISTAKE_RUN = PREFIX + "mistake_run"  # select: whose mistakes
NEIGHBOUR = PREFIX + "neighbour"  # text box: the token whose neighbours are listed
INSIDE_RUN = PREFIX + "inside_run"  # select: which run's weights / embeddings are shown
METRIC = PREFIX + "metric"  # segmented: which curve
EXPORT_RUN = PREFIX + "export_run"
PROBE_TEXT = PREFIX + "probe_text"

# -- the page's memory (not widgets) ----------------------------------------------------------------
RUNS = PREFIX + "runs"  # list[RunRecord]: the runs this session started, oldest first
DETAILS = PREFIX + "details"  # sid → the finished run's detail report (weights, vocabulary, mistakes)
PREDICTORS = PREFIX + "predictors"  # sid → Predictor rebuilt from those weights
ADDED = PREFIX + "added"  # list of (text, label): the student's own training sentences
LINK_DONE = PREFIX + "link_done"  # the link was read in this session
LINK_NOTES = PREFIX + "link_notes"
LAST_CORPUS = PREFIX + "last_corpus"  # to follow a corpus change with its default tokenizer
LAST_MODEL = PREFIX + "last_model"  # to follow a model change with its default rate and epochs
ERROR = PREFIX + "error"  # a refused input's error, shown once
PENDING = PREFIX + "pending"  # (config, device) of this run of the page, for the Train button's callback
WAS_RUNNING = PREFIX + "was_running"  # the live view saw a run training (its end triggers one full rerun)

# -- downloads and charts (stable keys, so a rerun keeps each element in place) ---------------------
EXPORT_WEIGHTS, EXPORT_VOCAB, EXPORT_HISTORY, EXPORT_CONFIG, EXPORT_ALL_HISTORY = (
    f"{PREFIX}export.{name}" for name in ("weights", "vocab", "history", "config", "all_history")
)
CURVES, CONFUSION, PCA, WEIGHTS_POSITIVE, WEIGHTS_NEGATIVE = (
    f"{PREFIX}{name}" for name in ("curves", "confusion", "pca", "weights.pos", "weights.neg")
)
MISTAKE_VIEW = PREFIX + "mistake_view"  # the chosen mistake's explanation


def resume_key(sid: str) -> str:
    """The Resume button of one paused run."""
    return f"{PREFIX}resume.{sid}"


def sentence_view_key(sid: str) -> str:
    """The typed sentence's explanation by one run (its attention chart's key starts with it)."""
    return f"{PREFIX}sentence.{sid}"
