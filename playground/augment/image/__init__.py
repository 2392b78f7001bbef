"""Image augmentation: kernels by concept, the registry, seeded draws, labels, presets, exports, figures."""
