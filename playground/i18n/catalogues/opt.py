"""Optimization lab (pages/optimization.py): forward pass, losses, gradient descent, optimizer race."""

STRINGS: dict[str, dict[str, str]] = {
    "opt.title": {"en": "Optimization lab", "zh": "优化实验室"},
    "opt.intro": {
        "en": "Three foundations every other page builds on: how a layer computes, what a loss function "
        "measures, and how an optimizer moves the weights. Type your own numbers; every value is computed "
        "by PyTorch and shown.",
        "zh": "其他所有页面都建立在三块基石之上：一层网络如何计算、损失函数衡量什么、优化器如何移动权重。"
        "输入你自己的数字；每个值都由 PyTorch 计算并展示出来。",
    },
    "opt.section": {"en": "Section", "zh": "部分"},
    "opt.section.forward": {"en": "1 · Forward pass", "zh": "1 · 前向计算"},
    "opt.section.losses": {"en": "2 · Loss functions", "zh": "2 · 损失函数"},
    "opt.section.descent": {"en": "3 · Gradient descent step by step", "zh": "3 · 逐步梯度下降"},
    "opt.section.race": {"en": "4 · Optimizer race", "zh": "4 · 优化器赛跑"},
    "opt.step": {"en": "step", "zh": "步"},
    "opt.minimum": {"en": "minimum", "zh": "最小值"},
    "opt.vector_help": {
        "en": "Numbers separated by commas or spaces, brackets optional: 1, 2 or [1 2]. "
        "For a matrix, separate rows with ; or new lines.",
        "zh": "用逗号或空格分隔的数字，方括号可有可无：1, 2 或 [1 2]。矩阵的各行用 ; 或换行分隔。",
    },
    # errors (engine: playground/optim_lab)
    "opt.err.not_a_number": {
        "en": "{field}: entry {position} is “{token}”, which is not a number. Type numbers such as 1, -0.5 or 2e-3, "
        "separated by commas or spaces.",
        "zh": "{field}：第 {position} 项是“{token}”，不是数字。请输入 1、-0.5 或 2e-3 这样的数字，用逗号或空格分隔。",
    },
    "opt.err.not_finite": {
        "en": "{field}: entry {position} is “{token}”; only finite numbers are accepted (no inf or nan).",
        "zh": "{field}：第 {position} 项是“{token}”；只接受有限的数字（不能是 inf 或 nan）。",
    },
    "opt.err.empty": {
        "en": "{field} is empty. Type at least one number, for example 1, 2.",
        "zh": "{field} 为空。请至少输入一个数字，例如 1, 2。",
    },
    "opt.err.too_long": {
        "en": "{field} has {count} entries; this calculator takes at most {limit}.",
        "zh": "{field} 有 {count} 项；本计算器最多接受 {limit} 项。",
    },
    "opt.err.ragged": {
        "en": "{field}: row {row} has {got} numbers but row 1 has {expected}. Every row of a matrix needs the "
        "same number of entries.",
        "zh": "{field}：第 {row} 行有 {got} 个数字，而第 1 行有 {expected} 个。矩阵的每一行必须有相同数量的元素。",
    },
    "opt.err.not_a_label": {
        "en": "{field}: entry {position} is {token}, but class labels are whole numbers 0, 1, 2, …",
        "zh": "{field}：第 {position} 项是 {token}，但类别标签必须是非负整数 0, 1, 2, …",
    },
    "opt.err.label_range": {
        "en": "{field}: entry {position} is class {token}, but the predictions only have classes 0 to {top}.",
        "zh": "{field}：第 {position} 项是类别 {token}，但预测中只有类别 0 到 {top}。",
    },
    "opt.err.length_mismatch": {
        "en": "{first} has {n_first} entries but {second} has {n_second}. A loss compares them element by "
        "element, so give both the same length.",
        "zh": "{first} 有 {n_first} 项，而 {second} 有 {n_second} 项。损失函数逐元素比较二者，所以两者长度必须相同。",
    },
    "opt.err.x_vs_w": {
        "en": "Shapes do not match in layer {layer}: {input} has {n_x} entries (shape 1×{n_x}) but W{layer} is "
        "{rows}×{cols}. In {input}·W{layer} the length of {input} must equal the number of rows of W{layer}. "
        "Fix: give {input} {rows} entries, or give W{layer} {n_x} rows (one row per input).",
        "zh": "第 {layer} 层形状不匹配：{input} 有 {n_x} 个元素（形状 1×{n_x}），而 W{layer} 是 {rows}×{cols}。"
        "在 {input}·W{layer} 中，{input} 的长度必须等于 W{layer} 的行数。"
        "修正方法：让 {input} 有 {rows} 个元素，或让 W{layer} 有 {n_x} 行（每个输入一行）。",
    },
    "opt.err.b_vs_w": {
        "en": "Shapes do not match in layer {layer}: b{layer} has {n_b} entries but W{layer} is {rows}×{cols}, "
        "so the layer has {cols} outputs. Fix: give b{layer} {cols} entries, one bias per column of W{layer}.",
        "zh": "第 {layer} 层形状不匹配：b{layer} 有 {n_b} 个元素，"
        "而 W{layer} 是 {rows}×{cols}，即该层有 {cols} 个输出。"
        "修正方法：让 b{layer} 有 {cols} 个元素，W{layer} 的每一列对应一个偏置。",
    },
    "opt.err.activation": {
        "en": "Unknown activation “{name}”. Accepted: {accepted}.",
        "zh": "未知的激活函数“{name}”。可用：{accepted}。",
    },
    "opt.err.need_classes": {
        "en": "{field}: each row of logits needs at least 2 classes (one score per class), e.g. 2.0, -1.0, 0.3.",
        "zh": "{field}：每行 logits 至少需要 2 个类别（每个类别一个得分），例如 2.0, -1.0, 0.3。",
    },
    "opt.err.rows_vs_labels": {
        "en": "There are {n_labels} labels but {n_rows} rows of logits. Give one label per row (one per example).",
        "zh": "有 {n_labels} 个标签，却有 {n_rows} 行 logits。请为每一行（每个样本）提供一个标签。",
    },
    "opt.err.not_probabilities": {
        "en": "{field} must be a probability distribution: non-negative numbers that are not all zero.",
        "zh": "{field} 必须是概率分布：非负数，且不能全为零。",
    },
    "opt.err.zero_probability": {
        "en": "{field} contains a 0: KL divergence divides by the predicted probability, so every entry of "
        "the prediction must be above 0.",
        "zh": "{field} 中含有 0：KL 散度要除以预测概率，因此预测的每一项都必须大于 0。",
    },
    "opt.err.kind": {
        "en": "Unknown kind “{kind}”. Accepted: {accepted}.",
        "zh": "未知类型“{kind}”。可用：{accepted}。",
    },
    "opt.note.normalized": {
        "en": "{field} added up to {total}, so it was divided by {total} to make a probability distribution.",
        "zh": "{field} 的总和为 {total}，因此已除以 {total}，使其成为概率分布。",
    },
    # 1 · forward pass
    "opt.fw.intro": {
        "en": "A dense layer multiplies the input row vector by a weight matrix, adds a bias and applies an "
        "activation. Type the numbers; the shapes must line up: **the length of x equals the number of rows of W**, "
        "and **b has one entry per column of W**.",
        "zh": "全连接层把输入行向量乘以权重矩阵，加上偏置，再通过激活函数。输入你的数字；形状必须对齐："
        "**x 的长度等于 W 的行数**，**b 的元素个数等于 W 的列数**。",
    },
    "opt.fw.x": {"en": "Input x", "zh": "输入 x"},
    "opt.fw.x_help": {"en": "A row vector, e.g. 1, 2.", "zh": "一个行向量，例如 1, 2。"},
    "opt.fw.depth": {"en": "Number of layers", "zh": "层数"},
    "opt.fw.layer_heading": {"en": "Layer {layer}", "zh": "第 {layer} 层"},
    "opt.fw.weights": {"en": "Weights W{layer} (one row per input)", "zh": "权重 W{layer}（每个输入一行）"},
    "opt.fw.weights_help": {
        "en": "One row per input, one column per output; rows on new lines or separated by ;",
        "zh": "每个输入一行，每个输出一列；各行换行或用 ; 分隔。",
    },
    "opt.fw.bias": {"en": "Bias b{layer}", "zh": "偏置 b{layer}"},
    "opt.fw.bias_help": {"en": "One number per column of W.", "zh": "W 的每一列对应一个数。"},
    "opt.fw.activation": {"en": "Activation of layer {layer}", "zh": "第 {layer} 层的激活函数"},
    "opt.fw.activation_short": {"en": "activation", "zh": "激活"},
    "opt.fw.break": {"en": "Show a shape error", "zh": "演示形状错误"},
    "opt.fw.reset": {"en": "Reset", "zh": "重置"},
    "opt.fw.algebra": {"en": "The same computation, step by step", "zh": "同样的计算，逐步展开"},
    "opt.fw.by_hand": {"en": "Layer {layer}, each output by hand", "zh": "第 {layer} 层：逐个手算输出"},
    "opt.fw.output": {"en": "Network output ŷ = [{y}]", "zh": "网络输出 ŷ = [{y}]"},
    "opt.fw.shape_rule": {
        "en": "The rule: (1×n)·(n×m) + (1×m) gives (1×m). The inner sizes (n) must agree; the bias has the "
        "outer size (m).",
        "zh": "规则：(1×n)·(n×m) + (1×m) 得到 (1×m)。内侧维度 (n) 必须一致；偏置的长度等于外侧维度 (m)。",
    },
    "opt.act.identity": {"en": "none (identity)", "zh": "无（恒等）"},
    "opt.act.relu": {"en": "ReLU", "zh": "ReLU"},
    "opt.act.sigmoid": {"en": "sigmoid", "zh": "sigmoid"},
    "opt.act.tanh": {"en": "tanh", "zh": "tanh"},
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
    # 3 · gradient descent
    "opt.gd.intro": {
        "en": "Gradient descent repeats one update: compute the slope g = f′(w) (here with torch.autograd) and "
        "step downhill by lr·g. Pick a function, a start and a learning rate and follow every number.",
        "zh": "梯度下降反复执行同一个更新：计算斜率 g = f′(w)（这里用 torch.autograd），然后沿下坡方向走 lr·g。"
        "选择函数、起点和学习率，跟踪每一个数字。",
    },
    "opt.gd.function": {"en": "Function", "zh": "函数"},
    "opt.fn.quadratic": {"en": "Quadratic (one minimum)", "zh": "二次函数（一个最小值）"},
    "opt.fn.quartic": {"en": "Quartic (two minima)", "zh": "四次函数（两个极小值）"},
    "opt.fn.plateau": {"en": "Plateau (flat far away)", "zh": "平台（远处平坦）"},
    "opt.fn.quadratic.summary": {
        "en": "Curvature L = 2 everywhere, so the rule is exact: lr < 2/L = 1 converges, lr > 1 diverges.",
        "zh": "处处曲率 L = 2，因此规则是精确的：lr < 2/L = 1 收敛，lr > 1 发散。",
    },
    "opt.fn.quartic.summary": {
        "en": "A deep minimum on the left and a shallower one on the right: where you start and how big you "
        "step decide which one you reach.",
        "zh": "左边是较深的最小值，右边是较浅的极小值：起点和步长决定你会到达哪一个。",
    },
    "opt.fn.plateau.summary": {
        "en": "Far from 0 the slope is almost zero, so small steps crawl; near 0 the curvature is L = 0.5.",
        "zh": "远离 0 处斜率几乎为零，小步长只能缓慢爬行；在 0 附近曲率 L = 0.5。",
    },
    "opt.gd.start": {"en": "Start w₀", "zh": "起点 w₀"},
    "opt.gd.lr": {"en": "Learning rate lr (η)", "zh": "学习率 lr（η）"},
    "opt.gd.steps": {"en": "Number of steps", "zh": "步数"},
    "opt.gd.presets": {"en": "Try a learning rate that is…", "zh": "试试这样的学习率…"},
    "opt.preset.too_small": {"en": "too small", "zh": "太小"},
    "opt.preset.good": {"en": "good", "zh": "合适"},
    "opt.preset.too_large": {"en": "too large", "zh": "太大"},
    "opt.preset.diverging": {"en": "diverging", "zh": "发散"},
    "opt.gd.status.converged": {
        "en": "Converged: after {steps} steps w = {w}, at the minimum {minimum}.",
        "zh": "已收敛：{steps} 步后 w = {w}，到达最小值 {minimum}。",
    },
    "opt.gd.status.oscillating": {
        "en": "Oscillating: w jumps from one side of the minimum {minimum} to the other (now w = {w}); "
        "each step multiplies the distance by about {factor}.",
        "zh": "振荡：w 在最小值 {minimum} 两侧来回跳动（当前 w = {w}）；每一步距离约乘以 {factor}。",
    },
    "opt.gd.status.slow": {
        "en": "Still on its way after {steps} steps: w = {w}, the minimum is {minimum}. A larger learning rate "
        "(or more steps) would get there sooner.",
        "zh": "{steps} 步后仍在途中：w = {w}，最小值是 {minimum}。更大的学习率（或更多步数）能更快到达。",
    },
    "opt.gd.status.diverged": {
        "en": "Diverged: lr = {lr} is above 2/L = {limit} (L = {L} is the curvature at the minimum), so every "
        "step multiplies the distance to the minimum by {factor} > 1 and w runs away (now w = {w}).",
        "zh": "发散：lr = {lr} 大于 2/L = {limit}（L = {L} 是最小值处的曲率），因此每一步到最小值的距离都乘以 "
        "{factor} > 1，w 越跑越远（当前 w = {w}）。",
    },
    "opt.gd.rule_below": {
        "en": "Stability rule near the minimum: lr = {lr} < 2/L = {limit}, so the distance shrinks by the factor "
        "|1 − lr·L| = {factor} per step.",
        "zh": "最小值附近的稳定性规则：lr = {lr} < 2/L = {limit}，因此每一步距离按因子 |1 − lr·L| = {factor} 缩小。",
    },
    "opt.gd.rule_above": {
        "en": "Stability rule near the minimum: lr = {lr} > 2/L = {limit}, so |1 − lr·L| = {factor} > 1: "
        "it cannot settle at the minimum.",
        "zh": "最小值附近的稳定性规则：lr = {lr} > 2/L = {limit}，因此 |1 − lr·L| = {factor} > 1：无法停在最小值处。",
    },
    "opt.gd.path": {"en": "path w₀, w₁, …", "zh": "路径 w₀, w₁, …"},
    "opt.gd.table": {"en": "Every update w ← w − lr·g", "zh": "每一次更新 w ← w − lr·g"},
    "opt.gd.distance": {"en": "|w − w*|", "zh": "|w − w*|"},
    "opt.gd.distance_caption": {
        "en": "Distance to the nearest minimum on a log scale: a straight line means the same factor every step.",
        "zh": "到最近最小值的距离（对数坐标）：直线表示每一步乘以相同的因子。",
    },
    # 4 · optimizer race
    "opt.race.intro": {
        "en": "PyTorch's own optimizers (torch.optim) race from the same start on a 2-D surface. Press ▶ Play "
        "to replay the race in your browser, drag the step slider, or click the plot to move the start.",
        "zh": "PyTorch 自带的优化器（torch.optim）在二维曲面上从同一起点出发赛跑。按 ▶ 播放在浏览器中回放，"
        "拖动步数滑块，或点击图上任意位置移动起点。",
    },
    "opt.race.surface": {"en": "Surface", "zh": "曲面"},
    "opt.race.optimizers": {"en": "Optimizers", "zh": "优化器"},
    "opt.race.steps": {"en": "Steps", "zh": "步数"},
    "opt.race.start_x": {"en": "Start x", "zh": "起点 x"},
    "opt.race.start_y": {"en": "Start y", "zh": "起点 y"},
    "opt.race.show_state": {"en": "Memory arrows", "zh": "记忆箭头"},
    "opt.race.show_state_help": {
        "en": "Arrows for the momentum buffer (SGD with momentum, Nesterov) and Adam's first moment m, read from "
        "optimizer.state at every step.",
        "zh": "用箭头显示动量缓冲（带动量的 SGD、Nesterov）以及 Adam 的一阶矩 m，每一步都从 optimizer.state 读取。",
    },
    "opt.race.settings": {"en": "{name}: hyperparameters", "zh": "{name}：超参数"},
    "opt.race.pick_one": {
        "en": "Pick at least one optimizer to start the race.",
        "zh": "请至少选择一个优化器开始比赛。",
    },
    "opt.race.click_hint": {
        "en": "Tip: click anywhere on the contour plot to start the race from there. ★ marks the minima.",
        "zh": "提示：点击等高线图上任意位置，即可从那里开始比赛。★ 表示最小值。",
    },
    "opt.race.state_caption": {
        "en": "Dotted arrows point where each optimizer's memory pushes the weights: −(momentum buffer) for SGD "
        "with momentum, −m for the Adam family. Lengths are scaled per optimizer to fit the plot.",
        "zh": "虚线箭头指向每个优化器的记忆推动权重的方向：带动量的 SGD 为 −（动量缓冲），Adam 系列为 −m。"
        "箭头长度按优化器分别缩放以适应图面。",
    },
    "opt.race.diverged": {
        "en": "Diverged (left the surface or became NaN, frozen where last finite): {names}. Try a smaller "
        "learning rate.",
        "zh": "已发散（离开曲面或变为 NaN，停在最后一个有限位置）：{names}。请尝试更小的学习率。",
    },
    "opt.race.loss_heading": {"en": "Loss above the minimum, per step", "zh": "每一步高出最小值的损失"},
    "opt.race.distance_heading": {"en": "Distance to the nearest minimum", "zh": "到最近最小值的距离"},
    "opt.race.loss_axis": {"en": "f − f* (log)", "zh": "f − f*（对数）"},
    "opt.race.distance_axis": {"en": "distance (log)", "zh": "距离（对数）"},
    "opt.race.results": {"en": "Results", "zh": "结果"},
    "opt.race.col.optimizer": {"en": "optimizer", "zh": "优化器"},
    "opt.race.col.final_loss": {"en": "final loss", "zh": "最终损失"},
    "opt.race.col.distance": {"en": "distance to minimum", "zh": "到最小值的距离"},
    "opt.race.col.reached": {"en": "step within 0.01", "zh": "进入 0.01 以内的步数"},
    "opt.race.col.diverged": {"en": "diverged at step", "zh": "发散于第几步"},
    "opt.race.col.state": {"en": "memory in optimizer.state (last step)", "zh": "optimizer.state 中的记忆（最后一步）"},
    "opt.race.fig.play": {"en": "Play", "zh": "播放"},
    "opt.race.fig.pause": {"en": "Pause", "zh": "暂停"},
    "opt.race.fig.step": {"en": "step", "zh": "步"},
    "opt.race.fig.minimum": {"en": "minimum", "zh": "最小值"},
    "opt.race.fig.start": {"en": "start", "zh": "起点"},
    "opt.race.fig.pick": {"en": "start here", "zh": "从这里开始"},
    "opt.race.fig.colorbar": {"en": "f(x, y)", "zh": "f(x, y)"},
    "opt.race.fig.colorbar_log": {"en": "log₁₀(f − f*)", "zh": "log₁₀(f − f*)"},
    "opt.surface.bowl": {"en": "Ill-conditioned bowl", "zh": "病态碗形曲面"},
    "opt.surface.bowl.summary": {
        "en": "Ten times steeper across y than along x: SGD zig-zags across the valley, momentum and adaptive "
        "methods go straight.",
        "zh": "沿 y 方向比沿 x 方向陡十倍：SGD 在山谷两侧之字形来回，动量法和自适应方法则走得更直。",
    },
    "opt.surface.rosenbrock": {"en": "Rosenbrock", "zh": "Rosenbrock 函数"},
    "opt.surface.rosenbrock.summary": {
        "en": "A curved, nearly flat valley floor leading to the minimum at (1, 1): easy to reach the valley, slow "
        "to walk along it.",
        "zh": "弯曲且几乎平坦的谷底通向 (1, 1) 处的最小值：很容易进入山谷，却很难沿着谷底前进。",
    },
    "opt.surface.beale": {"en": "Beale", "zh": "Beale 函数"},
    "opt.surface.beale.summary": {
        "en": "Steep walls and flat plateaus; the minimum sits at (3, 0.5) in a narrow arm.",
        "zh": "陡峭的壁和平坦的高原；最小值位于狭窄分支中的 (3, 0.5)。",
    },
    "opt.surface.himmelblau": {"en": "Himmelblau", "zh": "Himmelblau 函数"},
    "opt.surface.himmelblau.summary": {
        "en": "Four minima of equal depth: the start and the optimizer decide which one you end up in.",
        "zh": "四个深度相同的最小值：起点和优化器决定你最终落入哪一个。",
    },
    "opt.surface.saddle": {"en": "Saddle", "zh": "鞍点曲面"},
    "opt.surface.saddle.summary": {
        "en": "A saddle point at (0, 0) with zero gradient, and minima at (0, ±1). "
        "Start near y = 0: who escapes first?",
        "zh": "(0, 0) 处是梯度为零的鞍点，最小值在 (0, ±1)。从 y = 0 附近出发：谁先逃离鞍点？",
    },
    "opt.surface.rastrigin": {"en": "Rastrigin", "zh": "Rastrigin 函数"},
    "opt.surface.rastrigin.summary": {
        "en": "A bowl covered in ripples: dozens of local minima around the global one at (0, 0).",
        "zh": "布满波纹的碗：全局最小值 (0, 0) 周围有几十个局部极小值。",
    },
}
