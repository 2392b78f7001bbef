"""Strings of the compression studio (``/compression``): page, model, settings, results, columns."""

STRINGS: dict[str, dict[str, str]] = {
    "compress.title": {"en": "Compression studio", "zh": "模型压缩工作室"},
    "compress.intro": {
        "en": "Make a trained network **smaller** and **faster** and see what it costs. Each method below makes a "
        "variant of the same model; the table and the plots compare its saved size, accuracy, agreement with "
        "the original and CPU speed.",
        "zh": "让训练好的网络**更小**、**更快**，并看看代价是什么。下面每种方法都会生成同一模型的一个变体；"
        "表格和图表比较它的保存大小、精度、与原始模型的一致性以及 CPU 速度。",
    },
    "compress.step_model": {"en": "1 · The model", "zh": "1 · 模型"},
    "compress.step_methods": {"en": "2 · Compression methods", "zh": "2 · 压缩方法"},
    "compress.step_results": {"en": "3 · Results", "zh": "3 · 结果"},
    "compress.model": {"en": "Model to compress", "zh": "要压缩的模型"},
    "compress.model.digits_mlp": {"en": "Digits 8×8 · MLP", "zh": "8×8 手写数字 · MLP"},
    "compress.model.digits_cnn": {"en": "Digits 8×8 · small CNN", "zh": "8×8 手写数字 · 小型 CNN"},
    "compress.model.moons_mlp": {"en": "Two moons (2-D) · MLP", "zh": "双月形数据（二维）· MLP"},
    "compress.model.trained": {"en": "From the training page: {name}", "zh": "来自训练页面：{name}"},
    "compress.retrain": {"en": "Model size", "zh": "模型大小"},
    "compress.retrain_help": {
        "en": "Built-in models are trained once on first use (a few seconds) and then reused.",
        "zh": "内置模型在首次使用时训练一次（几秒钟），之后直接复用。",
    },
    "compress.hidden": {
        "en": "Width (MLP hidden units; CNN channels = width ÷ 8, at most 32)",
        "zh": "宽度（MLP 隐藏单元数；CNN 通道数 = 宽度 ÷ 8，最多 32）",
    },
    "compress.epochs": {"en": "Training epochs", "zh": "训练轮数"},
    "compress.training": {"en": "Training the model ({epochs} epochs)…", "zh": "正在训练模型（{epochs} 轮）…"},
    "compress.model_summary": {
        "en": "{params} parameters in {layers} weight layers · {features} input features · {calib} samples for "
        "training and calibration · {test} held-out test samples for every measurement",
        "zh": "{params} 个参数，{layers} 个权重层 · {features} 个输入特征 · {calib} 个样本用于训练和校准 · "
        "{test} 个留出的测试样本用于所有测量",
    },
    "compress.model_accuracy": {"en": "fp32 test accuracy {accuracy}%", "zh": "fp32 测试准确率 {accuracy}%"},
    "compress.model_loss": {"en": "fp32 test loss (MSE) {loss}", "zh": "fp32 测试损失（MSE）{loss}"},
    "compress.methods": {"en": "Methods to compare with the original", "zh": "与原始模型比较的方法"},
    "compress.methods_help": {
        "en": "The fp32 original is always measured too: every ratio is against it.",
        "zh": "原始 fp32 模型总会一并测量：所有比值都相对于它。",
    },
    "compress.methods_placeholder": {"en": "Choose one or more methods", "zh": "选择一种或多种方法"},
    "compress.unavailable_note": {
        "en": "Not available on this machine: {method} — {reason}",
        "zh": "本机不可用：{method} — {reason}",
    },
    "compress.settings": {"en": "Settings of the chosen methods", "zh": "所选方法的设置"},
    "compress.calib_size": {"en": "Calibration samples", "zh": "校准样本数"},
    "compress.calib_help": {
        "en": "Static int8 runs these samples through observers to pick each activation's scale. Try 8 against 512.",
        "zh": "静态 int8 让这些样本经过观察器，以确定每个激活值的缩放因子。试试 8 和 512 的区别。",
    },
    "compress.observer": {"en": "Weight scales", "zh": "权重缩放方式"},
    "compress.observer.per_channel": {"en": "per channel", "zh": "逐通道"},
    "compress.observer.per_tensor": {"en": "per tensor", "zh": "逐张量"},
    "compress.observer_help": {
        "en": "Per tensor: one scale for a whole layer. Per channel: one per output channel, which fits "
        "rows of very different sizes better.",
        "zh": "逐张量：整层共用一个缩放因子。逐通道：每个输出通道一个，更适合大小差异很大的各行权重。",
    },
    "compress.sparsity": {"en": "Sparsity (share of weights set to zero)", "zh": "稀疏度（置零的权重比例）"},
    "compress.sparsity_help": {
        "en": "Magnitude pruning zeroes exactly this share of the Linear and Conv weights.",
        "zh": "幅值剪枝会把全连接层和卷积层权重中恰好这一比例置零。",
    },
    "compress.scope": {"en": "Ranking", "zh": "排序范围"},
    "compress.scope.global": {"en": "global", "zh": "全局"},
    "compress.scope.layer": {"en": "per layer", "zh": "逐层"},
    "compress.channels": {"en": "Channels removed", "zh": "移除的通道比例"},
    "compress.channels_help": {
        "en": "Channel pruning removes this share of each layer's neurons or conv channels (not the last layer's).",
        "zh": "通道剪枝移除每层这一比例的神经元或卷积通道（最后一层除外）。",
    },
    "compress.finetune": {"en": "Fine-tune after channel pruning", "zh": "通道剪枝后微调"},
    "compress.finetune_help": {
        "en": "A few epochs on the training samples win back most of the accuracy the cut lost.",
        "zh": "在训练样本上再训练几轮，能挽回剪枝损失的大部分精度。",
    },
    "compress.guide": {
        "en": "What each method does, and the status of its API here",
        "zh": "每种方法的作用及其接口在本机的状态",
    },
    "compress.status.core": {"en": "PyTorch core", "zh": "PyTorch 核心"},
    "compress.status.torchao": {"en": "torchao", "zh": "torchao"},
    "compress.status.deprecated": {"en": "torch.ao — deprecated", "zh": "torch.ao — 已弃用"},
    "compress.status.unavailable": {"en": "unavailable: {reason}", "zh": "不可用：{reason}"},
    "compress.run": {"en": "Run the comparison", "zh": "运行比较"},
    "compress.pick_one": {"en": "Choose at least one method to compare.", "zh": "请至少选择一种方法进行比较。"},
    "compress.running": {"en": "Building and measuring {n} variants…", "zh": "正在生成并测量 {n} 个变体…"},
    "compress.timing": {
        "en": "Timing every variant in turns on one CPU thread…",
        "zh": "正在单个 CPU 线程上轮流为每个变体计时…",
    },
    "compress.done": {"en": "Done", "zh": "完成"},
    "compress.finished": {"en": "Measured {n} variants", "zh": "已测量 {n} 个变体"},
    "compress.failed": {"en": "The comparison could not run", "zh": "无法运行比较"},
    "compress.press_run": {
        "en": "Choose methods above and press **Run the comparison**.",
        "zh": "请在上方选择方法，然后点击**运行比较**。",
    },
    "compress.results_for": {
        "en": "These results are for an earlier model ({name}); press Run to compare the one selected now.",
        "zh": "以下结果来自之前的模型（{name}）；点击“运行比较”以比较当前选择的模型。",
    },
    "compress.tiny_note": {
        "en": "This model saves to only {size} kB, so much of each file is not weights at all: layer names, scales, "
        "zero points and pickle framing. That overhead is why small variants can even be bigger than fp32; "
        "compression pays off on larger models (try a wider one under Model size).",
        "zh": "该模型保存后只有 {size} kB，因此每个文件中很大一部分根本不是权重，"
        "而是层名称、缩放因子、零点和 pickle 封装。正是这些开销让小模型的某些变体甚至比 fp32 还大；"
        "压缩在更大的模型上才划算（可在“模型大小”中换一个更宽的模型）。",
    },
    "compress.best_size": {"en": "Smallest file", "zh": "文件最小"},
    "compress.best_speed": {"en": "Fastest at batch 256", "zh": "批大小 256 时最快"},
    "compress.best_sqnr": {"en": "Closest to the original", "zh": "最接近原始模型"},
    "compress.ratio_delta": {"en": "{r:.2f}× fp32", "zh": "fp32 的 {r:.2f} 倍"},
    "compress.table_help": {
        "en": "Size = the state_dict as torch.save writes it. Agreement = share of test samples predicted like "
        "fp32. SQNR = how far outputs moved (higher is closer; +10 dB = 10× less error power). "
        "Latency = median of repeated runs on one CPU thread; × < 1 is faster.",
        "zh": "大小 = torch.save 保存的 state_dict 字节数。一致率 = 预测结果与 fp32 相同的测试样本比例。"
        "SQNR = 输出偏移的程度（越高越接近；每高 10 dB，误差功率减为十分之一）。"
        "延迟 = 单个 CPU 线程上多次运行的中位数；倍数小于 1 表示更快。",
    },
    "compress.col.method": {"en": "Method", "zh": "方法"},
    "compress.col.status": {"en": "API", "zh": "接口"},
    "compress.col.size": {"en": "Size", "zh": "大小"},
    "compress.col.size_ratio": {"en": "Size × fp32", "zh": "大小 × fp32"},
    "compress.col.gzip": {"en": "gzip size", "zh": "gzip 大小"},
    "compress.col.gzip_ratio": {"en": "gzip × fp32", "zh": "gzip × fp32"},
    "compress.col.params": {"en": "Parameters", "zh": "参数数量"},
    "compress.col.nonzero": {"en": "Non-zero", "zh": "非零参数"},
    "compress.col.sparsity": {"en": "Zero weights", "zh": "零权重比例"},
    "compress.col.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "compress.col.accuracy_delta": {"en": "Δ accuracy (points)", "zh": "准确率变化（百分点）"},
    "compress.col.loss": {"en": "Loss", "zh": "损失"},
    "compress.col.agreement": {"en": "Agreement with fp32", "zh": "与 fp32 一致率"},
    "compress.col.sqnr": {"en": "Output SQNR", "zh": "输出 SQNR"},
    "compress.col.sqnr_help": {
        "en": "Signal-to-quantization-noise ratio of the outputs against fp32's; empty = identical.",
        "zh": "输出相对于 fp32 输出的信号量化噪声比；为空表示完全相同。",
    },
    "compress.col.b1": {"en": "Latency, batch 1", "zh": "延迟（批大小 1）"},
    "compress.col.b256": {"en": "Latency, batch 256", "zh": "延迟（批大小 256）"},
    "compress.col.b1_ratio": {"en": "Batch 1 × fp32", "zh": "批大小 1 × fp32"},
    "compress.col.b256_ratio": {"en": "Batch 256 × fp32", "zh": "批大小 256 × fp32"},
    "compress.col.pareto": {"en": "Pareto", "zh": "帕累托"},
    "compress.col.pareto_help": {
        "en": "On the Pareto front: no other variant is both smaller and more accurate.",
        "zh": "位于帕累托前沿：没有其他变体既更小又更准确。",
    },
    "compress.tab.pareto": {"en": "Size vs accuracy", "zh": "大小与精度"},
    "compress.tab.speed": {"en": "Speed", "zh": "速度"},
    "compress.tab.weights": {"en": "Weight histograms", "zh": "权重直方图"},
    "compress.tab.layers": {"en": "Per-layer error", "zh": "逐层误差"},
    "compress.tab.boundary": {"en": "Decision boundaries", "zh": "决策边界"},
    "compress.tab.downloads": {"en": "Downloads", "zh": "下载"},
    "compress.pareto_help": {
        "en": "Stars joined by the line form the Pareto front: for each, nothing is smaller without being less "
        "accurate. Everything else is beaten by a star on both counts.",
        "zh": "用线连起来的星形点构成帕累托前沿：对它们而言，更小就意味着更不准确。其余各点在两方面都不如某个星形点。",
    },
    "compress.axis.front": {"en": "Pareto front", "zh": "帕累托前沿"},
    "compress.axis.size": {"en": "Saved size (kB, log scale)", "zh": "保存大小（kB，对数刻度）"},
    "compress.axis.accuracy": {"en": "Test accuracy (%)", "zh": "测试准确率（%）"},
    "compress.axis.loss": {"en": "Test loss (lower is better)", "zh": "测试损失（越低越好）"},
    "compress.speed_help": {
        "en": "Time of one forward pass as a multiple of fp32's (left of the dashed line = faster). int8 kernels "
        "pay a fixed cost to quantize inputs, so they shine at batch 256 more than at batch 1; torchao's "
        "tensor subclasses are only fast under torch.compile, which this page does not use.",
        "zh": "一次前向传播的时间是 fp32 的多少倍（虚线左侧 = 更快）。int8 内核需要为量化输入付出固定开销，"
        "因此在批大小 256 时比批大小 1 时更有优势；torchao 的张量子类只有在 torch.compile 下才快，而本页面没有使用它。",
    },
    "compress.axis.b1": {"en": "batch 1", "zh": "批大小 1"},
    "compress.axis.b256": {"en": "batch 256", "zh": "批大小 256"},
    "compress.axis.ratio": {"en": "Latency × fp32 (log scale)", "zh": "延迟 × fp32（对数刻度）"},
    "compress.layers_view": {"en": "Compare each layer's", "zh": "逐层比较"},
    "compress.layers_view.outputs": {"en": "outputs", "zh": "输出"},
    "compress.layers_view.weights": {"en": "weights", "zh": "权重"},
    "compress.layers_help.outputs": {
        "en": "SQNR of what each layer computes on the test samples, against the fp32 model (layer-folded "
        "variants: against the folded fp32 model). Error adds up from layer to layer, and quantizing activations "
        "adds its own: compare static int8 here with its weights. Higher is closer; '—' means the layer changed shape "
        "(channel pruning).",
        "zh": "每层在测试样本上的输出相对于 fp32 模型的 SQNR（层折叠变体：相对于折叠后的 fp32 模型）。误差会逐层累积，"
        "激活量化还会带来额外误差：可将这里的静态 int8 与其权重对比。越高越接近；“—”表示该层形状已改变（通道剪枝）。",
    },
    "compress.layers_help.weights": {
        "en": "Weight SQNR of each layer against the fp32 weights (layer-folded variants: against the BN-folded fp32 "
        "weights). Higher is closer; '—' means the layer changed shape (channel pruning).",
        "zh": "每层权重相对于 fp32 权重的 SQNR（层折叠变体：相对于折叠了 BN 的 fp32 权重）。越高越接近；"
        "“—”表示该层形状已改变（通道剪枝）。",
    },
    "compress.axis.layer": {"en": "Layer", "zh": "层"},
    "compress.axis.same": {"en": "same", "zh": "相同"},
    "compress.hist_variant": {"en": "Variant", "zh": "变体"},
    "compress.hist_layer": {"en": "Layer", "zh": "层"},
    "compress.hist_row": {"en": "One output channel", "zh": "单个输出通道"},
    "compress.hist_row_help": {
        "en": "Per-channel scales differ from row to row, which blurs the int8 levels across a layer; one row "
        "shows them sharply.",
        "zh": "逐通道缩放因子每行不同，会让整层的 int8 等级变得模糊；只看一行就能清楚地看到它们。",
    },
    "compress.hist_before": {"en": "fp32 original", "zh": "fp32 原始"},
    "compress.hist_value": {"en": "Weight value", "zh": "权重值"},
    "compress.hist_count": {"en": "Count", "zh": "数量"},
    "compress.hist_distinct": {"en": "{n} distinct values after compression", "zh": "压缩后共有 {n} 个不同的值"},
    "compress.hist_help": {
        "en": "int8 keeps at most 255 levels per scale: the smooth grey curve turns into a comb. Pruning piles "
        "weights up at exactly zero.",
        "zh": "int8 每个缩放因子最多保留 255 个等级：平滑的灰色曲线变成了梳齿状。剪枝会把权重堆积在零点上。",
    },
    "compress.hist_none": {"en": "No weight layers to show.", "zh": "没有可显示的权重层。"},
    "compress.hist_shape": {
        "en": "This layer changed shape in this variant (channel pruning): pick another variant or layer.",
        "zh": "该层在这个变体中形状已改变（通道剪枝）：请选择其他变体或层。",
    },
    "compress.boundary_help": {
        "en": "Coloured areas: each variant's predicted class. Dashed line: the original fp32 boundary. The "
        "percentage is the share of the plane where the variant predicts like fp32.",
        "zh": "彩色区域：各变体预测的类别。虚线：原始 fp32 模型的决策边界。"
        "百分比表示平面上预测结果与 fp32 相同的比例。",
    },
    "compress.download_csv": {"en": "Report (CSV)", "zh": "报告（CSV）"},
    "compress.download_json": {"en": "Report (JSON)", "zh": "报告（JSON）"},
    "compress.download_variants": {"en": "Each variant's state_dict", "zh": "各变体的 state_dict"},
    "compress.download": {"en": "Download", "zh": "下载"},
    "compress.download_help": {
        "en": "Load fp32, fp16, bf16 and pruned files with torch.load(path, weights_only=True); quantized ones "
        "need the same torch/torchao versions and their module classes.",
        "zh": "fp32、fp16、bf16 和剪枝后的文件可用 torch.load(path, weights_only=True) 加载；"
        "量化后的文件需要相同版本的 torch/torchao 及其模块类。",
    },
}
