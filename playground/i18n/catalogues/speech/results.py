"""Texts of the speech lab's results, try-it and export steps."""

STRINGS: dict[str, dict[str, str]] = {
    "speech.set.seen": {"en": "Seen voices, new take (clean)", "zh": "已见声音，新录音（干净）"},
    "speech.set.unseen": {"en": "Unseen voices (clean)", "zh": "未见声音（干净）"},
    "speech.set.snr": {"en": "Unseen voices, noise at {snr} dB SNR", "zh": "未见声音，信噪比 {snr} dB 的噪声"},
    "speech.col.test_set": {"en": "Test set", "zh": "测试集"},
    "speech.col.gain": {"en": "Augmentation gain (points)", "zh": "增强带来的提升（百分点）"},
    "speech.results.press": {
        "en": "Press “Train both runs” above: the table of both runs appears here.",
        "zh": "请按上方的“训练两次”：两次训练的结果表会显示在这里。",
    },
    "speech.results.wait": {
        "en": "The runs are training; their final results appear here when both finish.",
        "zh": "正在训练；两次训练都结束后，最终结果会显示在这里。",
    },
    "speech.results.older": {
        "en": "These results are from the last finished runs, with other settings than now.",
        "zh": "这些结果来自上一次完成的训练，其设置与当前不同。",
    },
    "speech.results.headline": {
        "en": "At 10 dB SNR on unseen voices: **{plain}** without augmentation, **{augmented}** with it (clean, "
        "unseen voices: {clean} without).",
        "zh": "未见声音、信噪比 10 dB：无增强 **{plain}**，有增强 **{augmented}**"
        "（未见声音干净音频上无增强为 {clean}）。",
    },
    "speech.cm.run": {"en": "Run", "zh": "训练"},
    "speech.cm.set": {"en": "Test set", "zh": "测试集"},
    "speech.cm.title": {"en": "{run} · {set}", "zh": "{run} · {set}"},
    "speech.mistakes.title": {
        "en": "Misclassified clips: listen to what went wrong",
        "zh": "识别错误的片段：听听哪里出了错",
    },
    "speech.mistakes.none": {"en": "No mistakes on this test set.", "zh": "此测试集上没有错误。"},
    "speech.mistakes.count": {
        "en": "{n} of {total} clips misclassified; {shown} of them, spread over the set:",
        "zh": "{total} 个片段中有 {n} 个识别错误；以下是分布在整个测试集中的 {shown} 个：",
    },
    "speech.mistakes.item": {
        "en": "said {said}, heard {heard} · {voice}",
        "zh": "实际 {said}，识别为 {heard} · {voice}",
    },
    "speech.try.mic": {"en": "Record a digit", "zh": "录一个数字"},
    "speech.try.upload": {"en": "…or upload a sound file", "zh": "……或上传一个音频文件"},
    "speech.try.upload_help": {
        "en": "WAV, FLAC, OGG, MP3 or AIFF; the first 5 seconds are used, resampled to 8 kHz and centred.",
        "zh": "WAV、FLAC、OGG、MP3 或 AIFF；取前 5 秒，重采样到 8 kHz 并居中。",
    },
    "speech.try.hint": {
        "en": "Say one digit in English or Mandarin, then see what both models hear.",
        "zh": "用英语或普通话说一个数字，看看两个模型听到了什么。",
    },
    "speech.try.train_first": {
        "en": "Train both runs first to see their top-3 digits for this clip.",
        "zh": "先训练两次，才能看到它们对该片段的前三个数字。",
    },
    "speech.export.train_first": {
        "en": "The downloads appear once both runs have finished.",
        "zh": "两次训练都完成后会出现下载按钮。",
    },
    "speech.dl.weights": {"en": "{run}: weights (.pt)", "zh": "{run}：权重（.pt）"},
    "speech.dl.onnx": {"en": "{run}: ONNX", "zh": "{run}：ONNX"},
    "speech.dl.history": {"en": "History (CSV)", "zh": "训练历史（CSV）"},
    "speech.dl.config": {"en": "Settings (JSON)", "zh": "设置（JSON）"},
    "speech.dl.pipeline": {"en": "Augmentation pipeline (JSON)", "zh": "增强流水线（JSON）"},
    "speech.export.caption": {
        "en": "The weights load with torch.load(path, weights_only=True) into the model shown in step 2; the ONNX "
        "models take features shaped [n, bands, 64]; the pipeline file opens in the audio augmentation studio.",
        "zh": "权重可用 torch.load(path, weights_only=True) 加载到第 2 步所示的模型中；ONNX 模型的输入形状为 "
        "[n, 频带, 64]；流水线文件可在音频增强工作室中打开。",
    },
}
