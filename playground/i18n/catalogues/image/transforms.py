"""Image augmentation studio: each transform's title (``image.t.<name>``) and one-line explanation
(``image.t.<name>.why``), the keys ``TransformSpec.title_key`` and ``explain_key`` name.
"""

# Transform titles and one-line explanations: (title en, title zh, why en, why zh).
_TRANSFORMS: dict[str, tuple[str, str, str, str]] = {
    "rotate": (
        "Rotate",
        "旋转",
        "Turns the image by a random angle: objects are rarely perfectly upright.",
        "按随机角度旋转图像：现实中的物体很少完全端正。",
    ),
    "affine": (
        "Affine (zoom, shift, shear)",
        "仿射（缩放、平移、错切）",
        "Zooms, shifts and slants the image: the same object at another distance, place or viewing angle.",
        "缩放、平移并倾斜图像：同一物体处于不同距离、位置或视角。",
    ),
    "hflip": (
        "Horizontal flip",
        "水平翻转",
        "Mirrors left and right: a cat facing left is still a cat.",
        "左右镜像：朝左的猫仍然是猫。",
    ),
    "vflip": (
        "Vertical flip",
        "垂直翻转",
        "Turns the image upside down: fine for satellite or microscope images, wrong for street scenes.",
        "上下颠倒：适合卫星或显微图像，不适合街景。",
    ),
    "transpose": (
        "Transpose",
        "转置",
        "Swaps rows and columns (a flip across the diagonal).",
        "交换行与列（沿对角线翻转）。",
    ),
    "random_crop": (
        "Random crop",
        "随机裁剪",
        "Keeps a random window: the object is not always centred or whole.",
        "保留一个随机窗口：物体不一定居中或完整。",
    ),
    "random_resized_crop": (
        "Random resized crop",
        "随机缩放裁剪",
        "Crops a random area and aspect, then resizes to a square: the ImageNet training staple.",
        "随机裁剪一块面积和宽高比，再缩放为正方形：ImageNet 训练的标配。",
    ),
    "center_crop": (
        "Centre crop",
        "中心裁剪",
        "Keeps the middle: the usual last step at test time.",
        "保留图像中央部分：测试阶段常用的最后一步。",
    ),
    "resize": (
        "Resize",
        "缩放尺寸",
        "Scales the image so its longest side has a given length.",
        "缩放图像，使最长边达到指定长度。",
    ),
    "pad": (
        "Pad",
        "填充边缘",
        "Adds a border (black or mirrored) around the image.",
        "在图像四周添加边框（黑色或镜像）。",
    ),
    "perspective": (
        "Perspective",
        "透视变换",
        "Moves the four corners: the scene seen from a slightly different spot.",
        "移动四个角点：相当于从略微不同的位置观看场景。",
    ),
    "elastic": (
        "Elastic",
        "弹性形变",
        "Bends the image with a smooth random field, like handwriting or soft tissue.",
        "用平滑的随机位移场弯曲图像，如同手写体或软组织的变形。",
    ),
    "grid_distortion": (
        "Grid distortion",
        "网格畸变",
        "Stretches and squeezes grid cells along each axis.",
        "沿每个坐标轴拉伸或压缩网格单元。",
    ),
    "optical_distortion": (
        "Lens distortion",
        "镜头畸变",
        "Barrel or pincushion distortion of a cheap wide lens.",
        "廉价广角镜头的桶形或枕形畸变。",
    ),
    "brightness": (
        "Brightness",
        "亮度",
        "Adds or removes light evenly: a sunnier or darker day.",
        "整体增减亮度：更晴朗或更昏暗的一天。",
    ),
    "contrast": (
        "Contrast",
        "对比度",
        "Stretches or squeezes tones around the mean grey: hazy or crisp light.",
        "围绕平均灰度拉伸或压缩色调：朦胧或清晰的光线。",
    ),
    "brightness_contrast": (
        "Brightness and contrast",
        "亮度与对比度",
        "Multiplies and shifts every pixel value (albumentations' RandomBrightnessContrast).",
        "对每个像素值先乘后加（即 albumentations 的 RandomBrightnessContrast）。",
    ),
    "gamma": (
        "Gamma",
        "Gamma 校正",
        "Bends the tone curve: brighter or darker shadows, highlights kept.",
        "弯曲色调曲线：暗部变亮或变暗，高光保持不变。",
    ),
    "hsv_shift": (
        "Hue, saturation, value",
        "色相、饱和度、明度",
        "Shifts colours round the colour wheel and makes them richer or duller.",
        "沿色环偏移颜色，并让颜色更浓或更淡。",
    ),
    "rgb_shift": (
        "RGB shift",
        "RGB 偏移",
        "Adds a different amount to red, green and blue: a colour cast.",
        "对红、绿、蓝通道加上不同的量：产生偏色。",
    ),
    "channel_shuffle": (
        "Channel shuffle",
        "通道打乱",
        "Swaps the colour channels: forces the model to use shape, not colour.",
        "交换颜色通道：迫使模型依赖形状而不是颜色。",
    ),
    "to_gray": (
        "To greyscale",
        "转为灰度",
        "Removes colour: the object should be recognisable without it.",
        "去掉颜色：没有颜色也应能认出物体。",
    ),
    "invert": (
        "Invert",
        "反色",
        "Turns every value v into 255 − v, like a photo negative.",
        "把每个值 v 变为 255 − v，就像照片底片。",
    ),
    "posterize": (
        "Posterize",
        "色调分离",
        "Keeps only the top bits of each value: fewer, flatter tones.",
        "只保留每个值的高位：色调更少、更平。",
    ),
    "solarize": ("Solarize", "曝光反转", "Inverts only the values above a threshold.", "只反转高于阈值的像素值。"),
    "equalize": (
        "Equalize",
        "直方图均衡",
        "Spreads each channel's values over the full range (histogram equalisation).",
        "把每个通道的值均匀铺满整个范围（直方图均衡化）。",
    ),
    "clahe": (
        "CLAHE",
        "CLAHE 自适应均衡",
        "Equalises lightness tile by tile, with a limit so noise is not boosted.",
        "逐块均衡明度，并设上限以免放大噪声。",
    ),
    "sharpen": (
        "Sharpen",
        "锐化",
        "Boosts edges with a 3×3 kernel blended with the original.",
        "用 3×3 卷积核增强边缘，并与原图混合。",
    ),
    "emboss": ("Emboss", "浮雕", "Lights edges from one side, like a relief.", "从一侧照亮边缘，形成浮雕效果。"),
    "color_jitter": (
        "Colour jitter",
        "颜色抖动",
        "Random brightness, contrast, saturation and hue, as torchvision's ColorJitter.",
        "随机改变亮度、对比度、饱和度和色相，与 torchvision 的 ColorJitter 相同。",
    ),
    "gaussian_blur": (
        "Gaussian blur",
        "高斯模糊",
        "Softens the image: slight defocus or a small, upscaled photo.",
        "柔化图像：轻微失焦或被放大的小照片。",
    ),
    "motion_blur": (
        "Motion blur",
        "运动模糊",
        "Smears along a line: a moving camera or object.",
        "沿一条直线拖影：相机或物体在运动。",
    ),
    "median_blur": (
        "Median blur",
        "中值模糊",
        "Replaces each pixel by the median of its window: removes specks, keeps edges.",
        "用窗口中值替换每个像素：去除斑点，保留边缘。",
    ),
    "defocus": ("Defocus", "失焦", "Blurs with a disk, as an out-of-focus lens does.", "用圆盘核模糊，就像镜头失焦。"),
    "gaussian_noise": (
        "Gaussian noise",
        "高斯噪声",
        "Adds random grain to every value: a dark room or a small sensor. 'Exact' draws a true Gaussian; the fast "
        "table is quicker but never strays beyond ±2.9σ (a Gaussian does, 0.27 % of the time beyond 3σ).",
        "给每个值加上随机颗粒：暗光环境或小尺寸传感器。“精确”抽取真正的高斯分布；快速查表更快，"
        "但从不超出 ±2.9σ（真实高斯有 0.27% 的值超出 3σ）。",
    ),
    "multiplicative_noise": (
        "Multiplicative (ISO) noise",
        "乘性（ISO）噪声",
        "Multiplies each value by a random gain: noise that grows with brightness.",
        "把每个值乘以随机增益：噪声随亮度增强。",
    ),
    "salt_pepper": (
        "Salt and pepper",
        "椒盐噪声",
        "Turns random pixels white or black: dead or hot sensor pixels.",
        "把随机像素变成白色或黑色：坏点或热像素。",
    ),
    "jpeg": (
        "JPEG compression",
        "JPEG 压缩",
        "Saves at a low JPEG quality: blocky artefacts of web images.",
        "以低质量保存为 JPEG：网络图片的块状伪影。",
    ),
    "downscale": (
        "Downscale",
        "降采样",
        "Shrinks then enlarges again: the detail of a low-resolution source is lost.",
        "先缩小再放大：低分辨率来源的细节丢失。",
    ),
    "coarse_dropout": (
        "Coarse dropout (cutout)",
        "粗粒度丢弃（Cutout）",
        "Blanks a few random rectangles: the model must use the rest of the object.",
        "随机涂掉几个矩形：模型必须利用物体的其余部分。",
    ),
    "random_erasing": (
        "Random erasing",
        "随机擦除",
        "Erases one random rectangle, as torchvision's RandomErasing.",
        "随机擦除一个矩形，与 torchvision 的 RandomErasing 相同。",
    ),
    "grid_dropout": (
        "Grid dropout",
        "网格丢弃",
        "Blanks squares on a regular, randomly shifted grid (GridMask).",
        "在规则且随机平移的网格上涂掉方块（GridMask）。",
    ),
}

STRINGS: dict[str, dict[str, str]] = {}
for _name, (_title_en, _title_zh, _why_en, _why_zh) in _TRANSFORMS.items():
    STRINGS[f"image.t.{_name}"] = {"en": _title_en, "zh": _title_zh}
    STRINGS[f"image.t.{_name}.why"] = {"en": _why_en, "zh": _why_zh}
