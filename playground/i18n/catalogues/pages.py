"""Navigation titles and one-line summaries of every page (Home's cards use them)."""

STRINGS: dict[str, dict[str, str]] = {
    "home.nav": {"en": "Home", "zh": "首页"},
    "home.summary": {"en": "What the playground is and where to start.", "zh": "游乐场简介与入门指引。"},
    "image.nav": {"en": "Image augmentation", "zh": "图像增强"},
    "image.summary": {
        "en": "Build an image augmentation pipeline and see many seeded random draws at once, "
        "with the parameters each draw sampled and boxes and keypoints that follow the geometry.",
        "zh": "搭建图像增强流水线，一次查看多个带种子的随机样本，显示每次抽样的参数，"
        "并观察边界框和关键点如何随几何变换移动。",
    },
    "audio.nav": {"en": "Audio augmentation", "zh": "音频增强"},
    "audio.summary": {
        "en": "Hear and see each audio augmentation: waveforms, spectrograms, SpecAugment masks and playback.",
        "zh": "聆听并观察每种音频增强：波形、频谱图、SpecAugment 遮挡与回放。",
    },
    "train.nav": {"en": "Training studio", "zh": "训练工作室"},
    "train.summary": {
        "en": "Train small networks live with any loss and optimizer, on CPU or GPU, and watch the "
        "decision boundary, the curves and every neuron change.",
        "zh": "使用任意损失函数和优化器在 CPU 或 GPU 上实时训练小型网络，观察决策边界、曲线和每个神经元的变化。",
    },
    "opt.nav": {"en": "Optimization lab", "zh": "优化实验室"},
    "opt.summary": {
        "en": "A layer's forward pass with its shapes, what each loss function measures, and how "
        "gradient descent and PyTorch's optimizers move the weights, step by step.",
        "zh": "逐步展示一层网络的前向计算及其形状、各损失函数衡量什么，以及梯度下降和 PyTorch 优化器如何更新权重。",
    },
    "compress.nav": {"en": "Compression studio", "zh": "模型压缩工作室"},
    "compress.summary": {
        "en": "Compare the size, accuracy and speed of a model with its quantized, pruned and fused versions.",
        "zh": "比较模型与其量化、剪枝和融合版本的大小、精度和速度。",
    },
}
