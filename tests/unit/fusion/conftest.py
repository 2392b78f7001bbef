"""One torch thread for the fusion engine's tests, as in the workers (two threads on a busy host ran tiny nets
many times slower)."""

import torch

torch.set_num_threads(1)
