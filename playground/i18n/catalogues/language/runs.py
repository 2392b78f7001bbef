"""The language lab's live runs, explanations, model insides, probes, pretraining note and exports."""

STRINGS: dict[str, dict[str, str]] = {
    "language.no_runs": {
        "en": "No run yet: choose data, tokens and a model, then press Train. Training runs in the background; "
        "you can keep exploring while it does.",
        "zh": "还没有运行：选择数据、词元和模型，然后点击“训练”。训练在后台进行，期间你可以继续浏览。",
    },
    "language.col.run": {"en": "Run", "zh": "运行"},
    "language.col.status": {"en": "Status", "zh": "状态"},
    "language.col.epoch": {"en": "Epoch", "zh": "轮次"},
    "language.col.accuracy": {"en": "Test accuracy", "zh": "测试准确率"},
    "language.col.epoch_s": {"en": "Seconds / epoch", "zh": "每轮秒数"},
    "language.col.params": {"en": "Parameters", "zh": "参数量"},
    "language.col.vocab": {"en": "Vocabulary", "zh": "词表大小"},
    "language.col.oov": {"en": "Unknown in test", "zh": "测试未登录词"},
    "language.col.prediction": {"en": "Prediction", "zh": "预测"},
    "language.col.p_positive": {"en": "P(positive)", "zh": "P(正面)"},
    "language.col.cosine": {"en": "Cosine similarity", "zh": "余弦相似度"},
    "language.col.kind": {"en": "Kind", "zh": "类型"},
    "language.col.expected": {"en": "Expected", "zh": "期望"},
    "language.status.preparing": {"en": "preparing data", "zh": "准备数据中"},
    "language.status.queued": {"en": "cluster full: number {n} in the queue", "zh": "集群已满：排队第 {n} 位"},
    "language.status.training": {"en": "training", "zh": "训练中"},
    "language.status.finished": {"en": "finished", "zh": "已完成"},
    "language.status.idle": {"en": "waiting", "zh": "等待中"},
    "language.status.running": {"en": "training", "zh": "训练中"},
    "language.status.paused": {"en": "paused", "zh": "已暂停"},
    "language.status.diverged": {"en": "diverged", "zh": "已发散"},
    "language.status.error": {"en": "failed", "zh": "失败"},
    "language.status.crashed": {"en": "worker crashed", "zh": "工作进程崩溃"},
    "language.status.gone": {"en": "freed", "zh": "已释放"},
    "language.lost": {
        "en": "Run {run} is no longer in the server (freed or its worker stopped). Train it again.",
        "zh": "运行 {run} 已不在服务器中（被释放或其工作进程已停止）。请重新训练。",
    },
    "language.curve": {"en": "Curve", "zh": "曲线"},
    "language.metric.test_acc": {"en": "Test accuracy", "zh": "测试准确率"},
    "language.metric.test_loss": {"en": "Test loss", "zh": "测试损失"},
    "language.metric.train_loss": {"en": "Training loss", "zh": "训练损失"},
    "language.metric.epoch_s": {"en": "Seconds per epoch", "zh": "每轮秒数"},
    "language.unknown_token": {"en": "unknown to this model's vocabulary", "zh": "此模型的词表中没有这个词元"},
    "language.unknown_count": {
        "en": "{n} token(s) struck through are unknown to the vocabulary and count as <unk>.",
        "zh": "划线的 {n} 个词元不在词表中，按 <unk> 处理。",
    },
    "language.colour_note.linear": {
        "en": "Blue pushes towards positive, orange towards negative; the strength is the token's exact "
        "contribution (its TF-IDF weight × its weight difference). Point at a token for the number.",
        "zh": "蓝色推向正面，橙色推向负面；颜色深浅是该词元的精确贡献（TF-IDF 权重 × 权重差）。"
        "把鼠标移到词元上可看数值。",
    },
    "language.colour_note.saliency": {
        "en": "Blue pushes towards positive, orange towards negative: gradient × input, a first-order estimate "
        "of each token's part (exact only for a linear model). Point at a token for the number.",
        "zh": "蓝色推向正面，橙色推向负面：梯度 × 输入，是每个词元作用的一阶估计（只有线性模型才精确）。"
        "把鼠标移到词元上可看数值。",
    },
    "language.attention_note": {
        "en": "Where the [CLS] slot looks (its attention, averaged over heads and layers), then every head's full "
        "map: row = the token that looks, column = the token it looks at; each row sums to one.",
        "zh": "[CLS] 位置在看哪里（其注意力在所有头和层上的平均），下面是每个头的完整注意力图："
        "行 = 发出注意的词元，列 = 被注意的词元；每一行之和为一。",
    },
    "language.attention_title": {"en": "layer {layer} · head {head}", "zh": "第 {layer} 层 · 第 {head} 个头"},
    "language.weights_note": {
        "en": "The logistic regression's strongest tokens: its weight for positive minus its weight for negative.",
        "zh": "逻辑回归中作用最强的词元：正面权重减去负面权重。",
    },
    "language.weights_positive": {"en": "Towards positive", "zh": "推向正面"},
    "language.weights_negative": {"en": "Towards negative", "zh": "推向负面"},
    "language.pca_note": {
        "en": "The {n} most frequent tokens' learned vectors on their first two principal axes (PCA). Tokens used "
        "alike end up close together.",
        "zh": "最常见的 {n} 个词元的学习向量在前两个主成分轴上的投影（PCA）。用法相近的词元会靠在一起。",
    },
    "language.neighbour": {"en": "Nearest neighbours of the token", "zh": "该词元的最近邻"},
    "language.neighbour_unknown": {
        "en": "This token is not in the model's vocabulary.",
        "zh": "这个词元不在模型的词表中。",
    },
    "language.true": {"en": "true label", "zh": "真实标签"},
    "language.predicted": {"en": "predicted", "zh": "预测"},
    "language.mistakes": {"en": "Misclassified test texts, worst first", "zh": "分错的测试文本（最严重的在前）"},
    "language.mistakes_note": {
        "en": "Choose a row to see its tokens coloured (and, for a Transformer, its attention). Some 'mistakes' "
        "are label noise: read the text.",
        "zh": "选择一行即可看到它的词元着色（Transformer 还会显示注意力）。有些“错误”其实是标签噪声：读一读原文。",
    },
    "language.mistake_of": {
        "en": "Labelled **{truth}**, the model said **{said}**.",
        "zh": "标签为**{truth}**，模型判断为**{said}**。",
    },
    "language.probes_intro": {
        "en": "Short English sentences where word order matters: 'not good' (negation) and 'good but expensive' "
        "(the clause after 'but' decides). A bag of words sees the same words either way.",
        "zh": "一些词序很重要的英文短句：“not good”（否定）和“good but expensive”（“but”后面的分句起决定作用）。"
        "词袋模型无论词序如何看到的都是同样的词。",
    },
    "language.probes_need_en": {
        "en": "Train at least one model on 'English sentences (synthetic)' to run the probes.",
        "zh": "请至少在“英文句子（合成）”上训练一个模型，才能运行探针。",
    },
    "language.probe.negation": {"en": "negation", "zh": "否定"},
    "language.probe.contrast": {"en": "contrast", "zh": "转折"},
    "language.probe.plain": {"en": "plain", "zh": "普通"},
    "language.probe.right": {"en": "right · P(positive) {p:.0%}", "zh": "正确 · P(正面) {p:.0%}"},
    "language.probe.wrong": {"en": "WRONG · P(positive) {p:.0%}", "zh": "错误 · P(正面) {p:.0%}"},
    "language.pretraining": {
        "en": "**The honest gap.** Measured on these Chinese reviews: character 1–2-gram TF-IDF + logistic regression "
        "reaches about 84–86 % in seconds; a two-layer Transformer trained from scratch about 80 % after minutes. "
        "Pretrained BERT-size models reach 91–93 % on comparable English sentiment sets. The difference is "
        "**pretraining**: before seeing one labelled review, BERT read billions of words to predict masked ones, so "
        "it already knows which words are alike, how negation works and what 'but' does. Our Transformer must learn "
        "all of that from 14,000 short reviews. The curriculum's example loads such a model as below; it needs "
        "about 440 MB of downloaded weights, so this app shows the code and does not run it.",
        "zh": "**坦白说差距在哪里**。在这些中文评论上实测：字 1–2 元语法 TF-IDF + 逻辑回归几秒钟就能达到约 84–86%；"
        "从零训练的两层 Transformer 训练几分钟后约 80%。预训练的 BERT 级模型在类似的英文情感数据集上能达到 91–93%。"
        "差别就在于**预训练**：在看到任何一条带标签的评论之前，BERT 已经读了数十亿个词来预测被遮住的词，"
        "因此它已经知道哪些词相近、否定如何起作用、“但是”意味着什么。"
        "我们的 Transformer 必须只从 14,000 条短评论中学会这一切。"
        "课程中的示例按下面的方式加载这样的模型；它需要下载约 440 MB 的权重，所以本应用只展示代码，不运行它。",
    },
    "language.pretraining_not_run": {
        "en": "Shown as text only: the transformers library is not imported and nothing is downloaded.",
        "zh": "仅作为文本展示：不会导入 transformers 库，也不会下载任何东西。",
    },
    "language.export.weights": {"en": "Weights (.pt)", "zh": "权重（.pt）"},
    "language.export.vocab": {"en": "Vocabulary (JSON)", "zh": "词表（JSON）"},
    "language.export.history": {"en": "History (CSV)", "zh": "训练历史（CSV）"},
    "language.export.config": {"en": "Settings (JSON)", "zh": "设置（JSON）"},
    "language.export.all_history": {"en": "Every run's history (CSV)", "zh": "所有运行的训练历史（CSV）"},
    "language.export_note": {
        "en": "The weights are a state_dict: open it with torch.load(path, weights_only=True). The vocabulary lists "
        "the tokens by id (0 padding, 1 <unk>, 2 [CLS]) with their IDF.",
        "zh": "权重是一个 state_dict：用 torch.load(path, weights_only=True) 打开。词表按编号列出词元"
        "（0 为填充，1 为 <unk>，2 为 [CLS]）及其 IDF。",
    },
}
