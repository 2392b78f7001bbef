"""The vision lab page's texts: set-up, training, results, inspection, own images and downloads."""

STRINGS: dict[str, dict[str, str]] = {
    "vision.title": {
        "en": "Vision lab: does augmentation make a CNN robust?",
        "zh": "视觉实验室：数据增强能让 CNN 更稳健吗？",
    },
    "vision.intro": {
        "en": "Train the same small CNN twice on the same seed — once on the plain images, once with augmentation — "
        "then test both on clean, shifted, rotated, noisy and unseen-font digits. "
        "Prove or refute the claim on your own run.",
        "zh": "用同一个随机种子把同一个小型 CNN 训练两次：一次用原始图像，一次加数据增强；"
        "然后在原样、平移、旋转、噪声和未见字体的数字上测试两者。用你自己的实验证明或推翻这个说法。",
    },
    "vision.making_data": {"en": "Drawing the digits for this seed…", "zh": "正在为这个种子绘制数字……"},
    "vision.step_data": {"en": "1 · Data", "zh": "1 · 数据"},
    "vision.step_model": {"en": "2 · Model", "zh": "2 · 模型"},
    "vision.step_augment": {"en": "3 · Augmentation (second run)", "zh": "3 · 数据增强（第二次训练）"},
    "vision.step_train": {"en": "4 · Train both runs", "zh": "4 · 训练两次"},
    "vision.step_results": {"en": "5 · What they learned", "zh": "5 · 它们学到了什么"},
    "vision.step_own": {"en": "6 · Your own image", "zh": "6 · 你自己的图像"},
    # data
    "vision.dataset": {"en": "Data set", "zh": "数据集"},
    "vision.dataset_help": {
        "en": "Printed digits are drawn from the seed with OpenCV fonts; the handwritten ones come with scikit-learn. "
        "Nothing is downloaded.",
        "zh": "印刷体数字由随机种子用 OpenCV 字体绘制；手写数字随 scikit-learn 附带。不下载任何东西。",
    },
    "vision.train_size": {"en": "Training images", "zh": "训练图像数"},
    "vision.train_size_help": {
        "en": "Augmentation matters most when data is scarce: try 100, then 2,000.",
        "zh": "数据越少，数据增强越重要：先试 100，再试 2,000。",
    },
    "vision.train_used": {
        "en": "Training on {n} of {available} images, {size}×{size} pixels; 400 test images per test set.",
        "zh": "使用 {available} 张中的 {n} 张训练，{size}×{size} 像素；每个测试集 400 张。",
    },
    "vision.train_clamped": {
        "en": "You asked for {asked} training images; this data set has {n}, so all of them are used.",
        "zh": "你要求 {asked} 张训练图像，这个数据集只有 {n} 张，因此全部使用。",
    },
    "vision.train_strip": {"en": "Training images (first ten)", "zh": "训练图像（前十张）"},
    # model
    "vision.model": {"en": "Model", "zh": "模型"},
    "vision.model_help": {
        "en": "The curriculum's CNN, a tiny VGG with more layers to look into, or an MLP that sees no neighbourhoods.",
        "zh": "课程中的 CNN、层数更多便于观察的微型 VGG，或不了解像素邻域的多层感知机。",
    },
    "vision.param_count": {"en": "{n} parameters.", "zh": "共 {n} 个参数。"},
    "vision.torch_code": {"en": "PyTorch (what trains here)", "zh": "PyTorch（这里实际训练的）"},
    "vision.keras_code": {"en": "Keras (the curriculum's code)", "zh": "Keras（课程中的代码）"},
    "vision.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "vision.epochs_help": {
        "en": "Passes over the training images (both runs).",
        "zh": "遍历训练图像的次数（两次训练相同）。",
    },
    "vision.batch_size": {"en": "Batch size", "zh": "批大小"},
    "vision.batch_help": {"en": "Images per gradient step.", "zh": "每次梯度更新使用的图像数。"},
    "vision.lr": {"en": "Learning rate (Adam)", "zh": "学习率（Adam）"},
    "vision.lr_help": {
        "en": "Adam's step size; 0.003 suits these small models.",
        "zh": "Adam 的步长；0.003 适合这些小模型。",
    },
    # augmentation
    "vision.augment": {"en": "Also train with augmentation", "zh": "同时训练加数据增强的版本"},
    "vision.augment_help": {
        "en": "Off: only the plain run. On: a second run with the same seed, data and first weights, "
        "whose training images pass through the pipeline below.",
        "zh": "关闭：只训练原始版本。开启：用相同的种子、数据和初始权重再训练一次，训练图像经过下面的增强流水线。",
    },
    "vision.augment_off": {"en": "Only the plain run will train.", "zh": "只会训练原始版本。"},
    "vision.aug_p": {"en": "Augmentation probability", "zh": "增强概率"},
    "vision.aug_p_help": {
        "en": "The chance that a training image is augmented in an epoch (each step then rolls its own p).",
        "zh": "每轮中一张训练图像被增强的概率（之后每个步骤再按自己的 p 决定是否执行）。",
    },
    "vision.source": {"en": "Pipeline", "zh": "流水线"},
    "vision.source_help": {
        "en": "Edit a short pipeline here, or use the one you built in the image augmentation studio.",
        "zh": "在这里编辑一个简短的流水线，或者使用你在图像增强工作室中搭建的流水线。",
    },
    "vision.source.lab": {"en": "Edit here", "zh": "在此编辑"},
    "vision.source.studio": {"en": "Image studio's pipeline", "zh": "图像工作室的流水线"},
    "vision.pipe": {"en": "Pipeline link token", "zh": "流水线链接令牌"},
    "vision.open_studio": {"en": "Open the image augmentation studio", "zh": "打开图像增强工作室"},
    "vision.studio_empty": {
        "en": "The image studio holds no pipeline in this session yet: open it, build one, and come back.",
        "zh": "本次会话中图像工作室还没有流水线：先去搭建一个，再回来。",
    },
    "vision.studio_steps": {"en": "Steps from the studio: {steps}", "zh": "来自工作室的步骤：{steps}"},
    "vision.edit_steps": {"en": "Steps", "zh": "步骤"},
    "vision.edit_steps_help": {
        "en": "Transforms of the image studio that suit gray digits. Flips are offered so you can see them hurt.",
        "zh": "适合灰度数字的图像工作室变换。也提供翻转，你可以看到它有害。",
    },
    "vision.step_p": {"en": "Probability p of this step", "zh": "此步骤的概率 p"},
    "vision.no_steps": {
        "en": "The pipeline has no step that is on: only the plain run will train.",
        "zh": "流水线中没有启用的步骤：只会训练原始版本。",
    },
    "vision.preview_caption": {
        "en": "Eight augmented copies of the first three training images, as the second run will see them.",
        "zh": "前三张训练图像的八个增强副本，即第二次训练看到的样子。",
    },
    # training
    "vision.train_caption": {
        "en": "Both runs train in the server's training backend, one mini-batch each in turn, with the same batches.",
        "zh": "两次训练都在服务器的训练后端中进行，轮流各跑一个小批次，使用相同的批次。",
    },
    "vision.train": {"en": "Train both runs", "zh": "训练两次"},
    "vision.pause": {"en": "Pause", "zh": "暂停"},
    "vision.resume": {"en": "Resume", "zh": "继续"},
    "vision.reset": {"en": "Reset", "zh": "重置"},
    "vision.press_train": {"en": "Press Train to start both runs.", "zh": "按“训练两次”开始。"},
    "vision.settings_changed": {
        "en": "The settings changed since this run: press Train to train them.",
        "zh": "设置在本次训练后已更改：按“训练两次”用新设置训练。",
    },
    "vision.starting": {"en": "Starting a training worker…", "zh": "正在启动训练进程……"},
    "vision.preparing": {
        "en": "The worker is drawing this seed's digits…",
        "zh": "训练进程正在绘制这个种子的数字……",
    },
    "vision.evaluating": {"en": "Scoring both runs on every test set…", "zh": "正在所有测试集上为两次训练打分……"},
    "vision.paused": {"en": "Paused after epoch {epoch} of {epochs}.", "zh": "已在第 {epoch}/{epochs} 轮后暂停。"},
    "vision.progress": {"en": "Epoch {epoch} of {epochs}", "zh": "第 {epoch}/{epochs} 轮"},
    "vision.speed": {"en": "Training images per second — {speeds}", "zh": "每秒训练图像数 — {speeds}"},
    "vision.msg.lost": {
        "en": "This training was stopped by the server (its worker ended or it was idle too long). Press Train again.",
        "zh": "服务器已停止这次训练（进程结束或闲置太久）。请再按“训练两次”。",
    },
    "vision.msg.error": {"en": "Training failed: {error}", "zh": "训练失败：{error}"},
    "vision.msg.diverged": {
        "en": "The loss became infinite: lower the learning rate and train again.",
        "zh": "损失变成了无穷大：请降低学习率后重新训练。",
    },
    "vision.run.plain": {"en": "Augmentation off", "zh": "不增强"},
    "vision.run.augmented": {"en": "Augmentation on", "zh": "增强"},
    "vision.curve.loss": {"en": "Training loss", "zh": "训练损失"},
    "vision.curve.accuracy": {
        "en": "Test accuracy (clean solid, rotated dotted)",
        "zh": "测试准确率（实线原样，点线旋转）",
    },
    "vision.epoch": {"en": "Epoch", "zh": "轮次"},
    "vision.epoch_time": {"en": "Time per epoch", "zh": "每轮用时"},
    "vision.seconds": {"en": "seconds", "zh": "秒"},
    # results
    "vision.results_for_earlier": {
        "en": "These results are for the settings of the last training, not the ones above.",
        "zh": "这些结果对应上次训练的设置，而不是上面当前的设置。",
    },
    "vision.tab.accuracy": {"en": "Accuracy per test set", "zh": "各测试集准确率"},
    "vision.tab.confusion": {"en": "Confusion matrices", "zh": "混淆矩阵"},
    "vision.tab.gallery": {"en": "Misclassified", "zh": "分类错误的样本"},
    "vision.tab.inside": {"en": "Inside the model", "zh": "模型内部"},
    "vision.tab.export": {"en": "Downloads", "zh": "下载"},
    "vision.verdict": {
        "en": "Augmentation changed accuracy by {rotated} points on rotated digits, {shifted} on shifted, "
        "{clean} on clean, {noisy} on noisy and {fonts} on the other fonts: it buys robustness to what it "
        "imitates, and may cost elsewhere.",
        "zh": "数据增强使准确率在旋转数字上变化 {rotated} 个百分点，平移 {shifted}，原样 {clean}，"
        "噪声 {noisy}，其他字体 {fonts}：它换来的是对所模仿变化的稳健性，在别处可能有代价。",
    },
    "vision.col.test_set": {"en": "Test set", "zh": "测试集"},
    "vision.col.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "vision.col.gain": {"en": "Gain (points)", "zh": "提升（百分点）"},
    "vision.conf_set": {"en": "Test set", "zh": "测试集"},
    "vision.true": {"en": "True digit", "zh": "真实数字"},
    "vision.predicted": {"en": "Predicted digit", "zh": "预测数字"},
    "vision.gallery_set": {"en": "Test set", "zh": "测试集"},
    "vision.gallery_run": {"en": "Run", "zh": "训练版本"},
    "vision.gallery_caption": {
        "en": "{shown} misclassified test images (true → predicted). Click one to look inside.",
        "zh": "{shown} 张分类错误的测试图像（真实 → 预测）。点击一张查看模型内部。",
    },
    "vision.no_mistakes": {"en": "No mistakes on this test set.", "zh": "这个测试集上没有错误。"},
    "vision.open_example": {"en": "Show probabilities and feature maps", "zh": "显示概率和特征图"},
    "vision.example_title": {
        "en": "{set} test image #{index} (a {digit})",
        "zh": "{set}测试图像 #{index}（数字 {digit}）",
    },
    "vision.as_model_sees": {"en": "As the model sees it", "zh": "模型看到的样子"},
    "vision.guess": {"en": "says {digit} ({p})", "zh": "认为是 {digit}（{p}）"},
    "vision.saliency_caption": {
        "en": "Saliency (gradient × input): red pixels raised the predicted digit's score, blue lowered it.",
        "zh": "显著性（梯度 × 输入）：红色像素提高了预测数字的得分，蓝色降低了。",
    },
    "vision.saliency_for": {"en": "Saliency for the predicted digit {digit}", "zh": "预测数字 {digit} 的显著性"},
    "vision.layer_caption": {"en": "{name} ({kind}): {shape}", "zh": "{name}（{kind}）：{shape}"},
    "vision.inside_run": {"en": "Run", "zh": "训练版本"},
    "vision.inside_set": {"en": "Test set", "zh": "测试集"},
    "vision.inside_index": {"en": "Test image number", "zh": "测试图像编号"},
    "vision.inside_input": {
        "en": "Input: a {digit}; the model says {guess} ({p})",
        "zh": "输入：数字 {digit}；模型认为是 {guess}（{p}）",
    },
    "vision.layers": {"en": "Every layer's output, in order", "zh": "按顺序显示每一层的输出"},
    "vision.flat_layer": {"en": "too long to draw", "zh": "太长，不绘制"},
    "vision.filters": {"en": "First-layer filters", "zh": "第一层滤波器"},
    "vision.filters_caption": {
        "en": "The {n} weights of the first layer (red positive, blue negative).",
        "zh": "第一层的 {n} 组权重（红色为正，蓝色为负）。",
    },
    # own images
    "vision.own_source": {"en": "Picture from", "zh": "图像来源"},
    "vision.own.upload": {"en": "Upload an image", "zh": "上传图像"},
    "vision.own.camera": {"en": "Camera", "zh": "摄像头"},
    "vision.own_help": {
        "en": "One digit, dark on light or light on dark. Accepted: {accepted}.",
        "zh": "一个数字，浅底深字或深底浅字均可。可接受：{accepted}。",
    },
    "vision.own_hint": {
        "en": "Write a digit on paper and upload a photo of it, or take a camera picture.",
        "zh": "在纸上写一个数字，上传它的照片，或者用摄像头拍一张。",
    },
    "vision.own_original": {"en": "Your image", "zh": "你的图像"},
    "vision.own_train_first": {
        "en": "Train both runs to see what each one reads.",
        "zh": "先训练两次，再看每个模型读出什么。",
    },
    # downloads
    "vision.dl_weights": {"en": "Weights (state_dict .pt)", "zh": "权重（state_dict .pt）"},
    "vision.dl_onnx": {"en": "ONNX model", "zh": "ONNX 模型"},
    "vision.dl_history": {"en": "History of both runs (CSV)", "zh": "两次训练的历史（CSV）"},
    "vision.dl_caption": {
        "en": "Open the weights with torch.load(path, weights_only=True) "
        "and load_state_dict into the model shown above.",
        "zh": "用 torch.load(path, weights_only=True) 打开权重，再 load_state_dict 到上面显示的模型中。",
    },
}
