"""Fusion studio: title, controls, catalogues (data sets, member kinds, rules) and messages."""

STRINGS: dict[str, dict[str, str]] = {
    "fusion.title": {"en": "Model fusion: ensembles and multi-input models", "zh": "模型融合：集成与多输入模型"},
    "fusion.intro": {
        "en": "Train K small networks at once and combine their predictions (hard or soft vote, weights, stacking, "
        "boosting); see where they disagree, why averaging helps calibration more than accuracy, and when it does "
        "not help at all. Below: bias and variance, and the seed's two-input model.",
        "zh": "同时训练 K 个小网络并合并它们的预测（硬投票、软投票、加权、堆叠、提升）；看它们在哪里意见不同，"
        "为什么平均对校准的帮助大于对准确率的帮助，以及何时完全没有帮助。下方：偏差与方差，以及教材中的双输入模型。",
    },
    "fusion.more": {"en": "Beyond one ensemble", "zh": "更多内容"},
    "fusion.section.data": {"en": "Data", "zh": "数据"},
    "fusion.section.members": {"en": "Members and fusion", "zh": "成员与融合"},
    "fusion.section.training": {"en": "Members' size and training", "zh": "成员规模与训练"},
    "fusion.dataset": {"en": "Data set", "zh": "数据集"},
    "fusion.noise": {"en": "Noise", "zh": "噪声"},
    "fusion.n_points": {"en": "Points", "zh": "点数"},
    "fusion.n_classes": {"en": "Classes", "zh": "类别数"},
    "fusion.members": {"en": "Members (K)", "zh": "成员数（K）"},
    "fusion.members_help": {
        "en": "How many networks vote. 1 is a single network: every rule then equals it.",
        "zh": "参与投票的网络数量。为 1 时就是单个网络：任何规则都与它相同。",
    },
    "fusion.kind": {"en": "Members differ by", "zh": "成员差异来自"},
    "fusion.kind_help": {
        "en": "What makes the members different. Identical members gain nothing: diversity is what a vote buys.",
        "zh": "成员之间的差异从何而来。完全相同的成员毫无收益：投票带来的是多样性。",
    },
    "fusion.rule": {"en": "Fusion rule", "zh": "融合规则"},
    "fusion.rule_help": {
        "en": "How the members' predictions become one. Switching between hard, soft, weighted and stacking re-fuses "
        "the same members at once; boosting trains its own members.",
        "zh": "如何把成员的预测合成一个。在硬投票、软投票、加权和堆叠之间切换会立即重新融合同一批成员；"
        "提升法需要训练自己的成员。",
    },
    "fusion.width": {"en": "Hidden units per layer", "zh": "每层隐藏单元数"},
    "fusion.activation": {"en": "Activation", "zh": "激活函数"},
    "fusion.epochs": {"en": "Epochs per member", "zh": "每个成员的训练轮数"},
    "fusion.epochs_help": {
        "en": "Passes over the training part. Snapshot and boosting members train one after another, this many each.",
        "zh": "遍历训练集的次数。快照和提升的成员依次训练，每个都训练这么多轮。",
    },
    "fusion.lr": {"en": "Learning rate (Adam)", "zh": "学习率（Adam）"},
    "fusion.batch": {"en": "Batch size", "zh": "批大小"},
    "fusion.folds": {"en": "Stacking folds", "zh": "堆叠折数"},
    "fusion.folds_help": {
        "en": "Stacking's meta-learner is fitted on out-of-fold predictions: each member also trains one copy per "
        "fold without that fold, and scores only the fold it never saw.",
        "zh": "堆叠的元学习器用折外预测拟合：每个成员还会为每一折训练一个不含该折的副本，只给它没见过的那一折打分。",
    },
    "fusion.digits_note": {
        "en": "scikit-learn's handwritten digits: 1,797 images of 8×8 pixels (64 features), 10 classes. Regions are "
        "drawn on the plane of the first two principal components.",
        "zh": "scikit-learn 的手写数字：1,797 张 8×8 像素图像（64 个特征），10 个类别。"
        "区域画在前两个主成分构成的平面上。",
    },
    "fusion.train": {"en": "Train", "zh": "训练"},
    "fusion.pause": {"en": "Pause", "zh": "暂停"},
    "fusion.step": {"en": "One epoch", "zh": "一轮"},
    "fusion.step_help": {"en": "Train every member for one epoch, then pause.", "zh": "所有成员各训练一轮后暂停。"},
    "fusion.reset": {"en": "Reset", "zh": "重置"},
    "fusion.link_notes": {
        "en": "The link asked for values this page cannot use; here is what was used instead:",
        "zh": "链接中有本页无法使用的值；实际使用的值如下：",
    },
    "fusion.link_notes_ok": {"en": "OK", "zh": "知道了"},
    "fusion.note.boosting_kind": {
        "en": "Boosting votes need boosting rounds: the members are trained by boosting instead of by {given}.",
        "zh": "提升法的投票需要提升轮次：成员改为用提升法训练，而不是按 {given}。",
    },
    "fusion.note.stacking_kind": {
        "en": "Stacking needs fold models, which {given} members do not have: the soft vote is used.",
        "zh": "堆叠需要各折的模型，而 {given} 成员没有：改用软投票。",
    },
    "fusion.msg.starting": {"en": "Starting a worker…", "zh": "正在启动后台进程……"},
    "fusion.msg.press_train": {"en": "Press Train to start.", "zh": "点击“训练”开始。"},
    "fusion.msg.finished": {"en": "Training finished.", "zh": "训练完成。"},
    "fusion.msg.diverged": {
        "en": "Training diverged (the loss is not a number): lower the learning rate and press Reset.",
        "zh": "训练发散（损失不是数值）：请降低学习率并点击“重置”。",
    },
    "fusion.msg.error": {
        "en": "The job failed in its worker; press Reset to start again.",
        "zh": "后台任务出错；请点击“重置”重新开始。",
    },
    "fusion.msg.lost": {
        "en": "This ensemble is gone (its worker restarted or it was idle too long); press Reset.",
        "zh": "这个集成已不存在（后台进程重启或闲置过久）；请点击“重置”。",
    },
    "fusion.msg.idle_paused": {
        "en": "Paused because nobody was watching; press Train to go on.",
        "zh": "因无人查看已暂停；点击“训练”继续。",
    },
    # data sets
    "fusion.ds.moons": {"en": "Two moons", "zh": "双月形"},
    "fusion.ds.moons.summary": {"en": "Two interleaved half circles.", "zh": "两个交错的半圆。"},
    "fusion.ds.circle": {"en": "Circle", "zh": "圆形"},
    "fusion.ds.circle.summary": {"en": "A disc inside a ring.", "zh": "圆环中的圆盘。"},
    "fusion.ds.spiral": {"en": "Spiral", "zh": "螺旋"},
    "fusion.ds.spiral.summary": {"en": "Two interleaved spiral arms.", "zh": "两条交错的螺旋臂。"},
    "fusion.ds.blobs": {"en": "Blobs (2–5 classes)", "zh": "团簇（2–5 类）"},
    "fusion.ds.blobs.summary": {"en": "Gaussian blobs, one per class.", "zh": "高斯团簇，每类一个。"},
    "fusion.ds.xor": {"en": "Exclusive or", "zh": "异或"},
    "fusion.ds.xor.summary": {"en": "Opposite quadrants share a class.", "zh": "对角象限属于同一类。"},
    "fusion.ds.gauss": {"en": "Two Gaussians", "zh": "两个高斯分布"},
    "fusion.ds.gauss.summary": {"en": "Two overlapping Gaussian clouds.", "zh": "两团相互重叠的高斯点云。"},
    "fusion.ds.digits": {"en": "Digits (64 features)", "zh": "手写数字（64 个特征）"},
    "fusion.ds.digits.summary": {
        "en": "scikit-learn's 8×8 handwritten digits.",
        "zh": "scikit-learn 的 8×8 手写数字。",
    },
    # member kinds
    "fusion.kind.seed": {"en": "Seed only", "zh": "仅随机种子"},
    "fusion.kind.seed.summary": {
        "en": "Same data, same batches, same shape: only the initial weights differ.",
        "zh": "相同的数据、相同的批次、相同的结构：只有初始权重不同。",
    },
    "fusion.kind.bagging": {"en": "Bagging (bootstrap)", "zh": "装袋（自助采样）"},
    "fusion.kind.bagging.summary": {
        "en": "Each member trains on its own bootstrap sample (rows drawn with replacement; ~37 % left out).",
        "zh": "每个成员在自己的自助样本上训练（有放回抽样，约 37% 的样本未被抽到）。",
    },
    "fusion.kind.width_act": {"en": "Width and activation", "zh": "宽度与激活函数"},
    "fusion.kind.width_act.summary": {
        "en": "Members cycle through widths (×1, ×½, ×2, ×¾) and activations (ReLU, tanh, GELU, sigmoid).",
        "zh": "成员轮流使用不同宽度（×1、×½、×2、×¾）和激活函数（ReLU、tanh、GELU、sigmoid）。",
    },
    "fusion.kind.snapshot": {"en": "Snapshots of one run", "zh": "单次训练的快照"},
    "fusion.kind.snapshot.summary": {
        "en": "One network, K cycles of a cosine-annealed learning rate; each cycle's end is a member.",
        "zh": "一个网络，K 个余弦退火学习率周期；每个周期结束时的权重是一个成员。",
    },
    "fusion.kind.boosting": {"en": "Boosting rounds", "zh": "提升轮次"},
    "fusion.kind.boosting.summary": {
        "en": "Members train one after another; rows the last ones got wrong weigh more (AdaBoost-SAMME).",
        "zh": "成员依次训练；前面成员判错的样本权重更大（AdaBoost-SAMME）。",
    },
    # rules
    "fusion.rule.hard": {"en": "Hard vote", "zh": "硬投票"},
    "fusion.rule.hard.summary": {
        "en": "Each member votes for one class; the majority wins.",
        "zh": "每个成员投给一个类别；多数获胜。",
    },
    "fusion.rule.soft": {"en": "Soft vote", "zh": "软投票"},
    "fusion.rule.soft.summary": {"en": "The mean of the members' probabilities.", "zh": "成员概率的平均值。"},
    "fusion.rule.weighted": {"en": "Weighted vote", "zh": "加权投票"},
    "fusion.rule.weighted.summary": {
        "en": "A soft vote weighted by each member's accuracy on the validation part.",
        "zh": "按每个成员在验证集上的准确率加权的软投票。",
    },
    "fusion.rule.stacking": {"en": "Stacking", "zh": "堆叠"},
    "fusion.rule.stacking.summary": {
        "en": "A logistic regression learns to combine the members from out-of-fold predictions.",
        "zh": "逻辑回归从折外预测中学习如何组合各成员。",
    },
    "fusion.rule.boosting": {"en": "Boosting (SAMME)", "zh": "提升（SAMME）"},
    "fusion.rule.boosting.summary": {
        "en": "Each round votes with weight log((1−err)/err) + log(C−1) from its weighted training error.",
        "zh": "每一轮以 log((1−err)/err) + log(C−1) 为权重投票，err 是它的加权训练误差。",
    },
}
