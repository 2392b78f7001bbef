"""Compression studio engine: quantize, prune and fuse a model, then measure what changed.

Modules, one concept each:
- ``models``   built-in tasks (8x8 digits, 2-D moons), MLP and small CNN, short training;
- ``methods``  the registry of compression methods (one entry each, with its API status and knobs);
- ``settings`` the studio's settings table (model, size, methods, knobs, views);
- ``measure``  size as saved, accuracy, agreement, SQNR, latency, per-layer error, weights;
- ``compare``  runs chosen methods on one model and collects a plain-data report;
- ``pareto``   which variants are not beaten on both size and quality.

References: PyTorch's dynamic quantization tutorials (BERT 438 -> 181 MB), Intel Neural
Compressor's accuracy/throughput reports, torchao's ``quantize_`` API.
"""
