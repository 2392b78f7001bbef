"""Compression studio: each method's label and one-line explanation (``compress.method.<id>[.explain]``)."""

_METHODS: dict[str, tuple[str, str, str, str]] = {
    # id: (English label, Chinese label, English one-liner, Chinese one-liner)
    "fp32": (
        "fp32 (original)",
        "fp32（原始模型）",
        "The trained model as it is: 32-bit floats, the reference every variant is measured against.",
        "训练好的原始模型：32 位浮点数，所有变体都以它为基准进行比较。",
    ),
    "fp16": (
        "fp16 cast",
        "fp16 转换",
        "Every weight stored as a 16-bit float: half the bytes, about 3 significant digits kept.",
        "每个权重以 16 位浮点数存储：字节数减半，保留约 3 位有效数字。",
    ),
    "bf16": (
        "bf16 cast",
        "bf16 转换",
        "16-bit 'brain float': fp32's range with fewer digits; half the bytes, a little coarser than fp16.",
        "16 位“脑浮点数”：与 fp32 相同的数值范围但精度更低；字节数减半，比 fp16 略粗糙。",
    ),
    "dyn_int8_torchao": (
        "Dynamic int8 (torchao)",
        "动态 int8（torchao）",
        "Linear weights stored as int8; each batch of activations is scaled to int8 on the fly.",
        "全连接层权重以 int8 存储；每批激活值在运行时动态缩放为 int8。",
    ),
    "dyn_int8_ao": (
        "Dynamic int8 (torch.ao)",
        "动态 int8（torch.ao）",
        "The same idea through the older torch.ao API, which still has fast int8 CPU kernels.",
        "同样的思路，使用较旧的 torch.ao 接口，它在 CPU 上仍有快速的 int8 内核。",
    ),
    "wo_int8": (
        "Weight-only int8",
        "仅权重 int8",
        "Linear weights stored as int8 with one scale per output row; activations stay float.",
        "全连接层权重以 int8 存储，每个输出行一个缩放因子；激活值仍为浮点数。",
    ),
    "wo_fp8": (
        "Weight-only float8",
        "仅权重 float8",
        "Linear weights stored as 8-bit floats (e4m3): coarse steps, but a wide range.",
        "全连接层权重以 8 位浮点数（e4m3）存储：步长较粗，但范围较宽。",
    ),
    "wo_int4": (
        "Weight-only int4 (packed)",
        "仅权重 int4（打包）",
        "Two 4-bit weights per byte with a scale per group of 128: a quarter of fp16's bytes.",
        "每个字节存放两个 4 位权重，每 128 个一组共享缩放因子：字节数仅为 fp16 的四分之一。",
    ),
    "wo_int4_intx": (
        "Int4 values, stored unpacked",
        "int4 数值（未打包存储）",
        "Weights rounded to 16 levels per group of 32, each still kept in a full int8 byte: "
        "the accuracy of int4 without its size saving.",
        "权重每 32 个一组取整到 16 个等级，但每个仍占一个 int8 字节：有 int4 的精度损失，却没有它的体积收益。",
    ),
    "static_int8": (
        "Static int8",
        "静态 int8",
        "Weights and activations in int8 with scales measured beforehand on a calibration set.",
        "权重和激活值都为 int8，缩放因子事先在校准集上测得。",
    ),
    "fuse_fp32": (
        "Conv-BN-ReLU layer folding (fp32)",
        "Conv-BN-ReLU 层折叠（fp32）",
        "BatchNorm folded into the conv weights and ReLU merged in: the same maths in fewer steps.",
        "把 BatchNorm 折叠进卷积权重并合并 ReLU：数学上等价，但步骤更少。",
    ),
    "fused_static_int8": (
        "Layer folding, then static int8",
        "先层折叠，再静态 int8",
        "Fold conv-BN-ReLU and Linear-ReLU first, then static int8: fewer layers to round.",
        "先折叠 conv-BN-ReLU 和 Linear-ReLU，再做静态 int8：需要取整的层更少。",
    ),
    "prune_magnitude": (
        "Magnitude pruning",
        "幅值剪枝",
        "The smallest weights set to exactly zero; shapes stay, so only compression (gzip) sees it.",
        "把最小的权重置为零；张量形状不变，因此只有压缩（gzip）才体现出收益。",
    ),
    "prune_channels": (
        "Channel pruning",
        "通道剪枝",
        "Whole neurons/channels with the smallest weights removed: the model really shrinks.",
        "移除权重最小的整个神经元或通道：模型真正变小。",
    ),
    "prune_int8": (
        "Pruning, then dynamic int8",
        "先剪枝，再动态 int8",
        "Magnitude pruning followed by torchao dynamic int8: zeros stay zeros in int8, gzip likes both.",
        "先幅值剪枝，再用 torchao 动态 int8 量化：零在 int8 中仍是零，两者都利于 gzip 压缩。",
    ),
}

STRINGS: dict[str, dict[str, str]] = {}
for _id, (_en, _zh, _explain_en, _explain_zh) in _METHODS.items():
    STRINGS[f"compress.method.{_id}"] = {"en": _en, "zh": _zh}
    STRINGS[f"compress.method.{_id}.explain"] = {"en": _explain_en, "zh": _explain_zh}
