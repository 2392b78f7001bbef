"""Where training runs: an interface for the page, and a pool of worker processes behind it."""
