"""Every session key of the image studio: the state table's widget keys by name, and the keys no table holds.

Why one module: the studio's keys were spelled in six modules ("image.steps"
in one, the same step's widget key built in two), so renaming or checking one
meant a search. The widget keys of ``IMAGE_STATE`` are declared once, in
``playground.augment.image.settings``; this module only names them for the
panels' code, and spells each remaining key (buttons, step widgets, the
pipeline itself) exactly once. Keys are shared with tests and teachers'
automation: they never move.
"""

from __future__ import annotations

from playground.augment.image.settings import IMAGE_STATE

# --- the state table's fields (kept across page switches where the table says so) ---------------
PIPE_LINK, SEED, N_DRAWS, QUICK, QUICK_NAME, SOURCE, SAMPLE, SHOW_LABELS = (
    IMAGE_STATE.key(name) for name in ("pipe", "seed", "n", "quick", "quick_name", "source", "sample", "labels")
)

# --- the pipeline and the messages about how it was read -----------------------------------------
STEPS = "image.steps"  # the full pipeline: a list of step dicts, the source of truth for its widgets
QUICK_STEPS = "image.quick_steps"  # quick mode's one step
NEXT_ID = "image.next_id"  # the last step id handed out (ids keep each step's widgets attached to it)
URL_READ = "image.url_read"  # the link was read once this session
URL_ERROR, URL_NOTES = "image.url_error", "image.url_notes"  # a refused link; what a link had cleaned
LOAD_ERROR, LOAD_NOTES = "image.load_error", "image.load_notes"  # the same for an uploaded pipeline file

# --- input --------------------------------------------------------------------------------------
UPLOAD, UPLOAD_PICK, CAMERA = "image.upload", "image.upload_pick", "image.camera"

# --- the pipeline editor ------------------------------------------------------------------------
PRESET, LOAD_PRESET = "image.preset", "image.load_preset"
ADD_NAME, ADD = "image.add_name", "image.add"
LOAD_JSON = "image.load_json"  # the pipeline file uploader

# --- the grid and the inspected draw --------------------------------------------------------------
REROLL = "image.reroll"
INSPECT = "image.inspect"
HISTOGRAM = "image.histogram"

# --- downloads ------------------------------------------------------------------------------------
DOWNLOAD_JSON, DOWNLOAD_PYTHON, DOWNLOAD_ALBU, DOWNLOAD_ZIP = (
    "image.dl_json", "image.dl_python", "image.dl_albu", "image.dl_zip"
)  # fmt: skip

# --- labels: slider keys carry the image digest, so each image keeps its own labels ---------------
BOX_X, BOX_Y, POINT = "image.box_x.", "image.box_y.", "image.kp"
LABEL_PREFIXES = (BOX_X, BOX_Y, POINT)  # kept across page switches


def step_widget(step_id: int, field: str) -> str:
    """A step's widget: ``on``, ``p`` or a parameter name."""
    return f"image.step.{step_id}.{field}"


def step_button(action: str, step_id: int) -> str:
    """A step's ``up``, ``down`` or ``remove`` button."""
    return f"image.{action}.{step_id}"


def zoom_button(index: int) -> str:
    return f"image.zoom.{index}"


def box_slider(axis: str, tag: str) -> str:
    """The box's ``x`` or ``y`` range slider for the image whose digest starts with ``tag``."""
    return f"{BOX_X if axis == 'x' else BOX_Y}{tag}"


def point_slider(index: int, axis: str, tag: str) -> str:
    """Keypoint ``index``'s ``x`` or ``y`` slider for the image tagged ``tag``."""
    return f"{POINT}{index}_{axis}.{tag}"
