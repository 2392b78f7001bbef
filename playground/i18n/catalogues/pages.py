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
        "en": "Compare the size, accuracy and speed of a model with its quantized, pruned and layer-folded versions.",
        "zh": "比较模型与其量化、剪枝和层折叠版本的大小、精度和速度。",
    },
    "fusion.nav": {"en": "Model fusion", "zh": "模型融合"},
    "fusion.summary": {
        "en": "Train an ensemble of neural nets live and see why voting helps and when it does not; "
        "feed one network two inputs and ablate each branch.",
        "zh": "实时训练神经网络集成，观察投票为何有效、何时无效；让一个网络接收两路输入并逐一屏蔽分支。",
    },
    "parallel.nav": {"en": "Parallel computing lab", "zh": "并行计算实验室"},
    "parallel.summary": {
        "en": "Measure on this server what runs faster in parallel and what does not: threads, processes, "
        "data-parallel training, batching and the GPU.",
        "zh": "在本服务器上实测哪些任务并行更快、哪些不会：线程、进程、数据并行训练、批处理与 GPU。",
    },
    "vision.nav": {"en": "Vision lab", "zh": "视觉实验室"},
    "vision.summary": {
        "en": "Train a small CNN with and without augmentation, test it on shifted digits and on your own images, "
        "and see every feature map.",
        "zh": "分别在使用和不使用数据增强时训练小型 CNN，在平移后的数字和你自己的图片上测试，并查看每张特征图。",
    },
    "speech.nav": {"en": "Speech lab", "zh": "语音实验室"},
    "speech.summary": {
        "en": "Train a spoken-word classifier live, with and without audio augmentation, and test it on noise "
        "and on voices it never heard.",
        "zh": "实时训练口语单词分类器，比较使用与不使用音频增强，并在噪声和从未听过的声音上测试。",
    },
    "language.nav": {"en": "Language lab", "zh": "语言实验室"},
    "language.summary": {
        "en": "Text classification from bag-of-words to attention, trained live on real Chinese reviews, "
        "with every token's part in the decision shown.",
        "zh": "从词袋到注意力的文本分类，在真实中文评论上实时训练，并展示每个词元对决策的贡献。",
    },
}
