"""Where training runs: the interface pages use (``backend``), typed worker commands, local worker processes."""
