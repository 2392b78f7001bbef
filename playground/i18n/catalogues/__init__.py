"""One module per domain, each with ``STRINGS = {key: {"en": ..., "zh": ...}}``."""
