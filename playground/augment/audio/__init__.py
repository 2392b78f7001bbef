"""Audio augmentation: kernels by concept, the registry, seeded draws, presets, exports, figures."""
