"""The augmentation core both studios share: transform spec, step, pipeline (JSON and links), draw and replay.

Why one core (after the albumentations demo app, whose JSON table of parameter
ranges drives its widgets): the image and audio engines had grown two copies
of the same ideas with different rules (a new step's ``p``, whether a step can
be switched off, what a bad value in a file does). Here each idea is written
once; ``augment/image`` and ``augment/audio`` keep only their kernels, their
tables, their presets, their exports and the order in which each draws its
random numbers (which old links depend on, bit for bit).

A transform is split in two pure parts, declared by the domain:
- sampling: the random values of one draw (an angle, a noise seed), small,
  JSON friendly and shown to students ("the parameters actually sampled");
- a kernel: deterministic given those values, so any recorded draw replays
  exactly, step by step, which is also how intermediates are shown.

The rules kept once here:
- a new step takes its transform's declared default ``p``;
- every value from a file, a link or code goes through ``Param.clean``:
  clamped or replaced by its default, and *reported* (``Cleaned.notes``);
  only an unknown transform or a structurally broken file is refused;
- any step can be switched off; a step that is off is skipped and not recorded;
- a parameter added after files and links were shared declares what its
  absence meant (``TransformSpec.absent``): a file, link or record that
  predates it reads as it always did, and a step that keeps that old value is
  written without it, so old files and links keep their shape and their draws.

Drawing and replaying (the loops both domains run) are in ``playground.augment.replay``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

import numpy as np

from playground.core.errors import InputError, Notice
from playground.core.link_token import BadTokenError, pack, unpack
from playground.core.params import Cleaned, Param
from playground.core.registry import Entry, Registry
from playground.io.safe_json import load_json

MAX_STEPS = 24  # a pipeline longer than this is a mistake in a classroom, and each step costs time
ENABLED = Param("enabled", "bool", True)
Writer = Callable[[Mapping[str, Any], float], "str | None"]
PipelineT = TypeVar("PipelineT", bound="Pipeline")


@dataclass(frozen=True)
class TransformSpec(Entry):
    """One transform: its group, parameters, declared default ``p`` and its twin in the anchor library.

    ``equivalent(values, p)`` writes a complete call of the anchor library
    (albumentations, audiomentations) for cleaned values, or None where there
    is no twin; ``export_code`` is what exports and the registry battery call.
    ``absent`` maps a parameter added later to the value that a file or link
    without it meant (Gaussian noise's ``method``: the old lookup table), while
    a new step takes the parameter's declared default.
    Domains subclass this with their kernel and sampling fields.
    """

    name: str
    group: str
    params: tuple[Param, ...] = ()
    p: float = 0.5
    equivalent: Writer | None = field(default=None, compare=False)
    absent: Mapping[str, Any] = field(default_factory=dict, compare=False)

    summary_suffix = "summary"  # the last part of the summary's i18n key ("why", "help" in the studios)
    p_label_key = ""

    @property
    def summary_key(self) -> str:
        return f"{self.text_prefix}.{self.name}.{self.summary_suffix}"

    @property
    def p_param(self) -> Param:
        """The step's probability as a ``Param``: its widget, its cleaning and its default are this transform's."""
        return Param("p", "float", self.p, 0.0, 1.0, 0.05, label_key=self.p_label_key)

    def written(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """``values`` as files write them: a later parameter at its ``absent`` value is left out, as it always was."""
        return {k: v for k, v in values.items() if not (k in self.absent and plain(self.absent[k]) == plain(v))}

    def export_code(self, values: Mapping[str, Any] | None = None, p: float | None = None) -> str | None:
        """The anchor library's code for these values (defaults where missing) and ``p`` (default: declared)."""
        if self.equivalent is None:
            return None
        return self.equivalent(self.clean(values).value, self.p if p is None else float(p))


@dataclass(frozen=True)
class Step:
    """One step as the user set it: transform name, probability, parameter values, on or off."""

    name: str
    p: float
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True


@dataclass(frozen=True)
class PreparedStep:
    """A step that is on, resolved once: its position (part of its random stream), spec and cleaned values."""

    position: int
    name: str
    p: float
    spec: Any  # the domain's TransformSpec subclass
    params: dict[str, Any]


@dataclass(frozen=True)
class PipelineFormat:
    """How one domain spells a pipeline in files and links; each keeps the spelling it had, so old ones open.

    ``enabled_always``: every step says whether it is on (image: ``"enabled"``
    in JSON, link rows ``[name, p, on, {changed}]``); otherwise only a step
    that is off says so (audio, which had no switch: ``"enabled": false``,
    rows ``[name, p, {changed}, 0]``), so everything written before reads as before.
    """

    errors: str  # the i18n prefix of the domain's messages ("image.err", "audio.error")
    header: Mapping[str, Any]  # written before the steps
    check_header: bool  # refuse a file whose header differs
    params_key: str  # "params" or "settings"
    enabled_always: bool


@dataclass(frozen=True)
class Pipeline:
    """An ordered list of steps over one domain's registry; domains subclass it with ``registry`` and ``format``."""

    steps: tuple[Step, ...] = ()

    registry: ClassVar[Registry[Any]]
    format: ClassVar[PipelineFormat]

    def __post_init__(self) -> None:
        if not isinstance(self.steps, tuple):
            object.__setattr__(self, "steps", tuple(self.steps))

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def spec(cls, name: object) -> Any:
        """The transform called ``name``, or the domain's error that lists the known ones."""
        if isinstance(name, str) and name in cls.registry:
            return cls.registry[name]
        raise cls.error("unknown_transform", name=str(name)[:60], known=", ".join(cls.registry))

    @classmethod
    def step(cls, name: str, p: float | None = None, *, enabled: bool = True, **params: Any) -> Step:
        """A checked step: the transform's declared ``p`` unless given, defaults filled in, values cleaned."""
        return cls._clean_step(name, p, params, enabled, 0).value

    @classmethod
    def of(cls: type[PipelineT], *names: str, p: float | None = None) -> PipelineT:
        """A pipeline of default steps, handy in notebooks: ``Pipeline.of("rotate", "hflip")``."""
        return cls(tuple(cls.step(name, p) for name in names))

    def active(self) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.enabled)

    def prepare(self) -> tuple[PreparedStep, ...]:
        """The steps that are on, looked up and cleaned once (like building an ``A.Compose``)."""
        prepared = []
        for position, step in enumerate(self.steps):
            if step.enabled:
                spec = self.spec(step.name)
                prepared.append(PreparedStep(position, step.name, step.p, spec, spec.clean(step.params).value))
        return tuple(prepared)

    # --- files ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for step in self.steps:
            row: dict[str, Any] = {"name": step.name, "p": step.p}
            if self.format.enabled_always:
                row["enabled"] = step.enabled
            spec = self.registry.get(step.name)
            row[self.format.params_key] = plain(step.params) if spec is None else spec.written(plain(step.params))
            if not self.format.enabled_always and not step.enabled:
                row["enabled"] = False
            steps.append(row)
        return {**self.format.header, "steps": steps}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def read(cls: type[PipelineT], data: Any) -> Cleaned[PipelineT]:
        """A pipeline from JSON data, every value cleaned and each change reported.

        Refused (``InputError``): data that is not a pipeline at all, too many
        steps, or an unknown transform; anything else is repaired and reported.
        """
        fmt = cls.format
        steps = data.get("steps") if isinstance(data, Mapping) else None
        if not isinstance(steps, list) or (fmt.check_header and any(data.get(k) != v for k, v in fmt.header.items())):
            raise cls.error("bad_pipeline")
        if len(steps) > MAX_STEPS:
            raise cls.error("too_many_steps", limit=MAX_STEPS)
        out: list[Step] = []
        notes: list[Notice] = []
        for position, raw in enumerate(steps):
            if not isinstance(raw, Mapping) or not isinstance(raw.get(fmt.params_key) or {}, Mapping):
                raise cls.error("bad_pipeline")
            cleaned = cls._clean_step(raw.get("name"), raw.get("p"), raw.get(fmt.params_key), raw.get("enabled", True),
                                      position, written=True)  # fmt: skip
            out.append(cleaned.value)
            notes.extend(cleaned.notes)
        return Cleaned(cls(tuple(out)), tuple(notes))

    @classmethod
    def from_dict(cls: type[PipelineT], data: Any) -> PipelineT:
        return cls.read(data).value

    @classmethod
    def read_json(cls: type[PipelineT], text: str | bytes) -> Cleaned[PipelineT]:
        """A pipeline from a file's text: size, binary content and nesting depth checked before parsing.

        ``load_json`` refuses a huge, binary or deeply nested file with its own
        message (a ``[[[[…]]]]`` file used to hit Python's recursion limit);
        text that is merely not JSON keeps the domain's ``bad_json`` message.
        """
        try:
            data = load_json(text)
        except InputError as error:
            if error.key == "io.json.bad":
                raise cls.error("bad_json", **error.params) from None
            raise
        return cls.read(data)

    @classmethod
    def from_json(cls: type[PipelineT], text: str | bytes) -> PipelineT:
        return cls.read_json(text).value

    # --- links ------------------------------------------------------------------------------

    def to_url(self) -> str:
        """A link token (``link_token.pack``) with only non-default values: short enough to paste in a chat."""
        return pack(self.link_payload(self.link_rows()))

    def link_payload(self, rows: list[list[Any]]) -> Any:
        """What a link packs around its step rows: the rows themselves, unless a domain adds a header."""
        return rows

    @classmethod
    def split_link(cls, payload: Any) -> tuple[Any, dict[str, Any]]:
        """``link_payload``'s inverse: the step rows and the header fields they came with (none here)."""
        return payload, {}

    def link_rows(self) -> list[list[Any]]:
        """One short row per step: name, p, and only the values that differ from the defaults."""
        rows: list[list[Any]] = []
        for step in self.steps:
            spec = self.spec(step.name)
            defaults = plain({**spec.defaults(), **spec.absent})  # a link leaves out what reads back the same
            changed = {k: v for k, v in plain(step.params).items() if defaults.get(k) != v}
            if self.format.enabled_always:
                rows.append([step.name, step.p, int(step.enabled), *([changed] if changed else [])])
            elif not step.enabled:
                rows.append([step.name, step.p, changed, 0])
            else:
                rows.append([step.name, step.p, changed] if changed else [step.name, step.p])
        return rows

    @classmethod
    def read_url(cls: type[PipelineT], token: str) -> Cleaned[PipelineT]:
        """The inverse of ``to_url``, cleaned like a file; a damaged or foreign link is refused with a message."""
        try:
            rows, header = cls.split_link(unpack(token))
            if not isinstance(rows, list):
                raise TypeError("not a list of steps")
            steps = [cls._unrow(row) for row in rows]
        except (BadTokenError, TypeError, IndexError, KeyError) as error:
            raise cls.error("bad_link") from error
        return cls.read({**cls.format.header, **header, "steps": steps})

    @classmethod
    def from_url(cls: type[PipelineT], token: str) -> PipelineT:
        return cls.read_url(token).value

    # --- internals --------------------------------------------------------------------------

    @classmethod
    def error(cls, what: str, **params: object) -> InputError:
        """The domain's message ``<errors>.<what>`` (the audio one names the header it expects)."""
        return InputError(f"{cls.format.errors}.{what}", expected=cls.format.header.get("format", ""), **params)

    @classmethod
    def _unrow(cls, row: Any) -> dict[str, Any]:
        if not isinstance(row, list):
            raise TypeError("a step must be a list")
        if cls.format.enabled_always:
            name, p, on, changed = row[0], row[1], row[2], row[3] if len(row) > 3 else {}
        else:
            name, p, changed, on = row[0], row[1], row[2] if len(row) > 2 else {}, row[3] if len(row) > 3 else 1
        if not isinstance(changed, dict):
            raise TypeError("changed values must be an object")
        return {"name": name, "p": p, "enabled": bool(on), cls.format.params_key: changed}

    @classmethod
    def _clean_step(
        cls, name: Any, p: Any, params: Any, enabled: Any, position: int, *, written: bool = False
    ) -> Cleaned[Step]:
        """One checked step; ``written`` (a file or a link): a missing later parameter takes its ``absent`` value."""
        spec = cls.spec(name)
        chance = spec.p_param.clean(spec.p if p is None else p)
        values = spec.clean({**spec.absent, **(params or {})} if written and spec.absent else params)
        on = ENABLED.clean(enabled)
        notes = tuple(_in_step(position, spec.name, note) for note in (*chance.notes, *values.notes, *on.notes))
        return Cleaned(Step(spec.name, chance.value, values.value, on.value), notes)


def _in_step(position: int, transform: str, note: Notice) -> Notice:
    """A parameter's notice, saying which step it is about ("2. rotate · limit")."""
    where = f"{position + 1}. {transform}"
    if "owner" in note.params:
        return Notice(note.key, {**note.params, "owner": where})
    return Notice(note.key, {**note.params, "name": f"{where} · {note.params.get('name', '')}"})


def plain(value: Any) -> Any:
    """Tuples become lists and NumPy scalars plain numbers, so JSON round-trips to equal values."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value
