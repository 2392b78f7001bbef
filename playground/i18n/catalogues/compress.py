"""Strings of the compression studio (``/compression``): page, methods, columns, errors."""

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
        "Conv-BN-ReLU fusion (fp32)",
        "Conv-BN-ReLU 融合（fp32）",
        "BatchNorm folded into the conv weights and ReLU merged in: the same maths in fewer steps.",
        "把 BatchNorm 折叠进卷积权重并合并 ReLU：数学上等价，但步骤更少。",
    ),
    "fused_static_int8": (
        "Fusion, then static int8",
        "先融合，再静态 int8",
        "Fuse conv-BN-ReLU and Linear-ReLU first, then static int8: fewer layers to round.",
        "先融合 conv-BN-ReLU 和 Linear-ReLU，再做静态 int8：需要取整的层更少。",
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
    "compress.layers_help": {
        "en": "Weight SQNR of each layer against the fp32 weights (fused variants: against the BN-folded fp32 "
        "weights). Higher is closer; '—' means the layer changed shape (channel pruning).",
        "zh": "每层权重相对于 fp32 权重的 SQNR（融合变体：相对于折叠了 BN 的 fp32 权重）。越高越接近；"
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
    # Errors: what was wrong and what is accepted.
    "compress.err.unknown_task": {
        "en": "Unknown task '{name}'. Accepted: {accepted}.",
        "zh": "未知任务“{name}”。可选：{accepted}。",
    },
    "compress.err.unknown_arch": {
        "en": "Unknown architecture '{name}'. Accepted: {accepted}.",
        "zh": "未知网络结构“{name}”。可选：{accepted}。",
    },
    "compress.err.unknown_method": {
        "en": "Unknown compression method '{name}'. Accepted: {accepted}.",
        "zh": "未知压缩方法“{name}”。可选：{accepted}。",
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
        "en": "Nothing to fuse: fusion accepts Conv2d→BatchNorm2d(→ReLU), Conv2d→ReLU, Linear→BatchNorm1d or "
        "Linear→ReLU one after the other, and this model has none.",
        "zh": "没有可融合的层：融合只接受前后相邻的 Conv2d→BatchNorm2d(→ReLU)、Conv2d→ReLU、Linear→BatchNorm1d "
        "或 Linear→ReLU，而该模型没有。",
    },
    "compress.err.fusion_changed": {
        "en": "Fusing changed the model's outputs, so its layers do not run in the order they are defined. "
        "Fusion accepts models whose forward() calls Conv/Linear, BatchNorm and ReLU in their defined order.",
        "zh": "融合改变了模型的输出，说明各层的运行顺序与定义顺序不同。"
        "融合只接受 forward() 按定义顺序调用 Conv/Linear、BatchNorm 和 ReLU 的模型。",
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

for _id, (_en, _zh, _explain_en, _explain_zh) in _METHODS.items():
    STRINGS[f"compress.method.{_id}"] = {"en": _en, "zh": _zh}
    STRINGS[f"compress.method.{_id}.explain"] = {"en": _explain_en, "zh": _explain_zh}
