"""Fusion studio: bias–variance, the two-input model, challenges and exports."""

STRINGS: dict[str, dict[str, str]] = {
    "fusion.bv.intro": {
        "en": "Bias and variance belong to a training *procedure*, not to one fitted net. Here eight training sets "
        "of y = sin(1.5x) + noise are drawn; on each, one network is trained, and B networks on bootstrap samples "
        "of it (bagging). Over the eight sets: bias² is how far the mean fit is from the truth, variance how much "
        "the fits spread. Bagging shrinks the variance; the bias stays.",
        "zh": "偏差和方差属于一种训练*方法*，而不是某一个训练好的网络。这里抽取 8 个 y = sin(1.5x) + 噪声 的训练集；"
        "在每个训练集上训练一个网络，并在它的自助样本上训练 B 个网络（装袋）。"
        "在这 8 个训练集上：偏差² 是平均拟合与真值的距离，"
        "方差是各次拟合的分散程度。装袋减小方差，偏差基本不变。",
    },
    "fusion.bv.noise": {"en": "Noise (standard deviation)", "zh": "噪声（标准差）"},
    "fusion.bv.bags": {"en": "Bagged networks (B)", "zh": "装袋网络数（B）"},
    "fusion.bv.points": {"en": "Points per training set", "zh": "每个训练集的点数"},
    "fusion.bv.single": {"en": "One network", "zh": "单个网络"},
    "fusion.bv.bagged": {"en": "Bagged ({b} networks)", "zh": "装袋（{b} 个网络）"},
    "fusion.bv.fits": {"en": "fit on one training set", "zh": "在一个训练集上的拟合"},
    "fusion.bv.mean": {"en": "mean over training sets", "zh": "各训练集的平均"},
    "fusion.bv.truth": {"en": "truth sin(1.5x)", "zh": "真值 sin(1.5x)"},
    "fusion.bv.points_one": {"en": "training set 1", "zh": "训练集 1"},
    "fusion.bv.model": {"en": "Procedure", "zh": "方法"},
    "fusion.bv.bias2": {"en": "bias²", "zh": "偏差²"},
    "fusion.bv.variance": {"en": "variance", "zh": "方差"},
    "fusion.bv.error": {"en": "expected error (+ noise)", "zh": "期望误差（含噪声）"},
    "fusion.bv.caption": {
        "en": "Trained {progress} of the way; {nets} networks in one batched module. Expected squared error = "
        "bias² + variance + noise ({noise}).",
        "zh": "训练进度 {progress}；{nets} 个网络在一个批量模块中训练。期望平方误差 = 偏差² + 方差 + 噪声（{noise}）。",
    },
    "fusion.mi.intro": {
        "en": "The seed's multi-input model: two `Input`s, a `Dense` on each, concatenated, then a head. Its two "
        "inputs here are two views of a digit: the left and the right half (8×4 pixels each). Three ways to fuse "
        "them train side by side: **early** (concatenate the inputs), **mid** (the seed's), **late** (one model per "
        "view, average their probabilities). Ablation zeroes one view: what does each half contribute?",
        "zh": "教材中的多输入模型：两个 `Input`，各接一个 `Dense`，拼接后接输出层。这里的两个输入是一个数字的两个视角："
        "左半边和右半边（各 8×4 像素）。三种融合方式同时训练：**早期融合**（拼接输入）、**中期融合**（教材的写法）、"
        "**后期融合**（每个视角一个模型，平均它们的概率）。消融实验把一个视角置零：每一半各贡献了多少？",
    },
    "fusion.mi.keras": {"en": "The seed (Keras)", "zh": "教材原文（Keras）"},
    "fusion.mi.pytorch": {
        "en": "The same model in PyTorch (as trained here)",
        "zh": "同一个模型的 PyTorch 写法（本页训练的）",
    },
    "fusion.mi.width": {"en": "Units per branch", "zh": "每个分支的单元数"},
    "fusion.mi.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "fusion.mi.early": {"en": "early fusion", "zh": "早期融合"},
    "fusion.mi.mid": {"en": "mid fusion (seed)", "zh": "中期融合（教材）"},
    "fusion.mi.late": {"en": "late fusion", "zh": "后期融合"},
    "fusion.mi.abl.title": {
        "en": "Test accuracy with both views, and with one zeroed",
        "zh": "两个视角都用、以及置零一个视角时的测试准确率",
    },
    "fusion.mi.abl.both": {"en": "both halves", "zh": "两半都用"},
    "fusion.mi.abl.left_only": {"en": "left half only", "zh": "只用左半"},
    "fusion.mi.abl.right_only": {"en": "right half only", "zh": "只用右半"},
    "fusion.mi.curves": {"en": "Test accuracy while training", "zh": "训练过程中的测试准确率"},
    "fusion.mi.caption": {
        "en": "Epoch {epoch} of {epochs}. Parameters: {sizes}. Zeroing a half of a model trained on both is not "
        "the same as a model trained on one half: it shows what the trained model leans on.",
        "zh": "第 {epoch} / {epochs} 轮。参数量：{sizes}。把用两半训练的模型置零一半，与只用一半训练的模型不同："
        "它显示的是训练好的模型依赖什么。",
    },
    "fusion.ch.intro": {
        "en": "Guided tasks with a check. Load a challenge's start, change what you like, train, and the check "
        "below tells you when you are there (scores on the test part).",
        "zh": "带检查的引导任务。载入挑战的初始设置，随意修改，开始训练，"
        "下方的检查会告诉你是否完成（得分基于测试集）。",
    },
    "fusion.ch.unfinished": {
        "en": "Train this ensemble to the end: the check reads the finished members.",
        "zh": "请把这个集成训练完：检查读取的是训练完成的成员。",
    },
    "fusion.ch.pick": {"en": "Challenge", "zh": "挑战"},
    "fusion.ch.load": {"en": "Load its start", "zh": "载入初始设置"},
    "fusion.ch.soft_beats_best": {"en": "A vote above its members", "zh": "胜过成员的投票"},
    "fusion.ch.soft_beats_best.summary": {
        "en": "On noisy moons (noise ≥ 0.3), make five members whose soft vote is at least 2 points above their mean "
        "test accuracy and not below the best of them. Hint: what makes members differ, and how weak may they be?",
        "zh": "在有噪声的双月数据（噪声 ≥ 0.3）上，做出 5 个成员，使它们的软投票比成员平均测试准确率至少高 2 个百分点，"
        "且不低于其中最好的成员。提示：是什么让成员各不相同？它们可以弱到什么程度？",
    },
    "fusion.ch.soft_beats_best.pass": {
        "en": "Done: the soft vote is {gain} points above the mean member and {edge} against the best.",
        "zh": "完成：软投票比成员平均高 {gain} 个百分点，相对最佳成员为 {edge}。",
    },
    "fusion.ch.soft_beats_best.progress": {
        "en": "Soft vote against the mean member: {gain} points (needed: +2.0); against the best: {edge} (needed: "
        "≥ 0); with moons, noise ≥ 0.3 and five members.",
        "zh": "软投票相对成员平均：{gain} 个百分点（要求 +2.0）；相对最佳成员：{edge}（要求 ≥ 0）；"
        "需使用双月数据、噪声 ≥ 0.3、5 个成员。",
    },
    "fusion.ch.soft_worse_than_hard": {"en": "Soft worse than hard", "zh": "软投票不如硬投票"},
    "fusion.ch.soft_worse_than_hard.summary": {
        "en": "Find a setup where the soft vote is *less* accurate than the hard vote. Hint: one over-confident "
        "member can outvote a calm majority when probabilities are averaged.",
        "zh": "找到一个软投票准确率*低于*硬投票的设置。提示：平均概率时，一个过度自信的成员可能压过冷静的多数。",
    },
    "fusion.ch.soft_worse_than_hard.pass": {
        "en": "Found: the hard vote is {gap} points above the soft vote.",
        "zh": "找到了：硬投票比软投票高 {gap} 个百分点。",
    },
    "fusion.ch.soft_worse_than_hard.progress": {
        "en": "Hard minus soft: {gap} points (needed: above 0, training finished).",
        "zh": "硬投票减软投票：{gap} 个百分点（要求：大于 0，训练完成）。",
    },
    "fusion.ch.calibrate_digits": {"en": "Cut the digits' NLL by a quarter", "zh": "把手写数字的 NLL 降低四分之一"},
    "fusion.ch.calibrate_digits.summary": {
        "en": "On digits, make the soft vote's NLL at least 25 % lower than the mean member's, whatever the accuracy.",
        "zh": "在手写数字上，让软投票的 NLL 比成员平均 NLL 至少低 25%，不论准确率如何。",
    },
    "fusion.ch.calibrate_digits.pass": {
        "en": "Done: the soft vote's NLL is {cut} lower.",
        "zh": "完成：软投票的 NLL 低了 {cut}。",
    },
    "fusion.ch.calibrate_digits.progress": {
        "en": "NLL cut so far: {cut} (needed: 25 % on digits, training finished).",
        "zh": "目前 NLL 降低：{cut}（要求：手写数字上 25%，训练完成）。",
    },
    "fusion.ch.stacking_wins": {"en": "Make stacking win", "zh": "让堆叠胜出"},
    "fusion.ch.stacking_wins.summary": {
        "en": "Find members for which stacking's learned combination beats hard, soft and weighted votes alike. "
        "Hint: members of different shapes are good at different things.",
        "zh": "找到一组成员，使堆叠学到的组合同时胜过硬投票、软投票和加权投票。提示：结构不同的成员擅长不同的东西。",
    },
    "fusion.ch.stacking_wins.pass": {
        "en": "Done: stacking leads the best vote by {lead} points.",
        "zh": "完成：堆叠比最好的投票高 {lead} 个百分点。",
    },
    "fusion.ch.stacking_wins.progress": {
        "en": "Stacking minus the best vote: {lead} points (needed: above 0, training finished).",
        "zh": "堆叠减最好的投票：{lead} 个百分点（要求：大于 0，训练完成）。",
    },
    "fusion.tab.speed": {"en": "Loop or batch", "zh": "循环还是批量"},
    "fusion.speed.intro": {
        "en": "The members on this page train as one batched module: one matrix multiply per layer for all of "
        "them. Here K = {k} nets of width {w} train both ways on this machine, a Python loop of K modules and K "
        "optimizers against one stacked module, with the same batches and the same Adam, in alternating slices.",
        "zh": "本页的成员作为一个批量模块训练：每层一次矩阵乘法算完所有成员。这里 K = {k} 个宽度为 {w} 的网络在本机上"
        "用两种方式训练：K 个模块和 K 个优化器的 Python 循环，对比一个堆叠模块；批次相同、Adam 相同，交替分片运行。",
    },
    "fusion.speed.loop": {"en": "Python loop over members", "zh": "逐个成员的 Python 循环"},
    "fusion.speed.batched": {"en": "one batched module", "zh": "一个批量模块"},
    "fusion.speed.title": {"en": "Member-steps per second", "zh": "每秒成员步数"},
    "fusion.speed.caption": {
        "en": "Batched is {ratio}× the loop ({batched} against {loop} member-steps/s; measured {progress} of the "
        "way). Other users of this machine slow both sides alike.",
        "zh": "批量是循环的 {ratio} 倍（{batched} 对 {loop} 成员步数/秒；已测量 {progress}）。"
        "本机上的其他用户会同等地拖慢两边。",
    },
    "fusion.export.intro": {
        "en": "The members' weights (one file of state_dicts that loads with `torch.load(weights_only=True)`), the "
        "report (every member and rule, CSV or JSON) and the setup.",
        "zh": "成员权重（一个包含各 state_dict 的文件，可用 `torch.load(weights_only=True)` 加载）、"
        "报告（每个成员和规则，CSV 或 JSON）以及设置。",
    },
    "fusion.export.weights": {"en": "Members' weights", "zh": "成员权重"},
    "fusion.export.csv": {"en": "Report (CSV)", "zh": "报告（CSV）"},
    "fusion.export.json": {"en": "Report (JSON)", "zh": "报告（JSON）"},
    "fusion.export.config": {"en": "Setup (JSON)", "zh": "设置（JSON）"},
}
