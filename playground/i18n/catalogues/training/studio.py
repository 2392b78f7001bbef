"""Training studio (pages/training.py): page frame, presets, controls, data and model columns."""

STRINGS: dict[str, dict[str, str]] = {
    "train.title": {"en": "Training studio", "zh": "训练工作室"},
    "train.intro": {
        "en": "Pick a problem, choose the inputs and layers, press Play and watch the network learn: "
        "the background shows what it predicts everywhere, the small squares what each neuron computes.",
        "zh": "选一个问题，选好输入和网络层，按下“播放”，看网络如何学习："
        "背景显示它在每个位置的预测，小方块显示每个神经元计算的内容。",
    },
    # what a link asked for that could not be used as it was
    "train.link_notes": {
        "en": "This link asked for values the studio cannot use as they are:",
        "zh": "此链接中有些值无法按原样使用：",
    },
    "train.link_notes_ok": {"en": "OK", "zh": "知道了"},
    "train.note.no_features": {
        "en": "Features: “{given}” names no input feature, so x₁ and x₂ are used.",
        "zh": "输入特征：“{given}”不是可用的输入特征，因此使用 x₁ 和 x₂。",
    },
    "train.note.loss_task": {
        "en": "Loss: “{given}” does not take this data set's targets, so {used} is used.",
        "zh": "损失函数：“{given}”不适用于这个数据集的目标值，因此使用 {used}。",
    },
    "train.note.layer_skipped": {
        "en": "Hidden layers: “{given}” is not a number of neurons, so it was skipped. Accepted: whole numbers 1–64.",
        "zh": "隐藏层：“{given}”不是神经元个数，已跳过。可接受：1–64 的整数。",
    },
    # presets
    "train.preset": {"en": "Lesson preset", "zh": "课堂预设"},
    "train.preset_apply": {"en": "Load", "zh": "载入"},
    "train.preset.xor_hidden": {"en": "XOR needs a hidden layer", "zh": "XOR 需要隐藏层"},
    "train.preset.xor_hidden.hint": {
        "en": "No hidden layer: the model draws one straight line and cannot split XOR. "
        "Add a hidden layer of 4 neurons, or tick the x₁x₂ feature, and press Play again.",
        "zh": "没有隐藏层时，模型只能画一条直线，分不开 XOR。"
        "添加一个 4 个神经元的隐藏层，或勾选 x₁x₂ 特征，再按“播放”。",
    },
    "train.preset.lr_too_high": {"en": "Learning rate too high", "zh": "学习率过大"},
    "train.preset.lr_too_high.hint": {
        "en": "SGD with learning rate 3 overshoots every valley: the loss jumps around. Lower it to 0.03 and compare.",
        "zh": "学习率为 3 的 SGD 每一步都越过谷底，损失上下乱跳。把它降到 0.03 再比较。",
    },
    "train.preset.vanishing": {"en": "Vanishing gradients", "zh": "梯度消失"},
    "train.preset.vanishing.hint": {
        "en": "Six sigmoid layers: look at the gradient norms, the first layers barely move. "
        "Switch the activations to ReLU or the optimizer to Adam.",
        "zh": "六层 sigmoid：看梯度范数，前几层几乎不动。把激活函数换成 ReLU，或把优化器换成 Adam。",
    },
    "train.preset.overfit": {"en": "Overfitting on noisy data", "zh": "在噪声数据上过拟合"},
    "train.preset.overfit.hint": {
        "en": "Few noisy points, many neurons: the training loss keeps falling while the test loss rises. "
        "Try L2 regularization, dropout or fewer neurons.",
        "zh": "数据点少且有噪声、神经元很多：训练损失一直下降，测试损失却在上升。"
        "试试 L2 正则化、Dropout 或减少神经元。",
    },
    "train.preset.ce_vs_mse": {"en": "Cross-entropy against MSE", "zh": "交叉熵与 MSE 对比"},
    "train.preset.ce_vs_mse.hint": {
        "en": "The spiral with MSE on softmax outputs for 300 epochs. When it stops, switch the loss to "
        "cross-entropy, press Play, and overlay both runs in the Compare tab.",
        "zh": "用 softmax 输出上的 MSE 训练螺旋数据 300 轮。"
        "停止后把损失换成交叉熵，再按“播放”，并在“比较”页叠加两次运行。",
    },
    # control bar
    "train.reset": {"en": "Reset", "zh": "重置"},
    "train.reset_help": {"en": "New random weights, history cleared.", "zh": "重新随机初始化权重，清空历史。"},
    "train.play": {"en": "Play", "zh": "播放"},
    "train.play_help": {"en": "Train continuously in a worker process.", "zh": "在后台工作进程中持续训练。"},
    "train.pause": {"en": "Pause", "zh": "暂停"},
    "train.pause_help": {"en": "Stop training; the weights stay.", "zh": "停止训练，保留权重。"},
    "train.step": {"en": "Batch", "zh": "一批"},
    "train.step_help": {"en": "One optimizer step on one mini-batch.", "zh": "在一个小批量上执行一步优化。"},
    "train.step_epoch": {"en": "Epoch", "zh": "一轮"},
    "train.step_epoch_help": {"en": "Train until the end of the current epoch.", "zh": "训练到当前一轮结束。"},
    "train.lr": {"en": "Learning rate", "zh": "学习率"},
    "train.optimizer": {"en": "Optimizer", "zh": "优化器"},
    "train.loss": {"en": "Loss", "zh": "损失函数"},
    "train.batch_size": {"en": "Batch size", "zh": "批大小"},
    "train.batch_help": {
        "en": "Points per optimizer step. Small batches are noisy but take many steps per epoch.",
        "zh": "每步优化使用的数据点数。小批量噪声大，但每轮步数多。",
    },
    # data column
    "train.data": {"en": "Data", "zh": "数据"},
    "train.dataset": {"en": "Problem", "zh": "问题"},
    "train.ds.circle": {"en": "Circle (classification)", "zh": "圆形（分类）"},
    "train.ds.xor": {"en": "XOR (classification)", "zh": "异或 XOR（分类）"},
    "train.ds.gauss": {"en": "Two Gaussians (classification)", "zh": "两个高斯团（分类）"},
    "train.ds.spiral": {"en": "Spiral (classification)", "zh": "螺旋（分类）"},
    "train.ds.moons": {"en": "Moons (classification)", "zh": "双月（分类）"},
    "train.ds.checkerboard": {"en": "Checkerboard (classification)", "zh": "棋盘格（分类）"},
    "train.ds.blobs": {"en": "k Gaussian blobs (classification)", "zh": "k 个高斯团（分类）"},
    "train.ds.plane": {"en": "Plane (regression)", "zh": "平面（回归）"},
    "train.ds.multi_gauss": {"en": "Multi-Gaussian (regression)", "zh": "多高斯曲面（回归）"},
    "train.ds.sine": {"en": "1-D sine (regression)", "zh": "一维正弦（回归）"},
    "train.ds.own": {"en": "Your own data (CSV or clicks)", "zh": "自己的数据（CSV 或点击添加）"},
    # one line per data set (the registry's summaries)
    "train.ds.circle.summary": {
        "en": "A disc of one class inside a ring of the other: no straight line splits them.",
        "zh": "一类点组成圆盘，另一类点组成外圈：任何直线都分不开。",
    },
    "train.ds.xor.summary": {
        "en": "Opposite quadrants share a class: the classic problem a linear model cannot solve.",
        "zh": "对角象限属于同一类：线性模型无法解决的经典问题。",
    },
    "train.ds.gauss.summary": {
        "en": "Two round clouds; noise makes them overlap.",
        "zh": "两团圆形点云；噪声越大，重叠越多。",
    },
    "train.ds.spiral.summary": {
        "en": "Two arms wound around each other: the hardest of the anchor's sets.",
        "zh": "两条相互缠绕的螺旋臂：原版数据集中最难的一个。",
    },
    "train.ds.moons.summary": {
        "en": "Two interleaved half circles.",
        "zh": "两个相互交错的半圆。",
    },
    "train.ds.checkerboard.summary": {
        "en": "A 4 × 4 board of alternating cells: many small regions to carve out.",
        "zh": "4 × 4 的交替格子：需要划分出许多小区域。",
    },
    "train.ds.blobs.summary": {
        "en": "Two to five round clouds, one per class.",
        "zh": "二到五团圆形点云，每团一类。",
    },
    "train.ds.plane.summary": {
        "en": "The target rises evenly along one diagonal: a linear model fits it.",
        "zh": "目标值沿一条对角线均匀上升：线性模型即可拟合。",
    },
    "train.ds.multi_gauss.summary": {
        "en": "Six bumps and dips: a surface with several hills to fit.",
        "zh": "六个凸起与凹陷：需要拟合多座小山的曲面。",
    },
    "train.ds.sine.summary": {
        "en": "The target is sin(x₁): a one-dimensional wave drawn in two dimensions.",
        "zh": "目标值为 sin(x₁)：画在二维平面上的一维波形。",
    },
    "train.n_classes": {"en": "Classes", "zh": "类别数"},
    "train.n_points": {"en": "Points", "zh": "数据点数"},
    "train.noise": {"en": "Noise", "zh": "噪声"},
    "train.noise_help": {"en": "How far points stray from the clean pattern.", "zh": "数据点偏离理想图案的程度。"},
    "train.test_ratio": {"en": "Share of points held out for testing", "zh": "留作测试的数据比例"},
    "train.regenerate": {"en": "New draw", "zh": "重新生成"},
    "train.show_test": {"en": "Show test points", "zh": "显示测试点"},
    # model column
    "train.features": {"en": "Features", "zh": "输入特征"},
    "train.features_label": {"en": "Input features", "zh": "输入特征"},
    "train.features_empty": {"en": "No feature ticked: x₁ and x₂ are used.", "zh": "未选择特征：将使用 x₁ 和 x₂。"},
    "train.layers": {"en": "Hidden layers", "zh": "隐藏层"},
    "train.n_layers": {"en": "Number of hidden layers", "zh": "隐藏层数量"},
    "train.width": {"en": "Layer {i}: neurons", "zh": "第 {i} 层：神经元数"},
    "train.activation": {"en": "Layer {i}: activation", "zh": "第 {i} 层：激活函数"},
    "train.act.relu": {"en": "ReLU", "zh": "ReLU"},
    "train.act.leaky_relu": {"en": "Leaky ReLU", "zh": "Leaky ReLU"},
    "train.act.elu": {"en": "ELU", "zh": "ELU"},
    "train.act.gelu": {"en": "GELU", "zh": "GELU"},
    "train.act.silu": {"en": "SiLU", "zh": "SiLU"},
    "train.act.tanh": {"en": "Tanh", "zh": "Tanh"},
    "train.act.sigmoid": {"en": "Sigmoid", "zh": "Sigmoid"},
    "train.act.linear": {"en": "Linear (none)", "zh": "线性（无激活）"},
    "train.model_more": {"en": "Dropout, batch norm, initialization", "zh": "Dropout、批归一化、初始化"},
    "train.dropout": {"en": "Dropout", "zh": "Dropout 比例"},
    "train.dropout_help": {
        "en": "Share of hidden neurons switched off at random in each training step.",
        "zh": "每个训练步中随机关闭的隐藏神经元比例。",
    },
    "train.batch_norm": {"en": "Batch normalization", "zh": "批归一化"},
    "train.batch_norm_help": {
        "en": "Normalizes each layer's outputs over the batch before the activation.",
        "zh": "在激活之前，对每层输出在批内做归一化。",
    },
    "train.init": {"en": "Weight initialization", "zh": "权重初始化"},
    "train.init_help": {
        "en": "Zeros shows the symmetry problem: every neuron of a layer stays identical.",
        "zh": "全零初始化展示对称性问题：同一层的神经元始终一模一样。",
    },
    "train.init.default": {"en": "PyTorch default", "zh": "PyTorch 默认"},
    "train.init.xavier": {"en": "Xavier (Glorot)", "zh": "Xavier（Glorot）"},
    "train.init.kaiming": {"en": "Kaiming (He)", "zh": "Kaiming（He）"},
    "train.init.zeros": {"en": "All zeros", "zh": "全零"},
}
