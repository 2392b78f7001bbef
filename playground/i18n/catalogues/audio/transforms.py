"""Audio augmentation studio: transform groups, titles, explanations and parameters.

Also the choices of option parameters and the short labels on the cards of draws.
"""

STRINGS: dict[str, dict[str, str]] = {
    # --- groups
    "audio.group.loudness": {"en": "Loudness", "zh": "响度"},
    "audio.group.noise": {"en": "Noise", "zh": "噪声"},
    "audio.group.time": {"en": "Time", "zh": "时间"},
    "audio.group.pitch": {"en": "Pitch", "zh": "音高"},
    "audio.group.filter": {"en": "Filters and EQ", "zh": "滤波与均衡"},
    "audio.group.distortion": {"en": "Distortion", "zh": "失真"},
    "audio.group.room": {"en": "Room", "zh": "房间"},
    "audio.group.spectrogram": {"en": "Spectrogram (SpecAugment)", "zh": "频谱图（SpecAugment）"},
    # --- transforms: title and what it teaches
    "audio.t.gain": {"en": "Gain", "zh": "增益"},
    "audio.t.gain.help": {
        "en": "Multiplies every sample by one number. +6 dB doubles the amplitude; the model should recognise "
        "a word whether it is whispered or shouted.",
        "zh": "把每个采样乘以同一个数。+6 dB 使幅度翻倍；无论轻声还是大喊，模型都应该认出同一个词。",
    },
    "audio.t.gain_transition": {"en": "Gain transition", "zh": "增益渐变"},
    "audio.t.gain_transition.help": {
        "en": "Fades from one gain to another over a moment, like a speaker walking away from the microphone.",
        "zh": "在一段时间内从一个增益渐变到另一个增益，就像说话人走离麦克风。",
    },
    "audio.t.normalize": {"en": "Normalization", "zh": "归一化"},
    "audio.t.normalize.help": {
        "en": "Scales the clip so its peak (or RMS) level lands on a target: removes loudness differences "
        "instead of adding them.",
        "zh": "缩放音频，使其峰值（或 RMS）电平达到目标值：消除响度差异，而不是制造差异。",
    },
    "audio.t.fade": {"en": "Fade in / out", "zh": "淡入 / 淡出"},
    "audio.t.fade.help": {
        "en": "Rises from silence at the start and falls to silence at the end, hiding clicks at the cut points.",
        "zh": "开头从静音渐强，结尾渐弱到静音，掩盖剪切处的咔嗒声。",
    },
    "audio.t.gaussian_noise": {"en": "Gaussian noise (SNR)", "zh": "高斯噪声（信噪比）"},
    "audio.t.gaussian_noise.help": {
        "en": "Adds white hiss at a chosen signal-to-noise ratio: 30 dB is barely audible, 0 dB is as loud as "
        "the signal. The SNR is measured against this clip, so quiet clips get quiet noise.",
        "zh": "按选定的信噪比加入白噪声：30 dB 几乎听不到，0 dB 与信号一样响。信噪比相对本音频计算，"
        "所以安静的音频得到的噪声也安静。",
    },
    "audio.t.background_noise": {"en": "Background noise (SNR)", "zh": "背景噪声（信噪比）"},
    "audio.t.background_noise.help": {
        "en": "Mixes in a real-world noise recording (pink noise, café babble) at a chosen SNR, from a random "
        "starting point.",
        "zh": "从随机起点混入一段真实噪声录音（粉红噪声、咖啡馆人声），信噪比可选。",
    },
    "audio.t.shift": {"en": "Time shift", "zh": "时间平移"},
    "audio.t.shift.help": {
        "en": "Moves the sound earlier or later. Roll wraps the end around to the start; pad fills with silence. "
        "A keyword should be found wherever it starts.",
        "zh": "把声音提前或推后。“循环”把结尾绕回开头；“补零”用静音填充。无论关键词从哪里开始，都应该被识别。",
    },
    "audio.t.time_stretch": {"en": "Time stretch", "zh": "时间伸缩"},
    "audio.t.time_stretch.help": {
        "en": "Speaks faster or slower without changing the pitch (a phase vocoder). Rate 2 halves the duration.",
        "zh": "改变语速而不改变音高（相位声码器）。速率 2 使时长减半。",
    },
    "audio.t.speed": {"en": "Speed (resample)", "zh": "变速（重采样）"},
    "audio.t.speed.help": {
        "en": "Like a tape played faster: shorter AND higher. Compare it with time stretch and pitch shift, "
        "which change only one of the two.",
        "zh": "像磁带快放：变短且变高。与时间伸缩和变调对比，它们只改变其中之一。",
    },
    "audio.t.reverse": {"en": "Reverse", "zh": "倒放"},
    "audio.t.reverse.help": {
        "en": "Plays backwards. Same frequencies, but speech becomes meaningless: a label-breaking augmentation "
        "for most tasks.",
        "zh": "倒着播放。频率成分不变，但语音失去意义：对多数任务而言，这种增强会破坏标签。",
    },
    "audio.t.pitch_shift": {"en": "Pitch shift", "zh": "变调"},
    "audio.t.pitch_shift.help": {
        "en": "Raises or lowers every frequency by semitones while keeping the duration: +12 doubles the "
        "frequency (one octave). Simulates different voices.",
        "zh": "以半音为单位升高或降低所有频率，时长不变：+12 使频率翻倍（一个八度）。可模拟不同的嗓音。",
    },
    "audio.t.low_pass": {"en": "Low-pass filter", "zh": "低通滤波"},
    "audio.t.low_pass.help": {
        "en": "Keeps frequencies below the cutoff: the muffled voice through a wall.",
        "zh": "保留截止频率以下的成分：像隔着墙听到的闷声。",
    },
    "audio.t.high_pass": {"en": "High-pass filter", "zh": "高通滤波"},
    "audio.t.high_pass.help": {
        "en": "Keeps frequencies above the cutoff: the thin sound of a small speaker, and no rumble.",
        "zh": "保留截止频率以上的成分：像小喇叭发出的单薄声音，同时去掉低频轰鸣。",
    },
    "audio.t.band_pass": {"en": "Band-pass filter", "zh": "带通滤波"},
    "audio.t.band_pass.help": {
        "en": "Keeps one band of frequencies (width in octaves): a telephone keeps roughly 300–3400 Hz.",
        "zh": "只保留一个频带（宽度以八度计）：电话大约保留 300–3400 Hz。",
    },
    "audio.t.band_stop": {"en": "Band-stop filter", "zh": "带阻滤波"},
    "audio.t.band_stop.help": {
        "en": "Removes one band of frequencies; a narrow one is a notch.",
        "zh": "去掉一个频带；频带很窄时就是陷波。",
    },
    "audio.t.peaking_eq": {"en": "Peaking EQ", "zh": "峰值均衡"},
    "audio.t.peaking_eq.help": {
        "en": "Boosts or cuts a bell-shaped band around a centre frequency; Q sets how narrow. Microphones and "
        "rooms colour sound this way.",
        "zh": "在中心频率附近以钟形曲线提升或衰减；Q 决定频带宽窄。麦克风和房间就是这样给声音“染色”的。",
    },
    "audio.t.clipping": {"en": "Clipping", "zh": "削波"},
    "audio.t.clipping.help": {
        "en": "Flattens the loudest samples (the given percentage of them), like a recording made too hot.",
        "zh": "把最响的那部分采样（按百分比）削平，就像录音电平开得太高。",
    },
    "audio.t.distortion": {"en": "Distortion (tanh)", "zh": "失真（tanh）"},
    "audio.t.distortion.help": {
        "en": "Soft saturation: drives the signal into a tanh curve, adding harmonics; loudness is kept.",
        "zh": "软饱和：把信号推入 tanh 曲线，增加谐波；响度保持不变。",
    },
    "audio.t.bit_crush": {"en": "Bit-crush", "zh": "比特压缩"},
    "audio.t.bit_crush.help": {
        "en": "Rounds each sample to fewer bits: every bit removed adds 6 dB of quantisation noise.",
        "zh": "把每个采样舍入到更少的比特：每少一个比特，量化噪声增加 6 dB。",
    },
    "audio.t.polarity": {"en": "Polarity inversion", "zh": "极性反转"},
    "audio.t.polarity.help": {
        "en": "Flips the sign of every sample. Alone it sounds identical; it matters when sounds are mixed.",
        "zh": "把每个采样取反。单独听完全一样；与其他声音混合时才有影响。",
    },
    "audio.t.reverb": {"en": "Reverb (room)", "zh": "混响（房间）"},
    "audio.t.reverb.help": {
        "en": "Convolves the clip with a synthetic room impulse response: a 3 m office rings ~0.3 s, a 20 m hall "
        "~1.8 s (Sabine's formula). Wet sets how much of the room you hear.",
        "zh": "把音频与合成的房间冲激响应做卷积：3 米的办公室余响约 0.3 秒，20 米的大厅约 1.8 秒（赛宾公式）。"
        "“湿声比例”决定能听到多少房间声。",
    },
    "audio.t.time_mask": {"en": "SpecAugment: time mask", "zh": "SpecAugment：时间掩码"},
    "audio.t.time_mask.help": {
        "en": "Silences random spans of spectrogram frames (then inverts the STFT, so you hear the gaps). "
        "The model learns to use context.",
        "zh": "把频谱图中随机的若干帧置零（再做逆 STFT，所以能听到空隙）。模型因此学会利用上下文。",
    },
    "audio.t.freq_mask": {"en": "SpecAugment: frequency mask", "zh": "SpecAugment：频率掩码"},
    "audio.t.freq_mask.help": {
        "en": "Silences random frequency bands of the spectrogram: no single band can carry the decision.",
        "zh": "把频谱图中随机的频带置零：任何单一频带都不能决定结果。",
    },
    # --- parameters
    "audio.param.gain_db": {"en": "Gain (dB)", "zh": "增益（dB）"},
    "audio.param.start_db": {"en": "Gain at the start (dB)", "zh": "起始增益（dB）"},
    "audio.param.end_db": {"en": "Gain at the end (dB)", "zh": "结束增益（dB）"},
    "audio.param.duration_s": {"en": "Transition length (s)", "zh": "渐变时长（秒）"},
    "audio.param.position": {"en": "Where it happens (0 = start, 1 = end)", "zh": "发生位置（0 = 开头，1 = 结尾）"},
    "audio.param.target_db": {"en": "Target level (dBFS)", "zh": "目标电平（dBFS）"},
    "audio.param.mode": {"en": "Mode", "zh": "模式"},
    "audio.param.fade_in_s": {"en": "Fade-in length (s)", "zh": "淡入时长（秒）"},
    "audio.param.fade_out_s": {"en": "Fade-out length (s)", "zh": "淡出时长（秒）"},
    "audio.param.shape": {"en": "Ramp shape", "zh": "渐变曲线"},
    "audio.param.snr_db": {"en": "Signal-to-noise ratio (dB)", "zh": "信噪比（dB）"},
    "audio.param.noise": {"en": "Noise recording", "zh": "噪声录音"},
    "audio.param.seed": {"en": "noise seed", "zh": "噪声种子"},
    "audio.param.shift_fraction": {"en": "Shift (fraction of the length)", "zh": "平移量（占总长的比例）"},
    "audio.param.stretch_rate": {"en": "Rate (× faster)", "zh": "速率（× 倍快）"},
    "audio.param.keep_length": {"en": "Keep the original length", "zh": "保持原长度"},
    "audio.param.factor": {"en": "Speed factor (×)", "zh": "变速倍数（×）"},
    "audio.param.semitones": {"en": "Semitones", "zh": "半音数"},
    "audio.param.cutoff_hz": {"en": "Cutoff frequency (Hz)", "zh": "截止频率（Hz）"},
    "audio.param.rolloff": {"en": "Roll-off", "zh": "滚降斜率"},
    "audio.param.method": {"en": "Method", "zh": "算法"},
    "audio.param.zero_phase": {"en": "Zero phase (no delay, twice the roll-off)", "zh": "零相位（无延迟，斜率加倍）"},
    "audio.param.center_hz": {"en": "Centre frequency (Hz)", "zh": "中心频率（Hz）"},
    "audio.param.bandwidth": {"en": "Bandwidth (octaves)", "zh": "带宽（八度）"},
    "audio.param.q": {"en": "Q (higher = narrower)", "zh": "Q 值（越大越窄）"},
    "audio.param.percentile": {"en": "Samples clipped (%)", "zh": "被削波的采样（%）"},
    "audio.param.drive_db": {"en": "Drive (dB)", "zh": "驱动量（dB）"},
    "audio.param.bits": {"en": "Bit depth", "zh": "位深"},
    "audio.param.room_size_m": {"en": "Room size (m)", "zh": "房间尺寸（米）"},
    "audio.param.wet": {"en": "Wet (share of reverberated sound)", "zh": "湿声比例（混响声所占份额）"},
    "audio.param.n_masks": {"en": "Number of masks", "zh": "掩码个数"},
    "audio.param.max_width": {"en": "Largest mask width (fraction of the axis)", "zh": "最大掩码宽度（占坐标轴比例）"},
    "audio.param.masks": {"en": "masks [start, width]", "zh": "掩码 [起点, 宽度]"},
    # --- choices
    "audio.choice.roll": {"en": "roll (wrap around)", "zh": "循环（绕回）"},
    "audio.choice.pad": {"en": "pad with silence", "zh": "补零（静音）"},
    "audio.choice.peak": {"en": "peak", "zh": "峰值"},
    "audio.choice.rms": {"en": "RMS", "zh": "RMS"},
    "audio.choice.linear": {"en": "linear", "zh": "线性"},
    "audio.choice.cosine": {"en": "cosine (smooth)", "zh": "余弦（平滑）"},
    "audio.choice.rolloff": {"en": "{db} dB/octave", "zh": "每八度 {db} dB"},
    "audio.choice.vocoder": {"en": "phase vocoder (fast)", "zh": "相位声码器（快）"},
    "audio.choice.signalsmith": {"en": "Signalsmith Stretch (high quality)", "zh": "Signalsmith Stretch（高质量）"},
    "audio.method_tradeoff": {
        "en": "**Method, measured on this server** (+3 semitones and ×1.2 on synthetic test sounds): "
        "the phase vocoder takes {vocoder_ms:.0f} ms per second of sound, keeps {vocoder_pitch:.1f} cents of pitch "
        "error on pure tones and on average {vocoder_clicks:.0%} of each click's energy within ±5 ms of where it "
        "belongs; "
        "Signalsmith Stretch takes {signalsmith_ms:.0f} ms, {signalsmith_pitch:.1f} cents, {signalsmith_clicks:.0%}. "
        "The vocoder smears and moves drum hits and consonants; Signalsmith keeps them crisp. "
        "The vocoder stays the default so links shared before replay exactly.",
        "zh": "**算法对比（在本服务器上实测**，+3 个半音和 ×1.2，合成测试声音）："
        "相位声码器每秒声音耗时 {vocoder_ms:.0f} ms，纯音音高误差 {vocoder_pitch:.1f} 音分，"
        "每个咔嗒声平均在应在位置 ±5 ms 内保留 {vocoder_clicks:.0%} 的能量；"
        "Signalsmith Stretch 耗时 {signalsmith_ms:.0f} ms，误差 {signalsmith_pitch:.1f} 音分，"
        "保留 {signalsmith_clicks:.0%}。"
        "声码器会把鼓点和辅音抹开并移位，Signalsmith 能让它们保持清脆。"
        "默认仍为声码器，以便此前分享的链接精确复现。",
    },
    # --- short labels for the cards of draws
    "audio.short.gain_db": {"en": "gain", "zh": "增益"},
    "audio.short.start_db": {"en": "from", "zh": "起始"},
    "audio.short.end_db": {"en": "to", "zh": "结束"},
    "audio.short.duration_s": {"en": "over", "zh": "历时"},
    "audio.short.position": {"en": "at", "zh": "位置"},
    "audio.short.target_db": {"en": "target", "zh": "目标"},
    "audio.short.mode": {"en": "mode", "zh": "模式"},
    "audio.short.fade_in_s": {"en": "in", "zh": "淡入"},
    "audio.short.fade_out_s": {"en": "out", "zh": "淡出"},
    "audio.short.shape": {"en": "shape", "zh": "曲线"},
    "audio.short.snr_db": {"en": "SNR", "zh": "信噪比"},
    "audio.short.noise": {"en": "noise", "zh": "噪声"},
    "audio.short.shift_fraction": {"en": "shift", "zh": "平移"},
    "audio.short.stretch_rate": {"en": "rate", "zh": "速率"},
    "audio.short.keep_length": {"en": "same length", "zh": "保持长度"},
    "audio.short.factor": {"en": "speed", "zh": "倍速"},
    "audio.short.semitones": {"en": "semitones", "zh": "半音"},
    "audio.short.cutoff_hz": {"en": "cutoff", "zh": "截止"},
    "audio.short.rolloff": {"en": "slope", "zh": "斜率"},
    "audio.short.method": {"en": "method", "zh": "算法"},
    "audio.short.zero_phase": {"en": "zero phase", "zh": "零相位"},
    "audio.short.center_hz": {"en": "centre", "zh": "中心"},
    "audio.short.bandwidth": {"en": "width", "zh": "带宽"},
    "audio.short.q": {"en": "Q", "zh": "Q"},
    "audio.short.percentile": {"en": "clipped", "zh": "削波"},
    "audio.short.drive_db": {"en": "drive", "zh": "驱动"},
    "audio.short.bits": {"en": "bits", "zh": "位深"},
    "audio.short.room_size_m": {"en": "room", "zh": "房间"},
    "audio.short.wet": {"en": "wet", "zh": "湿声"},
    "audio.short.n_masks": {"en": "masks", "zh": "掩码数"},
    "audio.short.max_width": {"en": "max width", "zh": "最大宽度"},
    "audio.short.masks": {"en": "masked", "zh": "掩码位置"},
    "audio.choice.noise_white": {"en": "white", "zh": "白噪声"},
    "audio.choice.noise_pink": {"en": "pink", "zh": "粉红噪声"},
    "audio.choice.noise_babble": {"en": "babble", "zh": "人声嘈杂"},
}
