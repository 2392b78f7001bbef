"""Optimization lab, section 2: the loss calculator and loss curves."""

STRINGS: dict[str, dict[str, str]] = {
    # 2 · losses
    "opt.loss.intro": {
        "en": "A loss turns “how wrong is the prediction” into one number that training makes smaller. "
        "Each value below comes from torch.nn.functional, element by element, then averaged.",
        "zh": "损失函数把“预测错得有多离谱”变成一个数字，训练的目标就是让它变小。"
        "下面每个值都由 torch.nn.functional 逐元素计算后再取平均。",
    },
    "opt.loss.calculator": {"en": "Calculator", "zh": "计算器"},
    "opt.loss.kind": {"en": "What you predict", "zh": "预测的类型"},
    "opt.kind.regression": {"en": "Numbers (regression)", "zh": "数值（回归）"},
    "opt.kind.binary": {"en": "Yes / no (binary)", "zh": "是 / 否（二分类）"},
    "opt.kind.classification": {"en": "Classes (logits)", "zh": "多类别（logits）"},
    "opt.kind.distribution": {"en": "Distributions", "zh": "概率分布"},
    "opt.kind.regression.help": {
        "en": "Targets and predictions are real numbers, the same count of each.",
        "zh": "目标值和预测值都是实数，两者个数相同。",
    },
    "opt.kind.binary.help": {
        "en": "Labels are 0 or 1; predictions are raw scores z (logits). Binary cross-entropy uses p = σ(z).",
        "zh": "标签为 0 或 1；预测为原始得分 z（logits）。二元交叉熵使用 p = σ(z)。",
    },
    "opt.kind.classification.help": {
        "en": "One class label per example, and one row of logits per example (rows separated by ;).",
        "zh": "每个样本一个类别标签，每个样本一行 logits（各行用 ; 分隔）。",
    },
    "opt.kind.distribution.help": {
        "en": "Two probability vectors over the same classes: the true p and the predicted q.",
        "zh": "同一组类别上的两个概率向量：真实分布 p 和预测分布 q。",
    },
    "opt.y_true.regression": {"en": "y_true (targets)", "zh": "y_true（目标值）"},
    "opt.y_pred.regression": {"en": "y_pred (predictions)", "zh": "y_pred（预测值）"},
    "opt.y_true.binary": {"en": "y_true (labels 0 or 1)", "zh": "y_true（标签 0 或 1）"},
    "opt.y_pred.binary": {"en": "y_pred (scores z)", "zh": "y_pred（得分 z）"},
    "opt.y_true.classification": {"en": "y_true (class labels)", "zh": "y_true（类别标签）"},
    "opt.y_pred.classification": {"en": "y_pred (logits, one row per example)", "zh": "y_pred（logits，每个样本一行）"},
    "opt.y_true.distribution": {"en": "y_true (p, true distribution)", "zh": "y_true（p，真实分布）"},
    "opt.y_pred.distribution": {"en": "y_pred (q, predicted distribution)", "zh": "y_pred（q，预测分布）"},
    "opt.loss.settings": {"en": "Loss settings (δ, β, γ, margin…)", "zh": "损失参数（δ、β、γ、间隔…）"},
    "opt.loss.terms_heading": {
        "en": "Per-element terms (the loss is their mean)",
        "zh": "逐元素的各项（损失为它们的平均值）",
    },
    "opt.loss.worked_mean": {
        "en": "Terms: {terms} → mean = **{value}**",
        "zh": "各项：{terms} → 平均值 = **{value}**",
    },
    "opt.loss.worked_sum": {
        "en": "Terms: {terms} → sum = **{value}** (KL sums over classes, then averages over examples)",
        "zh": "各项：{terms} → 求和 = **{value}**（KL 先对类别求和，再对样本取平均）",
    },
    "opt.col.element": {"en": "#", "zh": "#"},
    "opt.col.y_true": {"en": "y_true", "zh": "y_true"},
    "opt.col.y_pred": {"en": "y_pred", "zh": "y_pred"},
    "opt.col.error": {"en": "error ŷ − y", "zh": "误差 ŷ − y"},
    "opt.col.z": {"en": "score z", "zh": "得分 z"},
    "opt.col.sigmoid": {"en": "p = σ(z)", "zh": "p = σ(z)"},
    "opt.col.p_true": {"en": "softmax p(true class)", "zh": "softmax p（真实类别）"},
    "opt.col.predicted": {"en": "predicted class", "zh": "预测类别"},
    "opt.loss.curves": {"en": "Curves: each loss and its gradient", "zh": "曲线：各损失函数及其梯度"},
    "opt.loss.curve_kind": {"en": "Against", "zh": "横轴"},
    "opt.curve_kind.regression": {"en": "the error (regression)", "zh": "误差（回归）"},
    "opt.curve_kind.binary": {"en": "the margin (classification)", "zh": "间隔（分类）"},
    "opt.loss.curve_losses": {"en": "Losses to overlay", "zh": "要叠加显示的损失函数"},
    "opt.loss.pick_one": {"en": "Pick at least one loss to draw.", "zh": "请至少选择一个损失函数。"},
    "opt.curve.loss": {"en": "loss", "zh": "损失"},
    "opt.curve.gradient": {"en": "gradient dL/dx (torch.autograd)", "zh": "梯度 dL/dx（torch.autograd）"},
    "opt.curve_axis.regression": {"en": "error ŷ − y", "zh": "误差 ŷ − y"},
    "opt.curve_axis.binary": {"en": "margin s·z (s = ±1 is the label)", "zh": "间隔 s·z（s = ±1 为标签）"},
    "opt.curve.caption.regression": {
        "en": "MSE's gradient grows with the error, so one far-off point dominates the update; MAE's is ±1 "
        "whatever the error; Huber and smooth L1 are quadratic near 0 and capped beyond δ (β).",
        "zh": "MSE 的梯度随误差增大，因此一个偏离很远的点会主导更新；MAE 的梯度无论误差多大都是 ±1；"
        "Huber 与平滑 L1 在 0 附近是二次的，超过 δ（β）后梯度被封顶。",
    },
    "opt.curve.caption.binary": {
        "en": "Positive margin = right side of the boundary. Hinge is exactly 0 once the margin passes 1; "
        "cross-entropy keeps pushing, ever more gently.",
        "zh": "间隔为正表示落在边界正确的一侧。间隔超过 1 后铰链损失恰好为 0；交叉熵则一直在推，只是越来越轻。",
    },
    "opt.outlier.heading": {
        "en": "Why Huber and L1 are robust: fit one number to five measurements",
        "zh": "为什么 Huber 和 L1 更稳健：用一个数拟合五个测量值",
    },
    "opt.outlier.toggle": {"en": "Add an outlier (12)", "zh": "加入一个离群点（12）"},
    "opt.outlier.best": {"en": "best constant c* under each loss", "zh": "各损失函数下的最佳常数 c*"},
    "opt.outlier.pulls": {
        "en": "how hard each point pulls on c* (−dL/dc)",
        "zh": "每个点对 c* 的拉力（−dL/dc）",
    },
    "opt.outlier.data": {"en": "data", "zh": "数据"},
    "opt.outlier.value": {"en": "value", "zh": "数值"},
    "opt.outlier.point": {"en": "data point", "zh": "数据点"},
    "opt.outlier.pull_axis": {"en": "pull", "zh": "拉力"},
    "opt.outlier.explain_on": {
        "en": "With the outlier, MSE's best answer is the mean, dragged towards 12, because the outlier's pull "
        "grows with its distance. MAE's is the median and Huber's pull is capped at δ: they barely move.",
        "zh": "加入离群点后，MSE 的最佳答案是平均值，被拉向 12，因为离群点的拉力随距离增大。"
        "MAE 的最佳答案是中位数，Huber 的拉力被限制在 δ 以内：它们几乎不动。",
    },
    "opt.outlier.explain_off": {
        "en": "Without the outlier, every loss agrees: the data are symmetric around 2.",
        "zh": "没有离群点时，所有损失函数的结论一致：数据关于 2 对称。",
    },
}
