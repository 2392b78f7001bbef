"""Audio augmentation studio (pages/audio_augmentation.py).

Page frame, input, pipeline builder, draws, comparison, exports and the engine's errors.
"""

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
        "en": "WAV, FLAC, OGG, Opus, MP3 or AIFF; long files are trimmed to the first 30 seconds. "
        "M4A/AAC (phone voice memos), WMA and AMR must be converted to WAV first (the page says how).",
        "zh": "支持 WAV、FLAC、OGG、Opus、MP3 或 AIFF；过长的文件只保留前 30 秒。"
        "M4A/AAC（手机语音备忘录）、WMA 和 AMR 需先转换为 WAV（页面会说明方法）。",
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
    "audio.kept_input": {
        "en": "Still using {name} from earlier in this session; upload or record again to replace it.",
        "zh": "仍在使用本次会话中较早的 {name}；重新上传或录音即可替换。",
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
    "audio.preset.speech.summary": {
        "en": "What speech-recognition training adds: level changes, babble noise, a room, a narrow phone band.",
        "zh": "语音识别训练常加的内容：音量变化、人声噪声、房间混响和狭窄的电话频带。",
    },
    "audio.preset.specaugment.summary": {
        "en": "Park et al.'s SpecAugment: silence a few time spans and frequency bands of the spectrogram.",
        "zh": "Park 等人的 SpecAugment：让频谱图中的几段时间和几个频带静音。",
    },
    "audio.preset.pitch_time.summary": {
        "en": "Change the pitch and the tempo separately, the way different speakers differ.",
        "zh": "分别改变音高和语速，就像不同说话人之间的差别。",
    },
    "audio.preset.lofi.summary": {
        "en": "A cheap radio: a narrow band, distortion, fewer bits and hiss.",
        "zh": "一台廉价收音机：狭窄频带、失真、更少的比特和嘶嘶声。",
    },
    "audio.preset.loudness.summary": {
        "en": "Louder and softer, then clipped: hear when a level change stops being harmless.",
        "zh": "忽大忽小再加削波：听听音量变化何时不再无害。",
    },
    "audio.transforms": {"en": "Transforms, in the order they run", "zh": "变换（按执行顺序）"},
    "audio.transforms_help": {
        "en": "Pick transforms one after another: the order you pick is the order they are applied.",
        "zh": "依次挑选变换：挑选的顺序就是执行的顺序。",
    },
    "audio.empty_pipeline": {
        "en": "The pipeline is empty: pick at least one transform (or a recipe) above.",
        "zh": "流水线是空的：请在上面至少选一个变换（或选一个配方）。",
    },
    "audio.step_on": {"en": "Use this step", "zh": "使用这一步"},
    "audio.step_on_help": {
        "en": "Switch a step off to hear the pipeline without it; its settings stay as they are.",
        "zh": "关闭某一步即可听到没有它的流水线；它的设置保持不变。",
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
    "audio.dice": {"en": "Random recipe", "zh": "随机配方"},
    "audio.dice.legacy": {
        "en": "This pipeline came from an older file or link, so its draws use random recipe {old}: every draw "
        "replays exactly as it was shared. New pipelines use recipe {new}, the same kind of draws "
        "at less cost per draw (it matters in long training loops).",
        "zh": "该流水线来自较早的文件或链接，因此抽样使用第 {old} 号随机配方："
        "每次抽样都与分享时完全一致。新建的流水线使用第 {new} 号配方：同样的抽样方式，"
        "每次抽样开销更低（在长时间训练循环中才明显）。",
    },
    "audio.dice.switch": {"en": "Use recipe {new}", "zh": "改用配方 {new}"},
    "audio.dice.switch_help": {
        "en": "Every draw changes (the same seed then gives new values); the settings stay as they are.",
        "zh": "每次抽样都会改变（同一种子将给出新的数值）；各项设置保持不变。",
    },
    # --- errors from the engine
    "audio.error.unknown_transform": {
        "en": "Unknown transform {name}; known transforms: {known}.",
        "zh": "未知的变换 {name}；可用的变换：{known}。",
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
    "audio.error.bad_link": {
        "en": "The link's pipeline could not be read (it may be cut short or edited); the default pipeline is "
        "shown. Copy the address bar again from the page that made it.",
        "zh": "无法读取链接中的流水线（可能被截断或改动过），已显示默认流水线。请从生成链接的页面重新复制地址栏。",
    },
    "audio.error.unknown_dice": {
        "en": "This pipeline draws its random values with recipe {dice}, which this version of the playground does "
        "not know (it knows recipes {known}). Update the playground, or export the pipeline again from this page.",
        "zh": "该流水线使用第 {dice} 号随机配方抽取数值，本版本的实验平台不认识它（只认识配方 {known}）。"
        "请更新实验平台，或在本页重新导出流水线。",
    },
    "audio.error.bad_json": {
        "en": "The file is not valid JSON; export a pipeline from this page to get one that loads.",
        "zh": "该文件不是有效的 JSON；请从本页导出流水线，得到可载入的文件。",
    },
}
