"""Compression studio: errors that say what was wrong and what is accepted."""

STRINGS: dict[str, dict[str, str]] = {
    "compress.err.unknown_task": {
        "en": "Unknown task '{name}'. Accepted: {accepted}.",
        "zh": "未知任务“{name}”。可选：{accepted}。",
    },
    "compress.err.unknown_arch": {
        "en": "Unknown architecture '{name}'. Accepted: {accepted}.",
        "zh": "未知网络结构“{name}”。可选：{accepted}。",
    },
    "compress.err.cnn_needs_image": {
        "en": "The small CNN needs 8×8 images (64 inputs); this task has {features} inputs. Use the MLP instead.",
        "zh": "小型 CNN 需要 8×8 图像（64 个输入）；该任务有 {features} 个输入。请改用 MLP。",
    },
    "compress.err.trained_malformed": {
        "en": "The model from the training page cannot be used here ({reason}). It needs a PyTorch module and a "
        "test set of at least 4 rows of 2-D inputs with one label each.",
        "zh": "无法在此使用训练页面的模型（{reason}）。"
        "需要一个 PyTorch 模块，以及至少 4 行二维输入、每行一个标签的测试集。",
    },
    "compress.err.sparsity_range": {
        "en": "The pruning amount {value} is out of range: choose a value from 0 up to (not including) 1.",
        "zh": "剪枝比例 {value} 超出范围：请选择 0 到 1 之间（不含 1）的值。",
    },
    "compress.err.unknown_scope": {
        "en": "Unknown pruning ranking '{scope}'. Accepted: global, layer.",
        "zh": "未知剪枝排序范围“{scope}”。可选：global、layer。",
    },
    "compress.err.no_weights": {
        "en": "This model has no Linear or Conv2d layer, so there are no weights to compress. Methods accept "
        "models built from nn.Linear and nn.Conv2d layers.",
        "zh": "该模型没有 Linear 或 Conv2d 层，因此没有可压缩的权重。"
        "这些方法接受由 nn.Linear 和 nn.Conv2d 层构成的模型。",
    },
    "compress.err.already_compressed": {
        "en": "This model is already quantized or cast to a lower precision. Methods accept an fp32 model; start "
        "from the original.",
        "zh": "该模型已经被量化或转换为较低精度。这些方法只接受 fp32 模型；请从原始模型开始。",
    },
    "compress.err.needs_linear": {
        "en": "This method only rewrites nn.Linear layers and the model has none. Accepted: models with at least "
        "one nn.Linear layer (use static int8 for convolution-only models).",
        "zh": "该方法只改写 nn.Linear 层，而该模型没有此类层。"
        "可接受：至少含一个 nn.Linear 层的模型（纯卷积模型请使用静态 int8）。",
    },
    "compress.err.group_size": {
        "en": "Grouped int4 needs Linear layers whose input size is a multiple of {group}; this model's are {sizes}. "
        "Accepted: a model with at least one such layer (e.g. a wider MLP).",
        "zh": "分组 int4 需要输入大小为 {group} 的倍数的 Linear 层；该模型的为 {sizes}。"
        "可接受：至少含一个这样的层的模型（例如更宽的 MLP）。",
    },
    "compress.err.needs_sequential": {
        "en": "Channel pruning must know which layer feeds which, so it accepts an nn.Sequential of Linear, Conv2d, "
        "BatchNorm, activation, pooling and Flatten layers; found {kind}.",
        "zh": "通道剪枝必须知道各层之间的连接关系，因此只接受由 Linear、Conv2d、BatchNorm、激活、池化和 Flatten 层"
        "组成的 nn.Sequential；发现了 {kind}。",
    },
    "compress.err.needs_two_layers": {
        "en": "Channel pruning needs at least two weight layers (it cuts the first and the inputs of the next).",
        "zh": "通道剪枝至少需要两个权重层（剪掉前一层的通道，同时剪掉后一层对应的输入）。",
    },
    "compress.err.nothing_to_fuse": {
        "en": "Nothing to fold: layer folding accepts Conv2d→BatchNorm2d(→ReLU), Conv2d→ReLU, Linear→BatchNorm1d or "
        "Linear→ReLU one after the other, and this model has none.",
        "zh": "没有可折叠的层：层折叠只接受前后相邻的 Conv2d→BatchNorm2d(→ReLU)、Conv2d→ReLU、Linear→BatchNorm1d "
        "或 Linear→ReLU，而该模型没有。",
    },
    "compress.err.fusion_changed": {
        "en": "Folding layers changed the model's outputs, so its layers do not run in the order they are defined. "
        "Layer folding accepts models whose forward() calls Conv/Linear, BatchNorm and ReLU in their defined order.",
        "zh": "层折叠改变了模型的输出，说明各层的运行顺序与定义顺序不同。"
        "层折叠只接受 forward() 按定义顺序调用 Conv/Linear、BatchNorm 和 ReLU 的模型。",
    },
    "compress.err.calibration_empty": {
        "en": "Static int8 needs at least one calibration sample; choose 8 or more.",
        "zh": "静态 int8 至少需要一个校准样本；请选择 8 个或更多。",
    },
    "compress.err.unavailable": {
        "en": "This method is not available on this machine ({reason}). Choose another method.",
        "zh": "该方法在本机不可用（{reason}）。请选择其他方法。",
    },
    "compress.err.method_failed": {
        "en": "This method could not handle a layer of the model ({reason}). It accepts models made of Linear, "
        "Conv2d, BatchNorm, ReLU, pooling and Flatten layers.",
        "zh": "该方法无法处理模型中的某一层（{reason}）。"
        "它接受由 Linear、Conv2d、BatchNorm、ReLU、池化和 Flatten 层构成的模型。",
    },
}
