"""Titles and one-line summaries of the bundled samples (``playground.data.samples``) and the picker around them."""

STRINGS: dict[str, dict[str, str]] = {
    "samples.picker": {"en": "…or pick a bundled sample", "zh": "……或选择一个内置示例"},
    "samples.licences_help": {
        "en": "Bundled samples are public domain or CC0: free to use, change and share. "
        "Sources and licences are listed in assets/LICENSES.md.",
        "zh": "内置示例均属公有领域或采用 CC0 协议，可自由使用、修改和分享。来源与许可见 assets/LICENSES.md。",
    },
    # images
    "samples.image.astronaut": {
        "en": "Astronaut Eileen Collins (NASA, public domain)",
        "zh": "宇航员艾琳·柯林斯（NASA，公有领域）",
    },
    "samples.image.chelsea": {"en": "Chelsea the cat (CC0)", "zh": "猫咪切尔西（CC0）"},
    "samples.image.coffee": {"en": "A cup of coffee (CC0)", "zh": "一杯咖啡（CC0）"},
    "samples.image.rocket": {
        "en": "Falcon 9 on the launch pad at dusk (SpaceX, public domain)",
        "zh": "黄昏时发射台上的猎鹰 9 号火箭（SpaceX，公有领域）",
    },
    "samples.image.hubble": {
        "en": "Hubble eXtreme Deep Field (NASA, public domain)",
        "zh": "哈勃极深场（NASA，公有领域）",
    },
    "samples.image.camera": {"en": "Cameraman, grayscale (CC0)", "zh": "摄影师，灰度图（CC0）"},
    "samples.image.test_chart": {
        "en": "Test chart: grid, shapes and text (generated, CC0)",
        "zh": "测试图：网格、图形和文字（程序生成，CC0）",
    },
    # sounds
    "samples.audio.speech_en": {
        "en": "English sentence, synthesized speech (espeak-ng)",
        "zh": "英语句子，合成语音（espeak-ng）",
    },
    "samples.audio.speech_zh": {
        "en": "Mandarin sentence “你好，欢迎来到深度学习游乐场”, synthesized speech (espeak-ng)",
        "zh": "普通话句子“你好，欢迎来到深度学习游乐场”，合成语音（espeak-ng）",
    },
    "samples.audio.music": {
        "en": "Music: four chords in C major with arpeggios (synthesized)",
        "zh": "音乐：C 大调四个和弦与琶音（合成）",
    },
    "samples.audio.noisy_speech": {
        "en": "Noisy recording: speech in an echoing room with mains hum and rumble",
        "zh": "嘈杂录音：有回声的房间里的语音，夹杂电源嗡嗡声和低频噪声",
    },
    "samples.audio.digit_seven": {
        "en": "Spoken digit “seven” (1.5 s, like a keyword-spotting clip)",
        "zh": "英语数字“seven”（七），1.5 秒，类似关键词识别的片段",
    },
    # background noise to mix in
    "samples.noise.white": {"en": "White noise (equal power at every frequency)", "zh": "白噪声（各频率能量相同）"},
    "samples.noise.pink": {
        "en": "Pink noise (power falls with frequency, like rain or wind)",
        "zh": "粉红噪声（能量随频率降低，类似雨声或风声）",
    },
    "samples.noise.babble": {
        "en": "Babble: many people talking at once, as in a café",
        "zh": "人声嘈杂：多人同时说话，像在咖啡馆里",
    },
    # one-line summaries: what each sample is good for in a lesson
    "samples.image.astronaut.summary": {
        "en": "A portrait with a face, a flag and fine detail: geometric and colour changes are easy to see.",
        "zh": "有人脸、旗帜和丰富细节的肖像：几何和颜色变化一目了然。",
    },
    "samples.image.chelsea.summary": {
        "en": "A cat on a plain background: the classic test photo for flips, crops and colour.",
        "zh": "背景简单的猫：测试翻转、裁剪和颜色的经典照片。",
    },
    "samples.image.coffee.summary": {
        "en": "A cup seen from above, with strong colours and round shapes: colour and blur changes stand out.",
        "zh": "俯拍的咖啡杯，颜色浓烈、形状圆润：颜色和模糊的变化很醒目。",
    },
    "samples.image.rocket.summary": {
        "en": "A rocket against a dusky sky: in low light, noise and contrast changes show clearly.",
        "zh": "暮色中的火箭：光线较暗，噪声和对比度的变化清晰可见。",
    },
    "samples.image.hubble.summary": {
        "en": "Thousands of tiny galaxies on black: a hard case for blur, noise and compression.",
        "zh": "黑色背景上成千上万的小星系：对模糊、噪声和压缩来说是困难的例子。",
    },
    "samples.image.camera.summary": {
        "en": "A grayscale photo: colour transforms have little to change here, geometric ones do.",
        "zh": "一张灰度照片：颜色变换在这里几乎无事可做，几何变换则不然。",
    },
    "samples.image.test_chart.summary": {
        "en": "Straight lines, shapes and text: every distortion and resampling artefact shows.",
        "zh": "直线、图形和文字：每一种畸变和重采样伪影都会显现。",
    },
    "samples.audio.speech_en.summary": {
        "en": "A short English sentence: hear how pitch, speed, noise and rooms change speech.",
        "zh": "一句简短的英语：听听音高、速度、噪声和房间如何改变语音。",
    },
    "samples.audio.speech_zh.summary": {
        "en": "A Mandarin sentence: tones carry meaning, so pitch shifts deserve a careful listen.",
        "zh": "一句普通话：声调承载意义，所以音高变换值得仔细听。",
    },
    "samples.audio.music.summary": {
        "en": "Chords and arpeggios: pitch and tempo changes are easy to hear in music.",
        "zh": "和弦与琶音：在音乐中很容易听出音高和速度的变化。",
    },
    "samples.audio.noisy_speech.summary": {
        "en": "Speech already recorded badly: make it worse, then think about what a model must learn to ignore.",
        "zh": "本身录得就不好的语音：让它更糟，再想想模型必须学会忽略什么。",
    },
    "samples.audio.digit_seven.summary": {
        "en": "A keyword-spotting clip: the kind of short command a small speech model learns from.",
        "zh": "关键词识别片段：小型语音模型学习所用的那种简短指令。",
    },
    "samples.noise.white.summary": {
        "en": "Background noise to mix in: a hiss spread evenly over every frequency.",
        "zh": "可混入的背景噪声：均匀分布在所有频率上的嘶嘶声。",
    },
    "samples.noise.pink.summary": {
        "en": "Background noise to mix in: a softer, deeper rush, like rain or wind.",
        "zh": "可混入的背景噪声：更柔和、更低沉的沙沙声，像雨声或风声。",
    },
    "samples.noise.babble.summary": {
        "en": "Background noise to mix in: many voices at once, the hardest noise for a speech model.",
        "zh": "可混入的背景噪声：许多人同时说话，是语音模型最难应对的噪声。",
    },
}
