"""Strings of ``playground.io``: why an upload was refused and what is accepted, or what was changed.

Every error says what was wrong and what to upload instead. ``{accepted}`` is
a list of format names ("PNG, JPEG, ..."), the same in both languages.
"""

STRINGS: dict[str, dict[str, str]] = {
    # Images: errors
    "io.image.empty": {
        "en": "The file is empty (0 bytes). Upload an image file: {accepted}.",
        "zh": "文件是空的（0 字节）。请上传图像文件：{accepted}。",
    },
    "io.image.file_too_large": {
        "en": "This file is {size_mb:.1f} MB; files up to {limit_mb:.0f} MB are accepted. "
        "Save a smaller copy as {accepted} and upload again.",
        "zh": "此文件大小为 {size_mb:.1f} MB，最多只接受 {limit_mb:.0f} MB 的文件。"
        "请另存一个更小的副本（{accepted}）后重新上传。",
    },
    "io.image.too_many_pixels": {
        "en": "This image is {megapixels:.1f} megapixels; images up to {limit_megapixels:.0f} megapixels are "
        "accepted. Resize it and upload again ({accepted}).",
        "zh": "此图像有 {megapixels:.1f} 百万像素，最多只接受 {limit_megapixels:.0f} 百万像素的图像。"
        "请缩小尺寸后重新上传（{accepted}）。",
    },
    "io.image.unsupported_format": {
        "en": "{format} images are not supported. Accepted formats: {accepted}. "
        "Convert the image to one of them and upload again.",
        "zh": "不支持 {format} 格式的图像。可接受的格式：{accepted}。请转换为其中一种格式后重新上传。",
    },
    "io.image.wrong_kind": {
        "en": "This looks like a {kind} file, not an image. Upload an image in one of these formats: {accepted}.",
        "zh": "这看起来是 {kind} 文件，而不是图像。请上传以下格式之一的图像：{accepted}。",
    },
    "io.image.unrecognized": {
        "en": "This file is not an image we can read. Accepted formats: {accepted}.",
        "zh": "无法将此文件识别为可读取的图像。可接受的格式：{accepted}。",
    },
    "io.image.damaged": {
        "en": "The image file is truncated or damaged, so it could not be decoded. "
        "Export it again ({accepted}) and upload the new file.",
        "zh": "图像文件不完整或已损坏，无法解码。请重新导出（{accepted}）后上传新文件。",
    },
    "io.image.unsupported_mode": {
        "en": "This image uses the {mode} colour mode, which cannot be converted to RGB here. "
        "Save it as an RGB or grayscale image ({accepted}) and upload again.",
        "zh": "此图像使用 {mode} 颜色模式，无法在此转换为 RGB。请另存为 RGB 或灰度图像（{accepted}）后重新上传。",
    },
    "io.image.not_finite": {
        "en": "This floating-point image contains NaN or infinite values, which have no colour. "
        "Replace them, or save the image as 8- or 16-bit ({accepted}), and upload again.",
        "zh": "此浮点图像包含 NaN 或无穷大值，无法对应任何颜色。"
        "请替换这些值，或另存为 8 位或 16 位图像（{accepted}）后重新上传。",
    },
    # Images: notices
    "io.image.downscaled": {
        "en": "The image ({width}×{height} px) was scaled down to {new_width}×{new_height} px "
        "so that every view stays quick.",
        "zh": "图像（{width}×{height} 像素）已缩小为 {new_width}×{new_height} 像素，以保证各个视图响应迅速。",
    },
    "io.image.first_frame": {
        "en": "This {format} file has several frames; only the first one is used.",
        "zh": "此 {format} 文件包含多帧，只使用第一帧。",
    },
    "io.image.tiff_fallback": {
        "en": "This TIFF's layout (planar or floating-point samples, as lab software writes) needs a second reader, "
        "tifffile, which read it. It has {pages} page(s); only the first page is used.",
        "zh": "此 TIFF 的布局（实验室软件常写的平面排列或浮点采样）需要第二个读取器 tifffile，已用它读取。"
        "它有 {pages} 页，只使用第一页。",
    },
    "io.image.transparency_flattened": {
        "en": "Transparent areas are shown on a solid background colour ({colour}; #FFFFFF is white).",
        "zh": "透明区域以纯色背景显示（{colour}；#FFFFFF 为白色）。",
    },
    "io.image.bit_depth_reduced": {
        "en": "This {bits}-bit image was reduced to 8 bits per channel, the depth the playground works in.",
        "zh": "此 {bits} 位图像已转换为每通道 8 位，这是游乐场使用的位深。",
    },
    "io.image.range_stretched": {
        "en": "The pixel values range from {low:g} to {high:g}, not 0 to 1, so they were stretched to black-to-white.",
        "zh": "像素值的范围是 {low:g} 到 {high:g}，而不是 0 到 1，因此已按比例拉伸为从黑到白。",
    },
    # Audio: errors
    "io.audio.empty": {
        "en": "The file is empty (0 bytes). Upload a sound file: {accepted}.",
        "zh": "文件是空的（0 字节）。请上传音频文件：{accepted}。",
    },
    "io.audio.file_too_large": {
        "en": "This file is {size_mb:.1f} MB; files up to {limit_mb:.0f} MB are accepted. "
        "Upload a shorter clip ({accepted}).",
        "zh": "此文件大小为 {size_mb:.1f} MB，最多只接受 {limit_mb:.0f} MB 的文件。请上传更短的片段（{accepted}）。",
    },
    "io.audio.unsupported_format": {
        "en": "{format} audio cannot be read here. Accepted formats: {accepted}. "
        "Convert the file to WAV first, then upload the WAV: for example `ffmpeg -i input.{ext} output.wav` "
        "in a terminal, or open it in Audacity and use File › Export Audio › WAV, or use any online audio converter.",
        "zh": "无法读取 {format} 音频。可接受的格式：{accepted}。请先把文件转换为 WAV 再上传："
        "例如在终端运行 `ffmpeg -i input.{ext} output.wav`，或用 Audacity 打开后选择“文件 › 导出音频 › WAV”，"
        "也可以使用任意在线音频转换工具。",
    },
    "io.audio.wrong_kind": {
        "en": "This looks like a {kind} file, not a sound. Upload audio in one of these formats: {accepted}.",
        "zh": "这看起来是 {kind} 文件，而不是音频。请上传以下格式之一的音频：{accepted}。",
    },
    "io.audio.unrecognized": {
        "en": "This file is not a sound we can read. Accepted formats: {accepted}.",
        "zh": "无法将此文件识别为可读取的音频。可接受的格式：{accepted}。",
    },
    "io.audio.damaged": {
        "en": "This {kind} file is damaged: its header cannot be read. "
        "Export it again ({accepted}) and upload the new file.",
        "zh": "此 {kind} 文件已损坏，无法读取文件头。请重新导出（{accepted}）后上传新文件。",
    },
    "io.audio.bad_sample_rate": {
        "en": "The file says its sample rate is {rate} Hz; sample rates from {min_rate} to {max_rate} Hz are "
        "accepted. The header is probably damaged: export the sound again and upload it.",
        "zh": "文件声明的采样率为 {rate} Hz，可接受的采样率为 {min_rate} 至 {max_rate} Hz。"
        "文件头可能已损坏：请重新导出音频后上传。",
    },
    "io.audio.too_many_channels": {
        "en": "The file says it has {channels} channels; up to {limit} channels are accepted. "
        "Export a mono or stereo version and upload it.",
        "zh": "文件声明有 {channels} 个声道，最多只接受 {limit} 个声道。请导出单声道或立体声版本后上传。",
    },
    "io.audio.no_audio": {
        "en": "The file is valid but contains no audio (0 samples). Upload a recording in one of: {accepted}.",
        "zh": "文件格式正确，但不包含任何音频（0 个采样）。请上传以下格式之一的录音：{accepted}。",
    },
    "io.audio.truncated": {
        "en": "The file is truncated or damaged: its header promises {promised_s:.2f} s of audio, "
        "but the data ends early or cannot be decoded. Export it again and upload the complete file.",
        "zh": "文件不完整或已损坏：文件头声明有 {promised_s:.2f} 秒音频，但数据提前结束或无法解码。"
        "请重新导出并上传完整的文件。",
    },
    "io.audio.not_finite": {
        "en": "The file contains NaN or infinite sample values, which cannot be played. "
        "Export it again as 16-bit or 24-bit audio ({accepted}) and upload it.",
        "zh": "文件包含 NaN 或无穷大的采样值，无法播放。请重新导出为 16 位或 24 位音频（{accepted}）后上传。",
    },
    # Audio: notices
    "io.audio.trimmed": {
        "en": "The recording lasts {duration:.1f} s; only the first {kept:.1f} s are used.",
        "zh": "录音时长 {duration:.1f} 秒，只使用前 {kept:.1f} 秒。",
    },
    "io.audio.mixed_to_mono": {
        "en": "The {channels} channels were mixed into one (mono).",
        "zh": "{channels} 个声道已混合为单声道。",
    },
    "io.audio.over_full_scale": {
        "en": "Some samples reach {peak:.2f}, beyond full scale (1.0); they are kept as they are, "
        "and 16-bit playback clips them.",
        "zh": "部分采样值达到 {peak:.2f}，超出满刻度（1.0）；这些值保持原样，但以 16 位播放时会被削波。",
    },
    "io.audio.resampled": {
        "en": "Resampled from {original_rate} Hz to {target_rate} Hz, the working rate of this page.",
        "zh": "已从 {original_rate} Hz 重采样为 {target_rate} Hz，即本页面使用的采样率。",
    },
    # JSON from an upload or a link (playground.io.safe_json)
    "io.json.too_large": {
        "en": "This file is {size_kb:.0f} kB; JSON files up to {limit_kb:.0f} kB are accepted. "
        "Upload a pipeline or settings file the playground wrote.",
        "zh": "此文件大小为 {size_kb:.0f} kB，最多只接受 {limit_kb:.0f} kB 的 JSON 文件。"
        "请上传由本游乐场导出的流水线或设置文件。",
    },
    "io.json.not_text": {
        "en": "This file is not text (it holds binary data), so it cannot be JSON. "
        "Upload a .json file the playground wrote.",
        "zh": "此文件不是文本（包含二进制数据），因此不可能是 JSON。请上传由本游乐场导出的 .json 文件。",
    },
    "io.json.too_deep": {
        "en": "This JSON is nested {depth} levels deep; files up to {limit} levels are accepted "
        "(the playground writes at most 4). Upload a pipeline or settings file the playground wrote.",
        "zh": "此 JSON 嵌套了 {depth} 层，最多只接受 {limit} 层（本游乐场导出的文件最多 4 层）。"
        "请上传由本游乐场导出的流水线或设置文件。",
    },
    "io.json.bad": {
        "en": "This is not valid JSON ({error}). Upload a .json file the playground wrote, unedited.",
        "zh": "这不是有效的 JSON（{error}）。请上传由本游乐场导出且未经修改的 .json 文件。",
    },
}
