"""Optimization lab, section 1: a dense layer's forward pass and its shapes."""

STRINGS: dict[str, dict[str, str]] = {
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
}
