"""Optimization lab (pages/optimization.py): page frame and the engine's input errors."""

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
    "opt.link.notes": {
        "en": "Part of this link could not be used as written. Everything else in it is applied:",
        "zh": "链接中有部分内容无法按原样使用。其余设置均已应用：",
    },
}
