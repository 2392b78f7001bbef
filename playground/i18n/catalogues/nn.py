"""Names and one-line explanations of the optimizers and losses (playground.nn registries)."""

STRINGS: dict[str, dict[str, str]] = {
    # optimizers
    "optim.sgd": {"en": "SGD", "zh": "SGD（随机梯度下降）"},
    "optim.sgd.summary": {
        "en": "Steps straight down the current gradient: w ← w − lr·g.",
        "zh": "沿当前梯度的反方向直接迈一步：w ← w − lr·g。",
    },
    "optim.momentum": {"en": "SGD with momentum", "zh": "带动量的 SGD"},
    "optim.momentum.summary": {
        "en": "Keeps a running velocity of past gradients, "
        "so it rolls through small bumps and speeds up on long slopes.",
        "zh": "累积过去梯度形成“速度”，因此能越过小坑，并在长坡上加速。",
    },
    "optim.nesterov": {"en": "Nesterov momentum", "zh": "Nesterov 动量"},
    "optim.nesterov.summary": {
        "en": "Momentum that looks ahead: the gradient is taken where the velocity is about to carry the weights.",
        "zh": "会“向前看”的动量：在速度即将把权重带到的位置计算梯度。",
    },
    "optim.adagrad": {"en": "Adagrad", "zh": "Adagrad"},
    "optim.adagrad.summary": {
        "en": "Divides each weight's step by the root of its summed squared gradients: rare features get bigger steps.",
        "zh": "用每个权重梯度平方和的平方根来缩放步长：不常出现的特征获得更大的步长。",
    },
    "optim.rmsprop": {"en": "RMSprop", "zh": "RMSprop"},
    "optim.rmsprop.summary": {
        "en": "Like Adagrad with a moving average of squared gradients, so the steps do not shrink forever.",
        "zh": "与 Adagrad 类似，但使用梯度平方的滑动平均，因此步长不会无限缩小。",
    },
    "optim.adadelta": {"en": "Adadelta", "zh": "Adadelta"},
    "optim.adadelta.summary": {
        "en": "Scales steps by the ratio of recent update sizes to recent gradient sizes; works with lr = 1.",
        "zh": "用近期更新幅度与近期梯度幅度之比来缩放步长；学习率取 1 即可工作。",
    },
    "optim.adam": {"en": "Adam", "zh": "Adam"},
    "optim.adam.summary": {
        "en": "Momentum on the gradient and RMSprop-style scaling, with bias correction for the first steps.",
        "zh": "对梯度使用动量，并采用 RMSprop 式缩放，同时对最初几步做偏差校正。",
    },
    "optim.adamw": {"en": "AdamW", "zh": "AdamW"},
    "optim.adamw.summary": {
        "en": "Adam with weight decay applied directly to the weights, not mixed into the gradient.",
        "zh": "Adam 的变体：权重衰减直接作用于权重，而不是混入梯度。",
    },
    "optim.nadam": {"en": "NAdam", "zh": "NAdam"},
    "optim.nadam.summary": {"en": "Adam with Nesterov's look-ahead momentum.", "zh": "结合 Nesterov 前瞻动量的 Adam。"},
    "optim.radam": {"en": "RAdam", "zh": "RAdam"},
    "optim.radam.summary": {
        "en": "Adam that damps its first steps, while its estimate of the gradient variance is still unreliable.",
        "zh": "在梯度方差估计尚不可靠的最初几步中减小步长的 Adam。",
    },
    "optim.lbfgs": {"en": "L-BFGS", "zh": "L-BFGS"},
    "optim.lbfgs.summary": {
        "en": "A quasi-Newton method: builds a picture of the curvature from recent steps; best on full batches.",
        "zh": "一种拟牛顿法：根据最近几步估计曲率；在全批量数据上效果最好。",
    },
    "optim.param.lr": {"en": "Learning rate", "zh": "学习率"},
    "optim.param.weight_decay": {"en": "Weight decay", "zh": "权重衰减"},
    "optim.param.momentum": {"en": "Momentum", "zh": "动量"},
    "optim.param.beta1": {"en": "β₁ (gradient average)", "zh": "β₁（梯度平均）"},
    "optim.param.beta2": {"en": "β₂ (squared-gradient average)", "zh": "β₂（梯度平方平均）"},
    "optim.param.alpha": {"en": "α (smoothing)", "zh": "α（平滑系数）"},
    "optim.param.rho": {"en": "ρ (decay)", "zh": "ρ（衰减系数）"},
    "optim.param.history_size": {"en": "History size", "zh": "历史长度"},
    # losses
    "loss.mse": {"en": "Mean squared error (MSE)", "zh": "均方误差（MSE）"},
    "loss.mse.summary": {
        "en": "Squares each error: big mistakes dominate, so outliers pull hard.",
        "zh": "对每个误差取平方：大误差占主导，因此离群点影响很大。",
    },
    "loss.mae": {"en": "Mean absolute error (MAE, L1)", "zh": "平均绝对误差（MAE，L1）"},
    "loss.mae.summary": {
        "en": "Counts each error by its size: robust to outliers, but its gradient never shrinks near the target.",
        "zh": "按误差大小计数：对离群点稳健，但在目标附近梯度不会变小。",
    },
    "loss.huber": {"en": "Huber", "zh": "Huber 损失"},
    "loss.huber.summary": {
        "en": "Squared for small errors, linear for large ones (beyond δ): MSE's smoothness with L1's robustness.",
        "zh": "小误差取平方，大误差（超过 δ）取线性：兼具 MSE 的平滑与 L1 的稳健。",
    },
    "loss.smooth_l1": {"en": "Smooth L1", "zh": "平滑 L1 损失"},
    "loss.smooth_l1.summary": {
        "en": "Huber divided by β: L1 far from the target, a smooth parabola within β of it.",
        "zh": "Huber 除以 β：远离目标时为 L1，在 β 范围内为平滑抛物线。",
    },
    "loss.log_cosh": {"en": "Log-cosh", "zh": "Log-cosh 损失"},
    "loss.log_cosh.summary": {
        "en": "Like MSE for small errors and like L1 for large ones, smooth everywhere.",
        "zh": "小误差时近似 MSE，大误差时近似 L1，处处光滑。",
    },
    "loss.cross_entropy": {"en": "Cross-entropy", "zh": "交叉熵"},
    "loss.cross_entropy.summary": {
        "en": "Minus the log of the probability given to the true class: confident mistakes cost a lot.",
        "zh": "真实类别概率的负对数：自信的错误代价很高。",
    },
    "loss.bce_with_logits_onehot": {"en": "Binary cross-entropy per class", "zh": "逐类二元交叉熵"},
    "loss.bce_with_logits_onehot.summary": {
        "en": "Treats each class as its own yes/no question (sigmoid, not softmax).",
        "zh": "把每个类别看作独立的是/否问题（使用 sigmoid 而非 softmax）。",
    },
    "loss.multi_margin": {"en": "Multi-class hinge (margin)", "zh": "多类铰链损失（间隔）"},
    "loss.multi_margin.summary": {
        "en": "Zero once the true class beats every other class by the margin; like an SVM.",
        "zh": "当真实类别的得分比其他类别都高出一个间隔时损失为零；类似 SVM。",
    },
    "loss.mse_onehot": {"en": "MSE on one-hot targets", "zh": "独热目标上的均方误差"},
    "loss.mse_onehot.summary": {
        "en": "Squared error between softmax and the one-hot label: its gradient vanishes when the network is "
        "confidently wrong, which is why cross-entropy trains better.",
        "zh": "softmax 输出与独热标签之间的平方误差：当网络自信地出错时梯度会消失，这正是交叉熵训练得更好的原因。",
    },
    "loss.focal": {"en": "Focal loss", "zh": "Focal 损失"},
    "loss.focal.summary": {
        "en": "Cross-entropy scaled down for examples already classified well, so training focuses on hard ones.",
        "zh": "对已经分类良好的样本降低交叉熵权重，使训练聚焦于困难样本。",
    },
    "loss.bce": {"en": "Binary cross-entropy", "zh": "二元交叉熵"},
    "loss.bce.summary": {
        "en": "Cross-entropy for a yes/no label, from a probability p in (0, 1).",
        "zh": "针对是/否标签的交叉熵，输入为 (0, 1) 之间的概率 p。",
    },
    "loss.bce_with_logits": {"en": "Binary cross-entropy with logits", "zh": "带 logits 的二元交叉熵"},
    "loss.bce_with_logits.summary": {
        "en": "The same from a raw score (logit); numerically safer than applying a sigmoid first.",
        "zh": "直接以原始得分（logit）计算；比先做 sigmoid 更稳定。",
    },
    "loss.hinge": {"en": "Hinge", "zh": "铰链损失"},
    "loss.hinge.summary": {
        "en": "Zero once the score has the right sign with a margin of 1; the loss of support vector machines.",
        "zh": "当得分符号正确且间隔达到 1 时损失为零；支持向量机使用的损失。",
    },
    "loss.kl_div": {"en": "KL divergence", "zh": "KL 散度"},
    "loss.kl_div.summary": {
        "en": "How many extra nats it costs to describe the true distribution p with the predicted q.",
        "zh": "用预测分布 q 描述真实分布 p 需要额外付出多少奈特（nats）的信息量。",
    },
    "loss.param.delta": {"en": "δ (Huber threshold)", "zh": "δ（Huber 阈值）"},
    "loss.param.beta": {"en": "β (smooth L1 threshold)", "zh": "β（平滑 L1 阈值）"},
    "loss.param.label_smoothing": {"en": "Label smoothing", "zh": "标签平滑"},
    "loss.param.margin": {"en": "Margin", "zh": "间隔"},
    "loss.param.gamma": {"en": "γ (focus)", "zh": "γ（聚焦系数）"},
}
