"""Titles and summaries of the vision lab's registries: data sets, test sets, models and fonts."""

STRINGS: dict[str, dict[str, str]] = {
    # data sets
    "vision.data.printed": {"en": "Printed digits (28×28, Hershey fonts)", "zh": "印刷体数字（28×28，Hershey 字体）"},
    "vision.data.printed.summary": {
        "en": "Digits drawn with OpenCV's Hershey fonts (7 faces for training, 3 held out), made from the seed.",
        "zh": "用 OpenCV 的 Hershey 字体绘制的数字（7 种字体用于训练，3 种留作测试），由随机种子生成。",
    },
    "vision.data.digits": {
        "en": "Handwritten digits (scikit-learn, 8×8 → 16×16)",
        "zh": "手写数字（scikit-learn，8×8 → 16×16）",
    },
    "vision.data.digits.summary": {
        "en": "scikit-learn's bundled 1,797 handwritten digits, shown at 16×16 so rotations keep the strokes.",
        "zh": "scikit-learn 自带的 1,797 个手写数字，放大到 16×16，旋转时笔画不会丢失。",
    },
    # test sets
    "vision.test.clean": {"en": "Clean", "zh": "原样"},
    "vision.test.clean.summary": {"en": "The held-out test images as they are.", "zh": "未经改动的留出测试图像。"},
    "vision.test.shifted": {"en": "Shifted", "zh": "平移"},
    "vision.test.shifted.summary": {
        "en": "The same test images moved 12–20 % of their side.",
        "zh": "同样的测试图像，平移边长的 12–20 %。",
    },
    "vision.test.rotated": {"en": "Rotated", "zh": "旋转"},
    "vision.test.rotated.summary": {
        "en": "The same test images turned 15–35 degrees.",
        "zh": "同样的测试图像，旋转 15–35 度。",
    },
    "vision.test.noisy": {"en": "Noisy", "zh": "噪声"},
    "vision.test.noisy.summary": {
        "en": "The same test images with strong pixel noise.",
        "zh": "同样的测试图像，加上较强的像素噪声。",
    },
    "vision.test.fonts": {"en": "Held-out fonts", "zh": "未见过的字体"},
    "vision.test.fonts.summary": {
        "en": "Digits in fonts never used in training (a domain shift).",
        "zh": "训练中从未用过的字体写出的数字（领域偏移）。",
    },
    "vision.test.fonts_digits": {"en": "Printed digits (domain shift)", "zh": "印刷体数字（领域偏移）"},
    # models
    "vision.model.seed_cnn": {
        "en": "Curriculum CNN: Conv2D(32, 3) → MaxPool → Dense(10)",
        "zh": "课程中的 CNN：Conv2D(32, 3) → MaxPool → Dense(10)",
    },
    "vision.model.seed_cnn.summary": {
        "en": "The curriculum's classifier: one convolution, one pooling, one dense layer.",
        "zh": "课程中的分类器：一个卷积层、一个池化层、一个全连接层。",
    },
    "vision.model.tiny_vgg": {"en": "Tiny VGG (CNN Explainer style)", "zh": "微型 VGG（CNN Explainer 风格）"},
    "vision.model.tiny_vgg.summary": {
        "en": "Four 3×3 convolutions of 10 filters in two blocks, each block ending in pooling.",
        "zh": "两个模块共四个 3×3 卷积层（每层 10 个滤波器），每个模块以池化结束。",
    },
    "vision.model.mlp": {"en": "MLP (no convolution, for contrast)", "zh": "多层感知机（无卷积，用于对比）"},
    "vision.model.mlp.summary": {
        "en": "Pixels as one flat list into 64 hidden units: it has no notion of neighbouring pixels.",
        "zh": "把像素拉成一列送入 64 个隐藏单元：它不知道哪些像素相邻。",
    },
    # fonts
    "vision.font.simplex": {"en": "Hershey Simplex", "zh": "Hershey Simplex 字体"},
    "vision.font.simplex.summary": {"en": "A plain sans-serif face (training).", "zh": "朴素的无衬线字体（训练用）。"},
    "vision.font.plain": {"en": "Hershey Plain", "zh": "Hershey Plain 字体"},
    "vision.font.plain.summary": {"en": "A small single-stroke face (training).", "zh": "小号单笔画字体（训练用）。"},
    "vision.font.duplex": {"en": "Hershey Duplex", "zh": "Hershey Duplex 字体"},
    "vision.font.duplex.summary": {
        "en": "A double-stroke sans-serif face (training).",
        "zh": "双笔画无衬线字体（训练用）。",
    },
    "vision.font.complex": {"en": "Hershey Complex", "zh": "Hershey Complex 字体"},
    "vision.font.complex.summary": {"en": "A serif face (training).", "zh": "衬线字体（训练用）。"},
    "vision.font.triplex": {"en": "Hershey Triplex", "zh": "Hershey Triplex 字体"},
    "vision.font.triplex.summary": {"en": "A heavy serif face (training).", "zh": "粗衬线字体（训练用）。"},
    "vision.font.complex_small": {"en": "Hershey Complex Small", "zh": "Hershey Complex Small 字体"},
    "vision.font.complex_small.summary": {"en": "A small serif face (training).", "zh": "小号衬线字体（训练用）。"},
    "vision.font.simplex_italic": {"en": "Hershey Simplex italic", "zh": "Hershey Simplex 斜体"},
    "vision.font.simplex_italic.summary": {
        "en": "The sans-serif face, slanted (training).",
        "zh": "倾斜的无衬线字体（训练用）。",
    },
    "vision.font.script_simplex": {"en": "Hershey Script Simplex", "zh": "Hershey Script Simplex 字体"},
    "vision.font.script_simplex.summary": {
        "en": "A handwriting-like face (held out).",
        "zh": "类似手写的字体（留作测试）。",
    },
    "vision.font.script_complex": {"en": "Hershey Script Complex", "zh": "Hershey Script Complex 字体"},
    "vision.font.script_complex.summary": {
        "en": "A heavier handwriting-like face (held out).",
        "zh": "较粗的类手写字体（留作测试）。",
    },
    "vision.font.complex_italic": {"en": "Hershey Complex italic", "zh": "Hershey Complex 斜体"},
    "vision.font.complex_italic.summary": {
        "en": "The serif face, slanted (held out).",
        "zh": "倾斜的衬线字体（留作测试）。",
    },
}
