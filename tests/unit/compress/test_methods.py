"""Compression methods on the digits MLP/CNN: size, accuracy, sparsity, refusals.

Oracles: fp32 serialized size (the ratios), the fp32 accuracy (the drop), exact zero
counts (sparsity) and hand-built models each method cannot handle (refusals).
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

from playground.compress import measure
from playground.compress.compare import compare
from playground.compress.methods import INT8_IDS, METHODS, Calibration, MethodSettings
from playground.compress.models import BuiltinSpec, train_builtin
from playground.compress.pruning import weight_sparsity
from playground.core.errors import InputError

SEED = 7


@pytest.fixture(scope="module")
def digits_mlp():
    torch.set_num_threads(1)
    return train_builtin(BuiltinSpec("digits", "mlp", hidden=256, epochs=10), SEED)


@pytest.fixture(scope="module")
def digits_cnn():
    return train_builtin(BuiltinSpec("digits", "cnn", hidden=128, epochs=8), SEED)


@pytest.fixture(scope="module")
def mlp_report(digits_mlp):
    model, task = digits_mlp
    ids = [name for name, method in METHODS.items() if method.api_status().available]
    return compare(model, task, ids, MethodSettings(seed=SEED), latency=False)


def _row(report, method_id):
    return next(row for row in report.rows() if row["method"] == method_id)


@pytest.mark.parametrize("method_id", INT8_IDS)
def test_int8_is_at_most_three_tenths_of_fp32_and_loses_at_most_one_point(mlp_report, method_id):
    row = _row(mlp_report, method_id)
    assert row["size_ratio"] <= 0.3, row
    assert row["accuracy_delta"] >= -0.01, row


def test_fp32_reference_is_a_real_digits_classifier(mlp_report):
    assert _row(mlp_report, "fp32")["accuracy"] > 0.95
    assert _row(mlp_report, "fp32")["agreement"] == 1.0


@pytest.mark.parametrize("method_id", ["fp16", "bf16"])
def test_half_precision_halves_the_size(mlp_report, method_id):
    assert 0.48 <= _row(mlp_report, method_id)["size_ratio"] <= 0.52


@pytest.mark.parametrize(("sparsity", "scope"), [(0.3, "global"), (0.5, "layer"), (0.9, "global"), (0.0, "layer")])
def test_magnitude_pruning_reaches_exactly_the_requested_sparsity(digits_mlp, sparsity, scope):
    model, task = digits_mlp
    settings = MethodSettings(sparsity=sparsity, prune_scope=scope)
    variant = METHODS["prune_magnitude"].apply(model, Calibration(task.x_calib, task.y_calib, settings=settings))
    total = sum(module.weight.numel() for module in variant.model.modules() if isinstance(module, nn.Linear))
    assert abs(weight_sparsity(variant.model) - sparsity) <= 1.0 / total + 1e-9
    assert not hasattr(variant.model[0], "weight_mask"), "pruning must be made permanent before measuring"
    assert weight_sparsity(model) == 0.0, "the original must not change"


def test_pruned_zeros_show_in_gzip_not_in_the_raw_size(mlp_report):
    row = _row(mlp_report, "prune_magnitude")
    assert row["size_ratio"] > 0.98
    assert row["gzip_ratio"] < 0.8
    assert abs(row["sparsity"] - 0.5) < 0.01


def test_channel_pruning_really_removes_parameters(mlp_report):
    row = _row(mlp_report, "prune_channels")
    assert row["params"] < 0.8 * _row(mlp_report, "fp32")["params"]
    assert row["size_ratio"] < 0.8
    assert row["accuracy"] > 0.9  # fine-tuned


def test_static_int8_on_the_cnn_is_small_and_accurate(digits_cnn):
    model, task = digits_cnn
    report = compare(model, task, ["static_int8", "fused_static_int8", "fuse_fp32", "prune_channels"],
                     MethodSettings(calib_size=128, per_channel=False), latency=False)  # fmt: skip
    assert not report.refusals, report.refusals
    base = _row(report, "fp32")["accuracy"]
    for method_id in ("static_int8", "fused_static_int8"):
        assert _row(report, method_id)["accuracy"] >= base - 0.01
    assert _row(report, "fuse_fp32")["agreement"] == 1.0  # folding BN is the same maths
    assert _row(report, "fused_static_int8")["params"] < _row(report, "fp32")["params"]  # BN folded away


def test_static_int8_layers_hold_int8_weights(digits_cnn):
    model, task = digits_cnn
    variant = METHODS["fused_static_int8"].apply(model, Calibration(task.x_calib, task.y_calib))
    for _, weights in measure.layer_weights(variant.model):
        assert len(set(weights[0].ravel().tolist())) <= 255  # one row: at most 255 int8 levels


class _Custom(nn.Module):
    """A model with a weight layer no method can rewrite structurally."""

    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Linear(64, 16)

    def forward(self, x):
        return torch.sin(self.embed(x))  # not a Sequential


# For each method, a model it must refuse, and the i18n key it must refuse with.
_NO_WEIGHTS = nn.Sequential(nn.Flatten(), nn.ReLU())
_CONV_ONLY = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 4, 3), nn.Flatten())
_ALREADY_HALF = nn.Sequential(nn.Linear(64, 10)).half()
REFUSALS = {
    "fp16": (_ALREADY_HALF, "compress.err.already_compressed"),
    "bf16": (_NO_WEIGHTS, "compress.err.no_weights"),
    "dyn_int8_torchao": (_CONV_ONLY, "compress.err.needs_linear"),
    "dyn_int8_ao": (_CONV_ONLY, "compress.err.needs_linear"),
    "wo_int8": (_CONV_ONLY, "compress.err.needs_linear"),
    "wo_fp8": (_CONV_ONLY, "compress.err.needs_linear"),
    "wo_int4": (nn.Sequential(nn.Linear(64, 10)), None),  # unavailable here, or needs in_features % 128
    "wo_int4_intx": (nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2)), "compress.err.group_size"),
    "static_int8": (_NO_WEIGHTS, "compress.err.no_weights"),
    "fuse_fp32": (_Custom(), "compress.err.nothing_to_fuse"),
    "fused_static_int8": (_Custom(), "compress.err.nothing_to_fuse"),
    "prune_magnitude": (_NO_WEIGHTS, "compress.err.no_weights"),
    "prune_channels": (_Custom(), "compress.err.needs_sequential"),
    "prune_int8": (_CONV_ONLY, "compress.err.needs_linear"),
}


def test_every_method_but_the_baseline_has_a_refusal_case():
    assert set(REFUSALS) == set(METHODS) - {"fp32"}


@pytest.mark.parametrize("method_id", sorted(REFUSALS))
def test_each_method_refuses_a_model_it_cannot_handle(digits_mlp, method_id):
    _, task = digits_mlp
    model, key = REFUSALS[method_id]
    with pytest.raises(InputError) as caught:
        METHODS[method_id].apply(model, Calibration(task.x_calib, task.y_calib))
    if key is None:
        assert caught.value.key in ("compress.err.unavailable", "compress.err.group_size")
    else:
        assert caught.value.key == key
    for language in ("en", "zh"):
        assert caught.value.message(language) and "compress.err" not in caught.value.message(language)


def test_already_quantized_models_are_refused(digits_mlp):
    model, task = digits_mlp
    quantized = METHODS["dyn_int8_ao"].apply(model, Calibration(task.x_calib, task.y_calib)).model
    with pytest.raises(InputError) as caught:
        METHODS["static_int8"].apply(quantized, Calibration(task.x_calib, task.y_calib))
    assert caught.value.key == "compress.err.already_compressed"


def test_unknown_method_is_refused_with_the_accepted_list():
    with pytest.raises(InputError) as caught:
        METHODS.require("int3")
    assert "fp16" in caught.value.message("en")


def test_every_method_has_label_explanation_and_status_in_both_languages():
    from playground.i18n import all_strings  # noqa: PLC0415

    strings = all_strings()
    for method in METHODS.values():
        for key in (method.title_key, method.summary_key):
            assert set(strings[key]) == {"en", "zh"}
        assert method.api_status().kind in ("core", "torchao", "deprecated", "unavailable")
    assert METHODS["dyn_int8_ao"].api_status().kind == "deprecated"


def test_quantized_engine_is_a_supported_one():
    from playground.compress.backends import select_quantized_engine  # noqa: PLC0415

    engine = select_quantized_engine()
    assert engine in torch.backends.quantized.supported_engines
    assert torch.backends.quantized.engine == engine


def test_deprecation_warnings_are_captured_not_shown(digits_mlp):
    import warnings  # noqa: PLC0415

    model, task = digits_mlp
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for method_id in ("dyn_int8_ao", "fused_static_int8", "wo_int8"):
            METHODS[method_id].apply(model, Calibration(task.x_calib, task.y_calib))
    assert not [w for w in caught if issubclass(w.category, DeprecationWarning)], [str(w.message) for w in caught]


def test_static_int8_keeps_a_weight_free_head_in_float():
    head = nn.Sequential(nn.Flatten(), nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

    class Sine(nn.Module):
        def forward(self, x):
            return torch.cat([x, torch.sin(x)], dim=1)

    model = nn.Sequential(Sine(), *head).eval()
    x = torch.randn(64, 2, generator=torch.Generator().manual_seed(0)).numpy()
    variant = METHODS["static_int8"].apply(model, Calibration(x, (x[:, 0] > 0).astype(int)))
    assert isinstance(variant.model[0][0], Sine)  # sin has no int8 kernel: it runs in float


def test_per_layer_output_error_tracks_each_layer_and_shows_what_weights_hide(mlp_report):
    by_id = {result.method_id: result for result in mlp_report.results}
    layers = len(mlp_report.layer_labels())
    assert all(len(result.layer_output_sqnr_db) == layers for result in mlp_report.results)
    assert all(value == float("inf") for value in by_id["fp32"].layer_output_sqnr_db)
    assert min(by_id["fp16"].layer_output_sqnr_db) > 60  # 10-bit mantissa: ~70 dB
    static = by_id["static_int8"]
    # static int8 also rounds every activation, which the weights alone cannot show
    assert max(static.layer_output_sqnr_db) < min(static.layer_sqnr_db)
    fused = by_id["fused_static_int8"]  # compared at the same point as its fused fp32 twin (after the ReLU)
    assert all(value is not None and 25 < value < 60 for value in fused.layer_output_sqnr_db)
    channels = by_id["prune_channels"].layer_output_sqnr_db
    assert channels[:-1] == [None] * (layers - 1) and channels[-1] is not None  # narrower layers, same output
    assert "per_layer_output_sqnr_db" in mlp_report.to_json().decode()
