"""Fusion studio: the ensemble's live views (counters, regions, scores, calibration, diversity)."""

STRINGS: dict[str, dict[str, str]] = {
    "fusion.view": {"en": "View", "zh": "视图"},
    "fusion.legend.class": {"en": "true class", "zh": "真实类别"},
    "fusion.tab.regions": {"en": "Decision regions", "zh": "决策区域"},
    "fusion.tab.scores": {"en": "Scores and curves", "zh": "得分与曲线"},
    "fusion.tab.calibration": {"en": "Calibration", "zh": "校准"},
    "fusion.tab.diversity": {"en": "Diversity and Condorcet", "zh": "多样性与孔多塞"},
    "fusion.tab.bias_variance": {"en": "Bias and variance", "zh": "偏差与方差"},
    "fusion.tab.multi_input": {"en": "Two-input model", "zh": "双输入模型"},
    "fusion.tab.challenges": {"en": "Challenges", "zh": "挑战"},
    "fusion.tab.export": {"en": "Export", "zh": "导出"},
    "fusion.m.epoch": {"en": "Epoch", "zh": "轮次"},
    "fusion.m.speed": {"en": "Member-steps/s", "zh": "成员步数/秒"},
    "fusion.m.speed_help": {
        "en": "Mini-batch steps per second summed over every network trained at once (members and fold models), "
        "all batched in one module.",
        "zh": "每秒的小批量训练步数，对同时训练的所有网络（成员与各折模型）求和，它们在一个模块中批量计算。",
    },
    "fusion.m.best": {"en": "Best member", "zh": "最佳成员"},
    "fusion.m.fused_acc": {"en": "Fused accuracy", "zh": "融合准确率"},
    "fusion.m.nll": {"en": "Fused NLL", "zh": "融合 NLL"},
    "fusion.m.ece": {"en": "Fused ECE", "zh": "融合 ECE"},
    "fusion.fused_title": {"en": "Fused: {rule}", "zh": "融合：{rule}"},
    "fusion.members_title": {"en": "Every member (title: its test accuracy)", "zh": "每个成员（标题：其测试准确率）"},
    "fusion.axis.pc1": {"en": "principal component 1", "zh": "第一主成分"},
    "fusion.axis.pc2": {"en": "principal component 2", "zh": "第二主成分"},
    "fusion.axis.epoch": {"en": "epoch", "zh": "轮次"},
    "fusion.regions_caption": {
        "en": "Colour: the predicted class; strength: the confidence (white is a coin toss). Dots: test points in "
        "their true class. All scores on this page are on the test part, which no member saw.",
        "zh": "颜色：预测类别；深浅：置信度（白色表示无法判断）。圆点：测试点，颜色为真实类别。"
        "本页所有得分都在测试集上计算，没有任何成员见过这些数据。",
    },
    "fusion.regions_caption_projected": {
        "en": "Digits have 64 features: the regions are a 2-D slice, the plane of the first two principal "
        "components, each point mapped back to a 64-pixel image for the members to classify. Dots: test digits "
        "projected on that plane. Scores are on all 64 features of the test part.",
        "zh": "手写数字有 64 个特征：这里的区域只是一个二维切片，即前两个主成分构成的平面，平面上每个点都被映射回"
        "64 像素图像交给成员分类。圆点：投影到该平面的测试数字。得分使用测试集的全部 64 个特征。",
    },
    "fusion.rule_unavailable": {
        "en": "{rule} needs members trained for it (fold models or boosting rounds); the soft vote is shown.",
        "zh": "{rule}需要为它训练的成员（各折模型或提升轮次）；此处显示软投票。",
    },
    "fusion.col.model": {"en": "Model", "zh": "模型"},
    "fusion.col.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "fusion.col.nll": {"en": "NLL", "zh": "NLL"},
    "fusion.col.ece": {"en": "ECE", "zh": "ECE"},
    "fusion.row.fused": {"en": "fused · {rule}", "zh": "融合 · {rule}"},
    "fusion.row.member": {"en": "member {n} ({width} {act})", "zh": "成员 {n}（{width} {act}）"},
    "fusion.scores_caption": {
        "en": "{nets} networks train at once: {members} members plus stacking's fold models. NLL: mean negative "
        "log-likelihood of the true class (lower is better); ECE: expected calibration error.",
        "zh": "同时训练 {nets} 个网络：{members} 个成员加上堆叠的各折模型。NLL：真实类别的平均负对数似然（越低越好）；"
        "ECE：期望校准误差。",
    },
    "fusion.alphas": {
        "en": "Boosting votes (alpha per round): {alphas}",
        "zh": "提升法各轮投票权重（alpha）：{alphas}",
    },
    "fusion.h.title": {"en": "Test accuracy while training", "zh": "训练过程中的测试准确率"},
    "fusion.h.member_acc": {"en": "mean member", "zh": "成员平均"},
    "fusion.h.soft_acc": {"en": "soft vote", "zh": "软投票"},
    "fusion.rel.title": {"en": "Reliability diagram (test part)", "zh": "可靠性图（测试集）"},
    "fusion.rel.members": {"en": "members (pooled)", "zh": "成员（合并）"},
    "fusion.rel.ideal": {"en": "perfectly calibrated", "zh": "完美校准"},
    "fusion.rel.confidence": {"en": "confidence", "zh": "置信度"},
    "fusion.rel.accuracy": {"en": "accuracy in the bin", "zh": "该区间的准确率"},
    "fusion.rel.summary": {
        "en": "Members on average: accuracy {acc_m}, NLL {nll_m}, ECE {ece_m}. Fused: accuracy {acc_f}, NLL "
        "{nll_f}, ECE {ece_f}.",
        "zh": "成员平均：准确率 {acc_m}，NLL {nll_m}，ECE {ece_m}。融合后：准确率 {acc_f}，NLL {nll_f}，ECE {ece_f}。",
    },
    "fusion.rel.caption": {
        "en": "Each point is a bin of 1/15 of confidence (the bigger, the more points): how often predictions that "
        "sure were right. Below the diagonal is over-confident. On easy data an ensemble mostly buys calibration "
        "and NLL, not accuracy.",
        "zh": "每个点是置信度的 1/15 区间（点越大，样本越多）：这么有把握的预测有多少是对的。"
        "低于对角线表示过度自信。"
        "在简单数据上，集成主要改善校准和 NLL，而不是准确率。",
    },
    "fusion.div.disagree": {"en": "Pairwise disagreement", "zh": "两两分歧率"},
    "fusion.div.errcorr": {"en": "Error correlation", "zh": "错误相关性"},
    "fusion.div.hover": {"en": "members %{y} and %{x}: %{z:.3f}", "zh": "成员 %{y} 与 %{x}：%{z:.3f}"},
    "fusion.div.summary": {
        "en": "Mean disagreement between two members: {d}; mean correlation of their errors: {r}. A vote fixes a "
        "member's mistake only where the others do not make it too.",
        "zh": "两个成员之间的平均分歧率：{d}；错误的平均相关系数：{r}。只有其他成员不犯同样的错误时，投票才能纠正它。",
    },
    "fusion.cond.title": {"en": "Accuracy of the first k members' vote", "zh": "前 k 个成员投票的准确率"},
    "fusion.cond.k": {"en": "members in the vote (k)", "zh": "参与投票的成员数（k）"},
    "fusion.cond.independent": {
        "en": "independent voters of accuracy {p} (Condorcet)",
        "zh": "准确率为 {p} 的独立投票者（孔多塞）",
    },
    "fusion.cond.caption": {
        "en": "Condorcet's jury theorem: if voters were independent, a majority of 60 % voters would climb "
        "(3 → 65 %, 11 → 75 %). Real members make correlated mistakes, so their curve stays lower: the gap is "
        "the correlation. Identical members gain nothing.",
        "zh": "孔多塞陪审团定理：如果投票者彼此独立，准确率 60% 的投票者多数表决会不断上升（3 人 → 65%，11 人 → 75%）。"
        "真实成员的错误是相关的，所以它们的曲线更低：差距就是相关性。完全相同的成员毫无收益。",
    },
    "fusion.cond.caption_multi": {
        "en": "The Condorcet curve is the two-class formula (a majority of right votes); with more classes a "
        "plurality can win with fewer right votes, so it is a rough guide here. The gap is still the correlation.",
        "zh": "孔多塞曲线使用两类公式（正确票过半）；类别更多时，相对多数用更少的正确票也能获胜，所以这里只是粗略参考。"
        "差距仍然来自相关性。",
    },
}
