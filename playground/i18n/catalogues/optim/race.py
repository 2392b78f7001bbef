"""Optimization lab, section 4: the optimizer race on 2-D surfaces."""

STRINGS: dict[str, dict[str, str]] = {
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
