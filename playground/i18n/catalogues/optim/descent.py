"""Optimization lab, section 3: 1-D gradient descent step by step."""

STRINGS: dict[str, dict[str, str]] = {
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
}
