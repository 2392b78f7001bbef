"""Strings of the image augmentation studio (``pages/image_augmentation.py``), English and Chinese.

Transform titles and one-line explanations are ``image.t.<name>`` and
``image.t.<name>.why`` (the keys ``TransformSpec.title_key``/``explain_key``
name); parameter labels are ``image.param.<name>``, or
``image.param.<transform>.<name>`` where one transform means something else.
"""

_PAIRS: dict[str, tuple[str, str]] = {
    # --- page ---
    "image.title": ("Image augmentation studio", "图像增强工作室"),
    "image.intro": (
        "Augmentation shows a network many plausible versions of each training image, so it learns what matters "
        "(the object) and ignores what does not (angle, light, noise). Build a pipeline on the left; every tile on "
        "the right is one random draw from the same seed, listing which steps fired and what they sampled.",
        "数据增强让网络看到每张训练图像的许多合理变体，从而学会关注重要的东西（物体本身），忽略无关的东西"
        "（角度、光照、噪声）。在左侧搭建流水线；右侧每个图块都是同一种子下的一次随机抽样，"
        "并列出触发了哪些步骤以及抽到的参数。",
    ),
    "image.input_header": ("1 · Image", "1 · 图像"),
    "image.pipeline_header": ("2 · Pipeline", "2 · 流水线"),
    "image.labels_header": ("3 · Labels", "3 · 标注"),
    "image.grid_header": ("Original and random draws", "原图与随机抽样"),
    "image.inspect_header": ("Inspect one draw, step by step", "逐步查看单次抽样"),
    "image.export_header": ("4 · Export", "4 · 导出"),
    "image.source": ("Source", "来源"),
    "image.source.sample": ("Sample", "示例"),
    "image.source.upload": ("Upload", "上传"),
    "image.source.camera": ("Camera", "相机"),
    "image.sample": ("Bundled sample", "内置示例"),
    "image.upload": ("Your images", "你的图像"),
    "image.upload_help": (
        "Accepted: {accepted}. You can drop several files.",
        "支持：{accepted}。可一次拖入多个文件。",
    ),
    "image.upload_hint": (
        "Drop one or more images above (PNG, JPEG, WebP, BMP, TIFF or GIF).",
        "请在上方拖入一张或多张图像（PNG、JPEG、WebP、BMP、TIFF 或 GIF）。",
    ),
    "image.upload_pick": ("Image to use", "使用的图像"),
    "image.camera": ("Take a snapshot", "拍一张照片"),
    "image.kept_input": (
        "Still using {name} from earlier in this session; add another image to replace it.",
        "仍在使用本次会话中较早的 {name}；添加另一张图像即可替换。",
    ),
    "image.camera_hint": (
        "Allow the camera in your browser, then take a snapshot.",
        "请在浏览器中允许使用相机，然后拍照。",
    ),
    "image.camera_name": ("Camera snapshot", "相机快照"),
    "image.no_image": (
        "Choose a sample, upload an image or take a snapshot to see the draws.",
        "请选择示例、上传图像或拍照，即可查看抽样结果。",
    ),
    "image.preview_note": (
        "Working on a {w}×{h} preview copy (original {ow}×{oh} {fmt}); every draw and download uses this copy.",
        "正在处理 {w}×{h} 的预览副本（原图 {ow}×{oh}，{fmt}）；所有抽样和下载都基于此副本。",
    ),
    "image.quick": ("One transform (beginner mode)", "单个变换（入门模式）"),
    "image.quick_help": (
        "Try one transform at a time, always applied (p = 1). Switch off to build a full pipeline.",
        "一次只试一个变换，并且总是应用（p = 1）。关闭后可搭建完整流水线。",
    ),
    "image.quick_pick": ("Transform", "变换"),
    "image.preset": ("Preset", "预设"),
    "image.preset.light": ("Light: flip, tilt, lighting", "轻度：翻转、微倾、光照"),
    "image.preset.classic": ("Classic: the six benchmark steps", "经典：基准测试的六步"),
    "image.preset.heavy_geometric": ("Heavy geometric", "强几何变换"),
    "image.preset.photometric": ("Photometric: colour, blur, noise", "光度：颜色、模糊、噪声"),
    "image.preset.occlusion": ("Occlusion: cutout, erasing", "遮挡：挖洞、擦除"),
    "image.preset.light.summary": (
        "The everyday recipe for photos: mild, label-safe, keeps images realistic.",
        "照片的日常配方：温和、不破坏标注，图像依然真实。",
    ),
    "image.preset.classic.summary": (
        "What an ImageNet-style training loader does: tilt, crop and resize, flip, light, blur, noise.",
        "ImageNet 式训练数据加载器的做法：倾斜、裁剪缩放、翻转、光照、模糊、噪声。",
    ),
    "image.preset.heavy_geometric.summary": (
        "Strong warps of shape and viewpoint: watch the box and the keypoints follow the pixels.",
        "对形状和视角的强烈扭曲：看边框和关键点如何跟随像素移动。",
    ),
    "image.preset.photometric.summary": (
        "Colour, light and sensor changes only: nothing moves, so labels stay exactly where they were.",
        "只改变颜色、光照和传感器效果：没有东西移动，标注保持原位。",
    ),
    "image.preset.occlusion.summary": (
        "Hide random patches so a model cannot rely on any one telltale part of the picture.",
        "随机遮住一些区域，让模型无法依赖图中任何一个显眼的局部。",
    ),
    "image.load_preset": ("Load preset", "载入预设"),
    "image.empty_pipeline": (
        "The pipeline is empty: every draw equals the original. Add a step below or load a preset.",
        "流水线为空：每次抽样都与原图相同。请在下方添加步骤或载入预设。",
    ),
    "image.add_pick": ("Transform to add", "要添加的变换"),
    "image.add": ("Add step", "添加步骤"),
    "image.move_up": ("Move up (runs earlier)", "上移（更早执行）"),
    "image.move_down": ("Move down (runs later)", "下移（更晚执行）"),
    "image.remove": ("Remove this step", "删除此步骤"),
    "image.settings": ("Settings · p = {p:.2f}", "设置 · p = {p:.2f}"),
    "image.p": ("Probability p", "概率 p"),
    "image.p_help": (
        "Chance that this step runs in a draw. p = 0 never changes the image; p = 1 always runs.",
        "此步骤在一次抽样中执行的概率。p = 0 从不改变图像；p = 1 每次都执行。",
    ),
    "image.labels_on": ("Draw a box and keypoints", "绘制边界框和关键点"),
    "image.labels_help": (
        "Labels move with every geometric step, exactly as the pixels under them do.",
        "标注会随每个几何步骤移动，与其下方的像素完全一致。",
    ),
    "image.labels_edit": ("Edit the box and keypoints (preview pixels)", "编辑边界框和关键点（预览像素）"),
    "image.box_x": ("Box: left and right", "边界框：左右边"),
    "image.box_y": ("Box: top and bottom", "边界框：上下边"),
    "image.point_x": ("Keypoint {i}: x", "关键点 {i}：x"),
    "image.point_y": ("Keypoint {i}: y", "关键点 {i}：y"),
    "image.labels_one_pixel": (
        "This image is {w}×{h} px: along a side of one pixel every label sits at 0, so that side has no slider.",
        "此图像为 {w}×{h} 像素：在只有一个像素的边上，所有标注都位于 0，因此该边没有滑块。",
    ),
    "image.n_draws": ("Number of draws", "抽样数量"),
    "image.n_draws_help": ("From 1 to 36 random draws of the pipeline.", "对流水线进行 1 到 36 次随机抽样。"),
    "image.seed": ("Seed", "种子"),
    "image.seed_help": (
        "The same seed, image and pipeline always give the same draws, on any computer.",
        "相同的种子、图像和流水线在任何电脑上都会得到相同的抽样。",
    ),
    "image.reroll": ("New seed", "换个种子"),
    "image.reroll_help": (
        "Pick a new seed to see new draws; type a seed to go back to an earlier grid.",
        "换一个种子查看新的抽样；输入以前的种子即可回到之前的结果。",
    ),
    "image.grid_caption": (
        "{n} draws with seed {seed}; ✓ marks the steps that fired, with the values they sampled. Draw k stays the "
        "same whatever the number of draws. “Enlarge” shows a draw large, after every step.",
        "种子 {seed} 下的 {n} 次抽样；✓ 标出触发的步骤及其抽到的参数。无论抽样数量多少，第 k 次抽样都保持不变。"
        "“放大”可查看大图以及每一步之后的结果。",
    ),
    "image.original_caption": ("**Original** · {w}×{h}", "**原图** · {w}×{h}"),
    "image.draw_head": ("**#{i}** · {fired}/{total} fired · {w}×{h}", "**#{i}** · 触发 {fired}/{total} · {w}×{h}"),
    "image.nothing_fired": ("nothing fired: same as the original", "没有触发任何步骤：与原图相同"),
    "image.n_rects": ("{n} rectangles", "{n} 个矩形"),
    "image.zoom": ("Enlarge", "放大"),
    "image.zoom_title": ("Draw #{i}, step by step", "第 {i} 次抽样（逐步）"),
    "image.inspect": ("Draw to inspect", "要查看的抽样"),
    "image.draw_label": ("Draw #{i}", "抽样 #{i}"),
    "image.enlarged": ("Draw #{i} at full preview size, {w}×{h}", "抽样 #{i}，预览原尺寸 {w}×{h}"),
    "image.intermediates": ("After each step", "每一步之后"),
    "image.step_original": ("0. Original", "0. 原图"),
    "image.fired": ("fired", "已触发"),
    "image.skipped": ("skipped", "已跳过"),
    "image.col_step": ("Step", "步骤"),
    "image.col_transform": ("Transform", "变换"),
    "image.col_fired": ("Fired", "触发"),
    "image.col_params": ("Sampled parameters", "抽到的参数"),
    "image.col_size": ("Size after", "输出尺寸"),
    "image.hist_header": ("Pixel histogram", "像素直方图"),
    "image.hist_caption": (
        "Red, green and blue channels. Dotted: original; solid: this draw. A shift right means brighter; "
        "clipping piles pixels up at 0 or 255.",
        "红、绿、蓝三个通道。虚线：原图；实线：本次抽样。曲线右移表示变亮；截断会让像素堆积在 0 或 255。",
    ),
    "image.hist_x": ("Pixel value", "像素值"),
    "image.hist_y": ("Share of pixels", "像素占比"),
    "image.original": ("Original", "原图"),
    "image.red": ("R", "红"),
    "image.green": ("G", "绿"),
    "image.blue": ("B", "蓝"),
    "image.tab_json": ("Pipeline JSON", "流水线 JSON"),
    "image.tab_python": ("Python (playground)", "Python（playground）"),
    "image.tab_albu": ("albumentations", "albumentations"),
    "image.tab_zip": ("Images (ZIP)", "图像（ZIP）"),
    "image.download_json": ("Download pipeline.json", "下载 pipeline.json"),
    "image.load_json": ("Load a pipeline JSON file", "载入流水线 JSON 文件"),
    "image.python_note": (
        "This script rebuilds exactly this grid (same seed, same pixels) with the playground package.",
        "此脚本使用 playground 包精确重建当前网格（相同种子，相同像素）。",
    ),
    "image.download_python": ("Download reproduce_grid.py", "下载 reproduce_grid.py"),
    "image.albu_note": (
        "The same pipeline for albumentations 2.x, ready for a training loader (its random draws differ from ours).",
        "适用于 albumentations 2.x 的相同流水线，可直接用于训练数据加载（其随机抽样与本页不同）。",
    ),
    "image.albu_missing": (
        "No albumentations equivalent for: {names}. They appear as comments in the code.",
        "以下变换在 albumentations 中没有对应项：{names}。代码中以注释形式列出。",
    ),
    "image.download_albu": ("Download albumentations_pipeline.py", "下载 albumentations_pipeline.py"),
    "image.zip_note": (
        "{n} draws as PNG files at preview size, plus params.csv and params.json with every sampled parameter.",
        "{n} 次抽样的预览尺寸 PNG 文件，外加记录所有抽样参数的 params.csv 和 params.json。",
    ),
    "image.download_zip": ("Download the draws (ZIP)", "下载抽样结果（ZIP）"),
}

STRINGS: dict[str, dict[str, str]] = {key: {"en": en, "zh": zh} for key, (en, zh) in _PAIRS.items()}
