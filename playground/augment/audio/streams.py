"""The audio draws' random numbers under each recipe, computed in blocks of draws and exactly as NumPy would.

Recipe 1 first. Why: every step of every draw has its own stream (``playground.core.seeding``),
so a draw replays alone and changing step 3 never moves steps 1 and 2. But
building that generator (SHA-256, NumPy's ``SeedSequence``, ``PCG64``,
``Generator``) costs ~20-60 µs, more than a gain's whole multiply on 10 s of
audio: with real ranges, gain and shift ran at half audiomentations' speed.

Here the same numbers come from the same recipe, done in bulk: the draws of
one (seed, step) are taken in blocks of ``BLOCK`` consecutive draw numbers,
NumPy's ``SeedSequence`` hash (32-bit multiply/xor/shift, written out below
from ``numpy/random/bit_generator.pyx``) runs once per block as vector
operations, and the first numbers of each stream come from PCG64's own
recurrence (128-bit LCG, XSL-RR output, ``(x >> 11) * 2**-53`` for a double)
in Python integers. Where a transform needs more (a noise seed, mask
positions), ``generator`` hands out one scratch ``Generator`` per thread
whose state is *set* (~2 µs) to where that stream stands. Equality with
``numpy_rng`` is proven over many (seed, draw, step) triples in
``tests/unit/augment/audio/test_streams.py``; a NumPy that changed its
seeding would fail there, not silently change old links.

Two recipes ("dice"), and why a second: the one above (``LEGACY``, every
pipeline file and link written before the recipe had a number) pays one
SHA-256 and one vectorised ``SeedSequence`` per draw, ~1 µs a draw over a
block, which is the whole margin of a gain on 10 s of audio against
audiomentations. ``CURRENT`` (recipe 2) keeps what matters (each step its own
stream, a draw replays alone, changing step 3 never moves steps 1 and 2)
with one stream per step instead of one per step *and draw*:
``np.random.default_rng(derive_seed(seed, "audio.dice2", position))``, in
which draw ``d`` owns the ``STRIDE`` doubles from number ``d * STRIDE`` on
(reached with PCG64's ``advance``, so draw 10**7 costs what draw 0 costs).
A block of ``BLOCK`` draws is then one ``random(BLOCK * STRIDE)`` call,
~20 µs. Extras (a noise seed, mask positions) come from a stream of their
own per draw and step, ``numpy_rng(seed, "audio.dice2.extra", draw, position)``.
Old files and links keep recipe 1 and replay exactly; new pipelines say
``"dice": 2`` (``playground.augment.audio.pipeline``).
"""

from __future__ import annotations

import hashlib
import threading
from functools import lru_cache

import numpy as np

from playground.core.seeding import derive_seed, numpy_rng

BLOCK = 1024  # draws per block: the vector work costs ~200 array operations (~1 ms), shared by this many draws
STREAM = "audio.draw"  # recipe 1's stream name, what ``playground.augment.audio.pipeline`` used before recipe 2
LEGACY, CURRENT = 1, 2  # the recipes: 1 for files and links without a number, 2 for every pipeline made now
RECIPES = (LEGACY, CURRENT)
STREAM_2, EXTRA_STREAM_2 = "audio.dice2", "audio.dice2.extra"  # recipe 2's names (no recipe-1 text can equal them)
STRIDE = 8  # recipe 2: doubles each draw of a step owns (its coin and up to 7 parameters); fixed, never a count

_M32, _M64, _M128 = (1 << 32) - 1, (1 << 64) - 1, (1 << 128) - 1
_INIT_A, _MULT_A, _INIT_B, _MULT_B = 0x43B0D7E5, 0x931E8875, 0x8B51F9DD, 0x58F38DED
_MIX_L, _MIX_R = 0xCA01F9DD, 0x4973F715
_PCG_MULT = 0x2360ED051FC65DA44385DF649FCCF645  # PCG64's 128-bit multiplier (pcg64.h)
_TO_DOUBLE = 1.0 / (1 << 53)
_POOL = 4  # SeedSequence's pool size (32-bit words)


def _consts(init: int, mult: int, count: int) -> list[int]:
    """The hash constants SeedSequence walks through: they depend on nothing but the step, so precompute."""
    out = [init]
    for _ in range(count):
        out.append((out[-1] * mult) & _M32)
    return out


_A = _consts(_INIT_A, _MULT_A, 4 + _POOL * (_POOL - 1))  # 4 pool fills + 12 cross mixes, one constant each
_B = _consts(_INIT_B, _MULT_B, 8)  # generate_state(4, uint64): 8 words


def _hashmix(value: np.ndarray, k: int) -> np.ndarray:
    """SeedSequence's ``hashmix`` number ``k`` (its constant before and after the update)."""
    value = (value ^ np.uint32(_A[k])) * np.uint32(_A[k + 1])
    return value ^ (value >> np.uint32(16))


def _mix(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    result = np.uint32(_MIX_L) * x - np.uint32(_MIX_R) * y
    return result ^ (result >> np.uint32(16))


def _scalar_hashmix(value: int, k: int) -> int:
    value = ((value ^ _A[k]) * _A[k + 1]) & _M32
    return value ^ (value >> 16)


_ZERO_WORDS = (_scalar_hashmix(0, 2), _scalar_hashmix(0, 3))  # a 63-bit seed fills two words; the rest hash zero


def derive_seeds(seed: int, draws: range, position: int) -> np.ndarray:
    """``derive_seed(seed, STREAM, draw, position)`` for each draw (same text, same SHA-256, same 63 bits).

    The texts are written in one ``join`` and split at newlines (no seed or
    stream name holds one), and each digest's first 8 bytes are read as a
    stride of the joined digests: half the time of one f-string and one slice
    per draw, which was ~0.9 µs of every draw.
    """
    if not draws:
        return np.empty(0, dtype=np.uint64)
    head, tail = f"{int(seed)}/{STREAM}/", f"/{position}"
    texts = (head + f"{tail}\n{head}".join(map(str, draws)) + tail).encode().split(b"\n")
    sha = hashlib.sha256
    digests = b"".join([sha(text).digest() for text in texts])  # 32 bytes each
    return np.frombuffer(digests, dtype="<u8")[::4].astype(np.uint64) >> np.uint64(1)


def _seed_words(entropy: np.ndarray) -> list[np.ndarray]:
    """``SeedSequence(e).generate_state(4, np.uint64)`` for each 63-bit ``e``: four uint64 arrays."""
    with np.errstate(over="ignore"):
        pool = [_hashmix((entropy & np.uint64(_M32)).astype(np.uint32), 0),
                _hashmix((entropy >> np.uint64(32)).astype(np.uint32), 1)]  # fmt: skip
        pool += [np.full(len(entropy), word, dtype=np.uint32) for word in _ZERO_WORDS]
        k = 4
        for src in range(_POOL):
            for dst in range(_POOL):
                if src != dst:
                    pool[dst] = _mix(pool[dst], _hashmix(pool[src], k))
                    k += 1
        out = []
        for i in range(8):  # eight 32-bit words from the pool, cycled, read as four little-endian uint64
            value = (pool[i % _POOL] ^ np.uint32(_B[i])) * np.uint32(_B[i + 1])
            out.append((value ^ (value >> np.uint32(16))).astype(np.uint64))
    return [out[2 * j] | (out[2 * j + 1] << np.uint64(32)) for j in range(4)]


_U32 = np.uint64(_M32)
_S32, _S1, _S63, _S58, _S11 = (np.uint64(n) for n in (32, 1, 63, 58, 11))
_MUL_HI, _MUL_LO = np.uint64(_PCG_MULT >> 64), np.uint64(_PCG_MULT & _M64)
_B0, _B1 = np.uint64(_PCG_MULT & _M32), np.uint64((_PCG_MULT >> 32) & _M32)


def _add(a_hi: np.ndarray, a_lo: np.ndarray, b_hi: np.ndarray, b_lo: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lo = a_lo + b_lo
    return a_hi + b_hi + (lo < a_lo).astype(np.uint64), lo


def _step(hi: np.ndarray, lo: np.ndarray, inc_hi: np.ndarray, inc_lo: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """PCG64's LCG step ``state * M + inc`` mod 2**128 on (high, low) uint64 halves."""
    a0, a1 = lo & _U32, lo >> _S32
    p00, p01, p10 = a0 * _B0, a0 * _B1, a1 * _B0
    mid = (p00 >> _S32) + (p01 & _U32) + (p10 & _U32)
    new_lo = (p00 & _U32) | (mid << _S32)
    new_hi = a1 * _B1 + (p01 >> _S32) + (p10 >> _S32) + (mid >> _S32) + lo * _MUL_HI + hi * _MUL_LO
    return _add(new_hi, new_lo, inc_hi, inc_lo)


def _double(hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """PCG64's XSL-RR output of a state, as ``Generator.random()`` turns it into a double."""
    x = hi ^ lo
    r = hi >> _S58
    out = (x >> r) | (x << ((np.uint64(64) - r) & np.uint64(63)))  # r = 0: x | x = x, as a rotation by 0
    return (out >> _S11).astype(np.float64) * _TO_DOUBLE


class _Block:
    """``count`` leading doubles of ``BLOCK`` consecutive draws' streams (recipe 1: and where each stream stands)."""

    __slots__ = ("_values", "incs", "states", "table")

    def __init__(self, table: np.ndarray, states: tuple | None = None, incs: tuple | None = None) -> None:
        self.table = table  # row i: draw block * BLOCK + i
        self.table.setflags(write=False)  # shared by every caller, like ``values``
        self._values: list[list[float]] | None = None
        self.states, self.incs = states, incs

    @property
    def values(self) -> list[list[float]]:
        """``table`` as Python floats, row by row (made when first read: the fast draw reads ``table`` only)."""
        if self._values is None:
            self._values = self.table.tolist()
        return self._values


def _legacy_block(seed: int, position: int, block: int, count: int) -> _Block:
    """Recipe 1: each draw's own ``numpy_rng(seed, STREAM, draw, position)``, rebuilt in bulk."""
    start = block * BLOCK
    s_hi, s_lo, i_hi, i_lo = _seed_words(derive_seeds(seed, range(start, start + BLOCK), position))
    with np.errstate(over="ignore"):
        inc_hi, inc_lo = (i_hi << _S1) | (i_lo >> _S63), (i_lo << _S1) | np.uint64(1)  # pcg_setseq_128_srandom_r
        hi, lo = _step(*_add(inc_hi, inc_lo, s_hi, s_lo), inc_hi, inc_lo)  # state 0, step, add the seed, step
        columns = []
        for _ in range(count):
            hi, lo = _step(hi, lo, inc_hi, inc_lo)
            columns.append(_double(hi, lo))
    table = np.stack(columns, axis=1) if count else np.empty((BLOCK, 0))
    return _Block(table, (hi, lo), (inc_hi, inc_lo))


def _recipe_2_block(seed: int, position: int, block: int, count: int) -> _Block:
    """Recipe 2: the step's one stream, jumped to the block's first draw, ``BLOCK * STRIDE`` doubles at once."""
    if count > STRIDE:
        raise ValueError(f"a step draws at most {STRIDE} numbers in recipe 2, not {count}")
    bits = np.random.PCG64(derive_seed(seed, STREAM_2, position))
    bits.advance(block * BLOCK * STRIDE)
    numbers = np.random.Generator(bits).random(BLOCK * STRIDE).reshape(BLOCK, STRIDE)
    return _Block(np.ascontiguousarray(numbers[:, :count]))


@lru_cache(maxsize=32)  # ~130 kB each
def _block(seed: int, position: int, block: int, count: int, dice: int = LEGACY) -> _Block:
    if dice == CURRENT:
        return _recipe_2_block(seed, position, block, count)
    if dice == LEGACY:
        return _legacy_block(seed, position, block, count)
    raise ValueError(f"unknown draw recipe {dice!r}; known: {RECIPES}")


def block_table(seed: int, position: int, block: int, count: int, dice: int) -> np.ndarray:
    """Row ``i`` holds ``uniforms(seed, block * BLOCK + i, position, count, dice)``: one read-only array.

    For work done once per block as array operations (``compiled_dice.block_choices``).
    """
    return _block(seed, position, block, count, dice).table


def uniforms(seed: int, draw: int, position: int, count: int, dice: int) -> list[float]:
    """The first ``count`` numbers of step ``position``'s part of draw ``draw`` under recipe ``dice``.

    Recipe 1: the first ``count`` ``Generator.random()`` values of
    ``numpy_rng(seed, STREAM, draw, position)``; recipe 2: doubles
    ``draw * STRIDE`` to ``draw * STRIDE + count - 1`` of ``numpy_rng(seed, STREAM_2, position)``.
    """
    block, index = divmod(draw, BLOCK)
    return _block(seed, position, block, count, dice).values[index]


def continued(seed: int, draw: int, position: int, count: int, dice: int) -> np.random.Generator:
    """Where a step's extras come from, after its ``count`` numbers: use it at once.

    Recipe 1: the draw's own stream after its first ``count`` doubles (this
    thread's scratch ``Generator``); recipe 2: the extras' own stream of this
    draw and step, ``numpy_rng(seed, EXTRA_STREAM_2, draw, position)``.
    """
    if dice == CURRENT:
        return numpy_rng(seed, EXTRA_STREAM_2, draw, position)
    block, index = divmod(draw, BLOCK)
    found = _block(seed, position, block, count, dice)
    assert found.states is not None and found.incs is not None  # recipe 1 keeps them
    (hi, lo), (inc_hi, inc_lo) = found.states, found.incs
    state = (int(hi[index]) << 64) | int(lo[index])
    return generator(state, (int(inc_hi[index]) << 64) | int(inc_lo[index]))


_SCRATCH = threading.local()


def generator(state: int, inc: int) -> np.random.Generator:
    """This thread's scratch ``Generator``, set to continue a PCG64 stream at (state, increment)."""
    scratch = getattr(_SCRATCH, "pair", None)
    if scratch is None:
        bits = np.random.PCG64(0)
        scratch = _SCRATCH.pair = (bits, np.random.Generator(bits))
    scratch[0].state = {"bit_generator": "PCG64", "state": {"state": state, "inc": inc}, "has_uint32": 0,
                        "uinteger": 0}  # fmt: skip
    return scratch[1]
