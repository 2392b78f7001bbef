"""The import path that audio scripts exported before the package-per-studio layout use.

Why it stays: an exported script says
``from playground.augment.audio_pipeline import Pipeline, run_draw``; scripts
handed out before the move must still run. New code imports
``playground.augment.audio.pipeline``; nothing in the app imports this module.
"""

from playground.augment.audio.pipeline import Pipeline, run_draw

__all__ = ["Pipeline", "run_draw"]
