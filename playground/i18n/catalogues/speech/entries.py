"""Titles and summaries of the speech lab's registries: word sets, voices, front ends and models."""

_VOICES = {
    "us_m1": ("American English, male 1", "美式英语，男声 1"),
    "us_f2": ("American English, female 2", "美式英语，女声 2"),
    "gb_m3": ("British English, male 3", "英式英语，男声 3"),
    "gb_f1": ("British English, female 1", "英式英语，女声 1"),
    "scot_m2": ("Scottish English, male 2", "苏格兰英语，男声 2"),
    "rp_f3": ("Received Pronunciation, female 3", "标准英音，女声 3"),
    "wmid_m4": ("West Midlands English, male 4", "西米德兰兹英语，男声 4"),
    "carib_m1": ("Caribbean English, male 1", "加勒比英语，男声 1"),
    "lanc_f2": ("Lancaster English, female 2", "兰开斯特英语，女声 2"),
    "cmn_m1": ("Mandarin, male 1", "普通话，男声 1"),
    "cmn_f2": ("Mandarin, female 2", "普通话，女声 2"),
    "cmn_m3": ("Mandarin, male 3", "普通话，男声 3"),
    "cmn_f4": ("Mandarin, female 4", "普通话，女声 4"),
}

STRINGS: dict[str, dict[str, str]] = {
    "speech.words.en": {"en": "English digits (zero – nine)", "zh": "英语数字（zero – nine）"},
    "speech.words.en.summary": {
        "en": "The ten digits said in seven English accents and voices for training and two more held out.",
        "zh": "十个数字，由七种英语口音与音色朗读用于训练，另有两种留作测试。",
    },
    "speech.words.zh": {"en": "Mandarin digits (零 – 九)", "zh": "普通话数字（零 – 九）"},
    "speech.words.zh.summary": {
        "en": "The ten digits said by espeak-ng's Mandarin voice in three variants, and a fourth held out.",
        "zh": "十个数字，由 espeak-ng 的普通话语音以三种音色朗读，第四种留作测试。",
    },
    "speech.front.logmel": {"en": "Log-mel spectrogram", "zh": "对数梅尔频谱"},
    "speech.front.logmel.summary": {
        "en": "40 mel bands of 32 ms windows every 16 ms, in dB below the clip's loudest cell.",
        "zh": "40 个梅尔频带，窗口 32 毫秒、每 16 毫秒一帧，以相对该片段最响单元的分贝表示。",
    },
    "speech.front.mfcc": {"en": "MFCC", "zh": "MFCC（梅尔倒谱系数）"},
    "speech.front.mfcc.summary": {
        "en": "The first 13 cosine-transform coefficients of the log-mel image: its broad spectral shape.",
        "zh": "对数梅尔图像做余弦变换后的前 13 个系数：频谱的大致轮廓。",
    },
    "speech.model.conv1d": {"en": "Conv1D over time (the curriculum's)", "zh": "时间轴上的 Conv1D（课程模型）"},
    "speech.model.conv1d.summary": {
        "en": "Conv1D(64, 5) → MaxPool(2) → Flatten → Dense(10): each band is a channel, the kernel slides in time.",
        "zh": "Conv1D(64, 5) → MaxPool(2) → Flatten → Dense(10)：每个频带是一个通道，卷积核沿时间滑动。",
    },
    "speech.model.cnn2d": {"en": "Small 2-D CNN on the image", "zh": "图像上的小型二维 CNN"},
    "speech.model.cnn2d.summary": {
        "en": "Three 3×3 convolutions with pooling, then a global average and Dense(10): kernels shared in time "
        "and frequency.",
        "zh": "三层 3×3 卷积加池化，再全局平均与 Dense(10)：卷积核在时间和频率上共享。",
    },
}
for _name, (_en, _zh) in _VOICES.items():
    STRINGS[f"speech.voice.{_name}"] = {"en": _en, "zh": _zh}
    STRINGS[f"speech.voice.{_name}.summary"] = {
        "en": f"espeak-ng voice: {_en}.",
        "zh": f"espeak-ng 语音：{_zh}。",
    }
