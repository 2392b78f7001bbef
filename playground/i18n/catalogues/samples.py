"""Titles of the bundled samples (``playground.data.samples``) and the picker around them."""

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
}
