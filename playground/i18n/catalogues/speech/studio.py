"""Texts of the speech lab's page: the data, the front ends, the model, the augmentation and the live runs."""

STRINGS: dict[str, dict[str, str]] = {
    "speech.title": {
        "en": "Speech lab: spoken digits, with and without augmentation",
        "zh": "语音实验室：有无数据增强的语音数字识别",
    },
    "speech.intro": {
        "en": "Train a small keyword spotter on the digits 0–9 spoken in English accents and in Mandarin, twice on "
        "the same seed: once on the clean clips, once with the audio augmentation studio's pipeline (noise, pitch, "
        "stretch, shift, SpecAugment). Then test both on voices they never heard, in noise.",
        "zh": "用英语多种口音和普通话朗读的数字 0–9 训练一个小型关键词识别器，同一随机种子训练两次：一次只用干净片段，"
        "一次使用音频增强工作室的流水线（噪声、音高、伸缩、平移、SpecAugment）。然后在从未听过的声音和噪声中测试两者。",
    },
    "speech.step.data": {"en": "1 · Spoken digits", "zh": "1 · 语音数字"},
    "speech.step.train": {"en": "2 · Model, augmentation and the two runs", "zh": "2 · 模型、数据增强与两次训练"},
    "speech.step.results": {"en": "3 · Clean, noisy and unseen voices", "zh": "3 · 干净、噪声与未见过的声音"},
    "speech.step.try": {"en": "4 · Say a digit", "zh": "4 · 说一个数字"},
    "speech.step.export": {"en": "5 · Take the models away", "zh": "5 · 导出模型"},
    "speech.words_pick": {"en": "Word sets", "zh": "词集"},
    "speech.words_help": {
        "en": "Which languages' digits to train and test on; both share the ten classes (five and 五 are one class).",
        "zh": "在哪些语言的数字上训练和测试；两种语言共用十个类别（five 与 五 是同一类）。",
    },
    "speech.front_end": {"en": "Front end (what the model is fed)", "zh": "前端（模型的输入）"},
    "speech.model_pick": {"en": "Model", "zh": "模型"},
    "speech.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "speech.batch_size": {"en": "Batch size", "zh": "批大小"},
    "speech.lr": {"en": "Learning rate (Adam)", "zh": "学习率（Adam）"},
    "speech.probability": {"en": "Augmentation probability", "zh": "增强概率"},
    "speech.probability_help": {
        "en": "Each training clip of each epoch is augmented with this chance and heard clean otherwise. At 1 the "
        "model never hears a clean clip; lower it to keep clean accuracy while staying robust to noise.",
        "zh": "每轮中的每个训练片段以此概率被增强，否则保持干净。设为 1 时模型从未听到干净片段；"
        "调低它可以在保持抗噪能力的同时保住干净音频上的准确率。",
    },
    "speech.pipeline_source": {"en": "Augmentation pipeline", "zh": "增强流水线"},
    "speech.pipeline_source_help": {
        "en": "The lab's recipe, or the pipeline you built in the audio augmentation studio (open it, build, come "
        "back).",
        "zh": "实验室的配方，或你在音频增强工作室中搭建的流水线（打开它、搭建、再回来）。",
    },
    "speech.pipeline.lab": {"en": "Lab recipe", "zh": "实验室配方"},
    "speech.pipeline.studio": {"en": "Audio studio's pipeline", "zh": "音频工作室的流水线"},
    "speech.pipeline.none": {
        "en": "The audio augmentation studio has no pipeline with a step switched on yet: the lab's recipe is used.",
        "zh": "音频增强工作室中还没有启用任何步骤的流水线：将使用实验室配方。",
    },
    "speech.pipeline.strip": {"en": "Augmented run: {steps}", "zh": "增强训练：{steps}"},
    "speech.pipeline.open_studio": {"en": "Open the audio augmentation studio", "zh": "打开音频增强工作室"},
    "speech.augment_title": {"en": "Augmentation of the second run", "zh": "第二次训练的数据增强"},
    "speech.synth.progress": {
        "en": "Synthesising the digits with espeak-ng… {voice}",
        "zh": "正在用 espeak-ng 合成数字……{voice}",
    },
    "speech.synth.missing": {
        "en": "The shipped digit set (assets/speech/digits/) is missing and espeak-ng is not installed, so no set "
        "can be made. Install espeak-ng (Debian: apt-get install espeak-ng) or restore the shipped files.",
        "zh": "随附的数字数据集（assets/speech/digits/）缺失，且未安装 espeak-ng，无法生成数据集。"
        "请安装 espeak-ng（Debian：apt-get install espeak-ng）或恢复随附文件。",
    },
    "speech.data.summary": {
        "en": "{clips} clips from {voices} voices ({held} held out for testing), {takes} takes of each digit per "
        "voice at different speeds and pitches · {source} · {check}",
        "zh": "{clips} 个片段，来自 {voices} 种声音（{held} 种留作测试），每种声音每个数字以不同语速和音高录 {takes} 遍"
        " · {source} · {check}",
    },
    "speech.source.shipped": {"en": "shipped with the app", "zh": "随应用附带"},
    "speech.source.generated": {"en": "synthesised on this server", "zh": "在本服务器上合成"},
    "speech.data.complete": {"en": "complete and balanced", "zh": "完整且均衡"},
    "speech.data.incomplete": {"en": "incomplete!", "zh": "不完整！"},
    "speech.data.voices": {"en": "Voices and accents", "zh": "声音与口音"},
    "speech.data.licence": {
        "en": "Synthesised with espeak-ng (GPL-3.0); the GPL does not cover the program's output, so these clips "
        "are free to use (see assets/LICENSES.md).",
        "zh": "由 espeak-ng（GPL-3.0）合成；GPL 不覆盖程序的输出，因此这些片段可自由使用（见 assets/LICENSES.md）。",
    },
    "speech.col.voice": {"en": "Voice", "zh": "声音"},
    "speech.col.language": {"en": "Words", "zh": "词集"},
    "speech.col.role": {"en": "Role", "zh": "用途"},
    "speech.col.clips": {"en": "Clips", "zh": "片段数"},
    "speech.role.train": {"en": "training", "zh": "训练"},
    "speech.role.held_out": {"en": "held out", "zh": "留出测试"},
    "speech.ex.title": {
        "en": "Hear and see one clip: waveform, log-mel and MFCC",
        "zh": "听一听、看一看：波形、对数梅尔与 MFCC",
    },
    "speech.ex.voice": {"en": "Voice", "zh": "声音"},
    "speech.ex.digit": {"en": "Digit", "zh": "数字"},
    "speech.ex.augmented": {"en": "Show an augmented draw", "zh": "显示一次增强结果"},
    "speech.ex.augmented_help": {
        "en": "One draw of the augmented run's pipeline on this clip, as the model would hear it.",
        "zh": "对该片段应用一次增强流水线，即模型在增强训练中听到的样子。",
    },
    "speech.ex.clean": {"en": "Clean clip", "zh": "干净片段"},
    "speech.ex.drawn": {"en": "Augmented draw", "zh": "增强结果"},
    "speech.ex.caption": {
        "en": "The model sees an image of {shape} (bands × frames) or {mfcc} MFCCs per frame · peak {peak:.2f}",
        "zh": "模型看到的是 {shape}（频带 × 帧）的图像，或每帧 {mfcc} 个 MFCC · 峰值 {peak:.2f}",
    },
    "speech.axis.time": {"en": "time (s)", "zh": "时间（秒）"},
    "speech.axis.amplitude": {"en": "amplitude", "zh": "幅度"},
    "speech.axis.band": {"en": "mel band", "zh": "梅尔频带"},
    "speech.axis.coefficient": {"en": "coefficient", "zh": "系数"},
    "speech.axis.epoch": {"en": "epoch", "zh": "轮次"},
    "speech.axis.loss": {"en": "training loss", "zh": "训练损失"},
    "speech.axis.accuracy": {"en": "accuracy", "zh": "准确率"},
    "speech.axis.snr": {"en": "signal-to-noise ratio (dB)", "zh": "信噪比（dB）"},
    "speech.axis.clean": {"en": "clean", "zh": "干净"},
    "speech.axis.true": {"en": "said", "zh": "实际"},
    "speech.axis.predicted": {"en": "heard", "zh": "识别为"},
    "speech.model.params": {"en": "{n} parameters · input {shape}.", "zh": "{n} 个参数 · 输入 {shape}。"},
    "speech.model.code": {"en": "The model in PyTorch and in Keras", "zh": "模型的 PyTorch 与 Keras 代码"},
    "speech.train_help": {
        "en": "Both runs start from the same weights (seed {seed}) and see the same batches; only the augmentation "
        "differs. They train in the background: you may keep exploring.",
        "zh": "两次训练从相同的权重（种子 {seed}）开始，看到相同的批次；唯一的区别是数据增强。"
        "它们在后台训练：你可以继续浏览。",
    },
    "speech.train": {"en": "Train both runs", "zh": "训练两次"},
    "speech.pause": {"en": "Pause", "zh": "暂停"},
    "speech.resume": {"en": "Resume", "zh": "继续"},
    "speech.live.starting": {
        "en": "Preparing the data and both models in the worker…",
        "zh": "正在工作进程中准备数据和两个模型……",
    },
    "speech.live.epoch": {"en": "{run}: epoch {epoch} of {epochs}", "zh": "{run}：第 {epoch} / {epochs} 轮"},
    "speech.status.idle": {"en": "Ready.", "zh": "就绪。"},
    "speech.status.running": {"en": "Training…", "zh": "训练中……"},
    "speech.status.paused": {"en": "Paused.", "zh": "已暂停。"},
    "speech.run.plain": {"en": "No augmentation", "zh": "无增强"},
    "speech.run.augmented": {"en": "With augmentation", "zh": "有增强"},
    "speech.curve.metric": {"en": "Curve", "zh": "曲线"},
    "speech.curve.snr10": {"en": "unseen voices, 10 dB", "zh": "未见声音，10 dB"},
    "speech.curve.unseen": {"en": "unseen voices, clean", "zh": "未见声音，干净"},
    "speech.curve.seen": {"en": "seen voices, new take", "zh": "已见声音，新录音"},
    "speech.curve.train_acc": {"en": "training accuracy", "zh": "训练准确率"},
    "speech.curve.loss": {"en": "training loss", "zh": "训练损失"},
}
