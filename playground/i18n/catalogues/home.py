"""Strings of the Home page."""

STRINGS: dict[str, dict[str, str]] = {
    "home.title": {"en": "Deep Learning Playground", "zh": "深度学习游乐场"},
    "home.tagline": {
        "en": "See how neural networks learn: change a number, watch what moves, and understand why.",
        "zh": "看见神经网络如何学习：改变一个数字，观察什么在变化，并理解其中的原因。",
    },
    "home.intro": {
        "en": "Every page is a small laboratory built on real PyTorch code. Nothing is pre-recorded: "
        "each figure is computed for the numbers you choose, in your browser session, on this server.",
        "zh": "每个页面都是基于真实 PyTorch 代码的小实验室。没有任何预先录制的内容："
        "每张图都是根据您选择的数值，在本服务器上为您的会话实时计算的。",
    },
    "home.pages_heading": {"en": "Pages", "zh": "页面"},
    "home.open_page": {"en": "Open {title}", "zh": "打开{title}"},
    "home.no_pages_yet": {
        "en": "The studios are being built one by one; each appears here as soon as it is complete. "
        "Meanwhile the fundamentals below say what each will teach.",
        "zh": "各个工作室正在逐一建设，完成后会立即出现在这里。在此之前，下面的基础知识介绍了它们将讲授的内容。",
    },
    "home.fundamentals_heading": {"en": "The fundamentals", "zh": "基础知识"},
    "home.taught_on": {"en": "Taught on:", "zh": "相关页面："},
    "home.topic.structure": {"en": "Network structure", "zh": "网络结构"},
    "home.topic.structure.text": {
        "en": "Layers compute y = x·W + b and an activation; depth and width decide which shapes a network can draw.",
        "zh": "每一层计算 y = x·W + b 再经过激活函数；深度和宽度决定网络能表示怎样的形状。",
    },
    "home.topic.losses": {"en": "Loss functions", "zh": "损失函数"},
    "home.topic.losses.text": {
        "en": "A loss turns 'how wrong' into one number; its shape decides which mistakes the network fixes first.",
        "zh": "损失函数把“错得有多离谱”变成一个数字；它的形状决定网络优先纠正哪些错误。",
    },
    "home.topic.optimizers": {"en": "Optimizers", "zh": "优化器"},
    "home.topic.optimizers.text": {
        "en": "Gradient descent, momentum and Adam follow the slope of the loss; the learning rate sets the stride.",
        "zh": "梯度下降、动量法和 Adam 沿着损失的坡度前进；学习率决定步幅。",
    },
    "home.topic.augmentation": {"en": "Data augmentation", "zh": "数据增强"},
    "home.topic.augmentation.text": {
        "en": "Random, label-preserving changes to images and sounds teach a model what does not matter.",
        "zh": "对图像和声音做随机但不改变标签的变化，让模型学会忽略无关的差异。",
    },
    "home.topic.compression": {"en": "Model compression", "zh": "模型压缩"},
    "home.topic.compression.text": {
        "en": "Quantization and pruning trade a little accuracy for a smaller, faster model.",
        "zh": "量化和剪枝用少量精度换取更小、更快的模型。",
    },
    "home.topic.fusion": {"en": "Model fusion", "zh": "模型融合"},
    "home.topic.fusion.text": {
        "en": "Combining models: ensembles that vote or average several networks' predictions, "
        "and one network fed by several inputs.",
        "zh": "组合多个模型：对多个网络的预测投票或取平均的集成，以及接收多路输入的单个网络。",
    },
    "home.topic.parallel": {"en": "Parallel computing on CPU and GPU", "zh": "CPU 与 GPU 并行计算"},
    "home.topic.parallel.text": {
        "en": "Threads, processes and GPUs: when parallel hardware helps, "
        "and why tiny networks run best on one CPU core.",
        "zh": "线程、进程和 GPU：并行硬件何时有帮助，以及为什么小型网络在单个 CPU 核心上运行得最好。",
    },
    "home.topic.applications": {"en": "Applications: vision, speech, language", "zh": "应用：视觉、语音、语言"},
    "home.topic.applications.text": {
        "en": "Real small models trained live on data that ships with the app, with and without augmentation.",
        "zh": "在应用自带的数据上实时训练真实的小模型，比较使用和不使用数据增强的效果。",
    },
    "home.section.foundations": {"en": "Foundations", "zh": "基础"},
    "home.section.studios": {"en": "Studios", "zh": "工作室"},
    "home.section.applications": {"en": "Applications", "zh": "应用"},
    "home.not_yet": {"en": "its studio is on the way", "zh": "相关工作室即将推出"},
    "home.server_heading": {"en": "This server", "zh": "本服务器"},
    "home.server_text": {
        "en": "torch {torch} · {threads} intra-op thread per session · devices: {devices}",
        "zh": "torch {torch} · 每个会话 {threads} 个算子内线程 · 设备：{devices}",
    },
    "home.controls_hint": {
        "en": "The sidebar holds three choices that every page shares: the language, the compute device "
        "and the random seed. The same seed always gives the same data and the same random draws.",
        "zh": "侧边栏中的三个选项对所有页面生效：语言、计算设备和随机种子。相同的种子总会得到相同的数据和随机抽样。",
    },
}
