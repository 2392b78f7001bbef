"""Data the playground ships or makes: toy 2-D sets, synthetic sets and the bundled samples."""
