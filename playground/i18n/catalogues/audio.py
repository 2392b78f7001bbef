"""Texts of the audio augmentation studio (page ``/audio_augmentation``), English and Simplified Chinese."""

STRINGS: dict[str, dict[str, str]] = {
    # --- page frame
    "audio.title": {"en": "Audio augmentation studio", "zh": "音频增强工作室"},
    "audio.intro": {
        "en": "A speech or sound model should not care whether a clip is a little louder, noisier, faster or "
        "recorded in a bigger room. Augmentation teaches it that by training on random variations of each clip. "
        "Build a pipeline, then **listen** to the draws and **look** at their waveforms and spectrograms.",
        "zh": "语音或声音模型不应在意一段音频是稍响一点、噪一点、快一点，还是在更大的房间里录的。"
        "数据增强的做法是：用每段音频的随机变体来训练模型。搭一条增强流水线，然后**听**每次抽样的结果，"
        "再**看**它们的波形和频谱图。",
    },
    "audio.step1": {"en": "1 · Choose a sound", "zh": "1 · 选择声音"},
    "audio.step2": {"en": "2 · Build the pipeline", "zh": "2 · 搭建增强流水线"},
    "audio.step3": {"en": "3 · Draw random versions", "zh": "3 · 随机抽样"},
    "audio.step4": {"en": "4 · Compare one draw with the original", "zh": "4 · 把一次抽样与原声对比"},
    "audio.step5": {"en": "5 · Take it with you", "zh": "5 · 导出"},
    # --- input
    "audio.source": {"en": "Sound in use", "zh": "当前使用的声音"},
    "audio.source.sample": {"en": "Bundled sample", "zh": "内置示例"},
    "audio.source.upload": {"en": "My file", "zh": "我的文件"},
    "audio.source.mic": {"en": "Microphone", "zh": "麦克风"},
    "audio.sample": {"en": "Bundled sample", "zh": "内置示例"},
    "audio.upload": {"en": "Upload a sound file", "zh": "上传音频文件"},
    "audio.upload_help": {
        "en": "WAV, FLAC, OGG, Opus or MP3; long files are trimmed to the first 30 seconds.",
        "zh": "支持 WAV、FLAC、OGG、Opus 或 MP3；过长的文件只保留前 30 秒。",
    },
    "audio.mic": {"en": "Record from the microphone", "zh": "用麦克风录音"},
    "audio.rate": {"en": "Working sample rate", "zh": "工作采样率"},
    "audio.rate_help": {
        "en": "Every clip is resampled to this rate. 16 kHz is what most speech models use; 44.1 kHz keeps "
        "everything a human hears.",
        "zh": "所有音频都会重采样到这个采样率。多数语音模型使用 16 kHz；44.1 kHz 保留人耳能听到的全部频率。",
    },
    "audio.stereo": {"en": "Keep stereo", "zh": "保留立体声"},
    "audio.stereo_help": {
        "en": "Off: channels are averaged to mono (what most models take). On: each channel is transformed "
        "with the same random values.",
        "zh": "关闭：各声道取平均，变为单声道（多数模型的输入）。打开：每个声道用同一组随机参数变换。",
    },
    "audio.no_upload": {
        "en": "No file uploaded yet: drop one in the box above. Meanwhile the bundled sample is used.",
        "zh": "还没有上传文件：请拖到上面的框里。在此之前使用内置示例。",
    },
    "audio.no_recording": {
        "en": "Nothing recorded yet: press the microphone above. Meanwhile the bundled sample is used.",
        "zh": "还没有录音：请点击上面的麦克风。在此之前使用内置示例。",
    },
    "audio.clip_info": {
        "en": "**{name}** · {duration:.2f} s · {rate} Hz · {channels}",
        "zh": "**{name}** · {duration:.2f} 秒 · {rate} Hz · {channels}",
    },
    "audio.mono": {"en": "mono", "zh": "单声道"},
    "audio.stereo_n": {"en": "{n} channels", "zh": "{n} 个声道"},
    "audio.recording": {"en": "Recording", "zh": "录音"},
    "audio.resampled": {
        "en": "Resampled from {original_rate} Hz to the working rate of {target_rate} Hz.",
        "zh": "已从 {original_rate} Hz 重采样到工作采样率 {target_rate} Hz。",
    },
    # --- pipeline builder
    "audio.preset": {"en": "Start from a recipe", "zh": "从配方开始"},
    "audio.preset.keep": {"en": "— keep my pipeline —", "zh": "— 保留当前流水线 —"},
    "audio.preset.speech": {"en": "Robust speech (noise, room, phone)", "zh": "鲁棒语音（噪声、房间、电话）"},
    "audio.preset.specaugment": {"en": "SpecAugment (masks)", "zh": "SpecAugment（掩码）"},
    "audio.preset.pitch_time": {"en": "Pitch and tempo", "zh": "音高与语速"},
    "audio.preset.lofi": {"en": "Lo-fi radio", "zh": "低保真收音机"},
    "audio.preset.loudness": {"en": "Loudness lesson (gain, clipping)", "zh": "响度一课（增益、削波）"},
    "audio.transforms": {"en": "Transforms, in the order they run", "zh": "变换（按执行顺序）"},
    "audio.transforms_help": {
        "en": "Pick transforms one after another: the order you pick is the order they are applied.",
        "zh": "依次挑选变换：挑选的顺序就是执行的顺序。",
    },
    "audio.empty_pipeline": {
        "en": "The pipeline is empty: pick at least one transform (or a recipe) above.",
        "zh": "流水线是空的：请在上面至少选一个变换（或选一个配方）。",
    },
    "audio.p": {"en": "Probability p", "zh": "概率 p"},
    "audio.p_help": {
        "en": "Each draw flips a coin that comes up with probability p: heads, the step runs; tails, it is skipped.",
        "zh": "每次抽样都会抛一枚以概率 p 出现正面的硬币：正面则执行这一步，反面则跳过。",
    },
    "audio.range_help": {
        "en": "Each draw picks one value at random between the two handles.",
        "zh": "每次抽样在两个滑块之间随机取一个值。",
    },
    "audio.step_label": {"en": "{n}. {title}", "zh": "{n}. {title}"},
    "audio.pipeline_strip": {"en": "**Pipeline:** input → {steps}", "zh": "**流水线：** 输入 → {steps}"},
    "audio.load_json": {"en": "Load a pipeline (JSON)", "zh": "载入流水线（JSON）"},
    "audio.loaded_json": {"en": "Loaded a pipeline of {n} steps.", "zh": "已载入包含 {n} 个步骤的流水线。"},
    # --- draws
    "audio.seed": {"en": "Seed", "zh": "随机种子"},
    "audio.seed_help": {
        "en": "The same seed gives the same draws, on any computer: write it down to reproduce a result.",
        "zh": "相同的种子在任何电脑上都给出相同的抽样：记下它，就能复现结果。",
    },
    "audio.n_draws": {"en": "Number of draws", "zh": "抽样次数"},
    "audio.reroll": {"en": "New seed", "zh": "换个种子"},
    "audio.draw_title": {"en": "Draw {n}", "zh": "第 {n} 次抽样"},
    "audio.applied": {"en": "applied", "zh": "已执行"},
    "audio.skipped": {"en": "skipped (coin said no)", "zh": "跳过（硬币为反面）"},
    "audio.none_applied": {
        "en": "No step ran in this draw: it is the original.",
        "zh": "这次抽样没有执行任何步骤：与原声相同。",
    },
    "audio.grid_caption": {
        "en": "Each card is one random version of the clip. Play them one after another: the variety you hear is "
        "what the model would see in training.",
        "zh": "每张卡片是这段音频的一个随机版本。依次播放：你听到的多样性，正是模型在训练中会看到的。",
    },
    "audio.budget": {
        "en": "Only {done} of {wanted} draws fitted in the {seconds:g}-second compute budget of this shared server: "
        "shorten the clip, lower the sample rate or remove slow steps (time stretch, pitch shift, reverb) for more.",
        "zh": "在这台共享服务器 {seconds:g} 秒的计算预算内，只完成了 {wanted} 次中的 {done} 次抽样："
        "缩短音频、降低采样率或去掉较慢的步骤（时间伸缩、变调、混响）即可得到更多。",
    },
    "audio.download_wav": {"en": "WAV", "zh": "WAV"},
    "audio.trimmed_draw": {
        "en": "This draw grew longer than {factor}× the input and was cut.",
        "zh": "这次抽样的长度超过了输入的 {factor} 倍，已被截断。",
    },
    # --- compare
    "audio.focus": {"en": "Draw to compare", "zh": "要对比的抽样"},
    "audio.original": {"en": "Original", "zh": "原声"},
    "audio.augmented": {"en": "Augmented (draw {n})", "zh": "增强后（第 {n} 次抽样）"},
    "audio.tab.waveform": {"en": "Waveform", "zh": "波形"},
    "audio.tab.spectrogram": {"en": "Spectrogram", "zh": "频谱图"},
    "audio.tab.steps": {"en": "Step by step", "zh": "逐步查看"},
    "audio.diff": {"en": "Show the difference spectrogram", "zh": "显示差值频谱图"},
    "audio.diff_title": {"en": "Difference (after − before, dB)", "zh": "差值（增强后 − 原声，dB）"},
    "audio.time_s": {"en": "time (s)", "zh": "时间（秒）"},
    "audio.amplitude": {"en": "amplitude", "zh": "幅度"},
    "audio.freq_hz": {"en": "frequency (Hz, mel scale)", "zh": "频率（Hz，梅尔刻度）"},
    "audio.waveform_caption": {
        "en": "Each column shows the lowest and highest sample in that slice of time. The axis is fixed at ±1 "
        "(full scale): anything beyond it clips when played.",
        "zh": "每一列显示该时间片内最低和最高的采样值。纵轴固定在 ±1（满幅）：超出部分播放时会被削波。",
    },
    "audio.spectrogram_caption": {
        "en": "Time runs left to right, pitch bottom to top (mel scale, spaced like our hearing); brighter means "
        "louder. Noise fills the dark gaps, filters darken bands, pitch shift moves the stripes up or down.",
        "zh": "横轴是时间，纵轴是音高（梅尔刻度，与人耳感知一致）；越亮越响。噪声会填满暗处，滤波器会让某些频带变暗，"
        "变调会让条纹上移或下移。",
    },
    "audio.metric.duration": {"en": "Duration (s)", "zh": "时长（秒）"},
    "audio.metric.rms": {"en": "RMS (dBFS)", "zh": "RMS（dBFS）"},
    "audio.metric.peak": {"en": "Peak (dBFS)", "zh": "峰值（dBFS）"},
    "audio.clip_warning": {
        "en": "This draw peaks at {peak:.2f}, beyond full scale (1.0): the WAV you hear is clipped there, "
        "exactly as a sound card would clip it.",
        "zh": "这次抽样的峰值为 {peak:.2f}，超过满幅 (1.0)：你听到的 WAV 在此被削波，与声卡的处理完全一致。",
    },
    "audio.steps_caption": {
        "en": "The sound after each step of this draw, so you can hear what each one adds.",
        "zh": "这次抽样每一步之后的声音，可以逐个听出每一步带来的变化。",
    },
    "audio.step_input": {"en": "Input", "zh": "输入"},
    "audio.step_n": {"en": "After step {n}: {title}", "zh": "第 {n} 步之后：{title}"},
    # --- export
    "audio.export.json": {"en": "Pipeline (JSON)", "zh": "流水线（JSON）"},
    "audio.export.code": {"en": "Python code", "zh": "Python 代码"},
    "audio.export.am": {"en": "audiomentations code", "zh": "audiomentations 代码"},
    "audio.export.zip": {"en": "All draws (ZIP)", "zh": "全部抽样（ZIP）"},
    "audio.export.caption": {
        "en": "JSON reloads this pipeline here. The Python code reproduces draw {n} exactly with this engine. "
        "The audiomentations code uses the same settings in that library (its random draws differ). The ZIP holds "
        "every draw as WAV plus their sampled parameters (JSON and CSV).",
        "zh": "JSON 可以在这里重新载入流水线。Python 代码用本引擎精确复现第 {n} 次抽样。audiomentations 代码在该库中"
        "使用相同设置（随机抽样结果不同）。ZIP 中包含每次抽样的 WAV 文件及其参数（JSON 和 CSV）。",
    },
    "audio.show_code": {"en": "Show the code", "zh": "查看代码"},
    # --- errors from the engine
    "audio.error.bad_param": {
        "en": "The parameter {name} has a value that cannot be used; accepted: {accepted}.",
        "zh": "参数 {name} 的值无法使用；可接受：{accepted}。",
    },
    "audio.error.unknown_param": {
        "en": "The transform {transform} has no parameter {name}; check the spelling in the pipeline file.",
        "zh": "变换 {transform} 没有参数 {name}；请检查流水线文件中的拼写。",
    },
    "audio.error.unknown_transform": {
        "en": "Unknown transform {name}; known transforms: {known}.",
        "zh": "未知的变换 {name}；可用的变换：{known}。",
    },
    "audio.error.bad_p": {
        "en": "The probability p of {name} must be a number between 0 and 1.",
        "zh": "{name} 的概率 p 必须是 0 到 1 之间的数。",
    },
    "audio.error.bad_pipeline": {
        "en": 'This is not a pipeline file from this studio; expected JSON with "format": "{expected}" and a '
        'list of "steps".',
        "zh": '这不是本工作室的流水线文件；应为 JSON，包含 "format": "{expected}" 以及 "steps" 列表。',
    },
    "audio.error.too_many_steps": {
        "en": "A pipeline may have at most {limit} steps.",
        "zh": "一条流水线最多包含 {limit} 个步骤。",
    },
    "audio.error.bad_json": {
        "en": "The file is not valid JSON; export a pipeline from this page to get one that loads.",
        "zh": "该文件不是有效的 JSON；请从本页导出流水线，得到可载入的文件。",
    },
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
