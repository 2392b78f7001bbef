"""Training studio: the live view, its tabs (own data, compare, export) and the device panel."""

STRINGS: dict[str, dict[str, str]] = {
    # live view
    "train.epoch": {"en": "Epoch", "zh": "轮次"},
    "train.steps": {"en": "Steps", "zh": "步数"},
    "train.speed": {"en": "Steps / s", "zh": "每秒步数"},
    "train.train_loss": {"en": "Training loss", "zh": "训练损失"},
    "train.test_loss": {"en": "Test loss", "zh": "测试损失"},
    "train.test_acc": {"en": "Test accuracy", "zh": "测试准确率"},
    "train.lr_now": {"en": "Current learning rate", "zh": "当前学习率"},
    "train.network": {"en": "Network: each square is a neuron's output", "zh": "网络：每个方块是一个神经元的输出"},
    "train.output": {"en": "Output: the prediction everywhere", "zh": "输出：每个位置的预测"},
    "train.col.input": {"en": "Input", "zh": "输入"},
    "train.col.output": {"en": "Output", "zh": "输出"},
    "train.legend.train": {"en": "train", "zh": "训练"},
    "train.legend.test": {"en": "test", "zh": "测试"},
    "train.curve.loss": {"en": "Loss", "zh": "损失"},
    "train.curve.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "train.confusion": {"en": "Confusion matrix (test points)", "zh": "混淆矩阵（测试点）"},
    "train.cm.hover": {"en": "true %{y}, predicted %{x}: %{z} points", "zh": "真实 %{y}，预测 %{x}：%{z} 个点"},
    "train.cm.predicted": {"en": "predicted class", "zh": "预测类别"},
    "train.cm.true": {"en": "true class", "zh": "真实类别"},
    "train.norms": {"en": "Weight and gradient norms per layer", "zh": "各层权重与梯度范数"},
    "train.norms.layer": {"en": "layer", "zh": "层"},
    "train.norms.weights": {"en": "weights", "zh": "权重"},
    "train.norms.grads": {"en": "gradients", "zh": "梯度"},
    "train.redraws": {
        "en": "View updates: {n} · parameters: {params} · orange and blue are the two classes (or negative and "
        "positive values); links are blue for positive and orange for negative weights.",
        "zh": "视图刷新：{n} 次 · 参数：{params} 个 · 橙色和蓝色代表两个类别（或负值与正值）；"
        "连线蓝色为正权重，橙色为负权重。",
    },
    "train.msg.starting": {"en": "Starting a trainer…", "zh": "正在启动训练进程……"},
    "train.msg.diverged": {
        "en": "The loss became infinite or NaN: the learning rate is probably too high. Lower it and press Reset.",
        "zh": "损失变成了无穷大或 NaN：学习率可能太大。请调低学习率并按“重置”。",
    },
    "train.msg.error": {
        "en": "This combination of settings failed inside PyTorch. Change a setting or press Reset.",
        "zh": "这组设置在 PyTorch 内部出错。请修改设置或按“重置”。",
    },
    "train.msg.finished": {
        "en": "Stopped at epoch {epoch}: the stop condition was reached.",
        "zh": "在第 {epoch} 轮停止：已达到停止条件。",
    },
    "train.msg.idle_paused": {
        "en": "Paused because nobody was watching for a few seconds. Press Play to go on.",
        "zh": "几秒钟内无人查看，训练已暂停。按“播放”继续。",
    },
    "train.msg.crashed": {
        "en": "The worker process running this model stopped unexpectedly; the run is lost. "
        "Press Restart to train again with the same settings.",
        "zh": "运行此模型的工作进程意外停止，本次运行已丢失。按“重新开始”以相同设置再次训练。",
    },
    "train.msg.gone": {
        "en": "This run was freed after a long time without use. Press Restart to train again with the same settings.",
        "zh": "此运行长时间未使用，已被释放。按“重新开始”以相同设置再次训练。",
    },
    "train.msg.node_lost": {
        "en": "The cluster machine running this model went away (stopped or unreachable); the run is lost. "
        "Other students' runs on other machines go on. Press Restart to train again with the same settings.",
        "zh": "运行此模型的集群机器已离开（停止或无法连接），本次运行已丢失。其他机器上同学们的运行不受影响。"
        "按“重新开始”以相同设置再次训练。",
    },
    "train.msg.cluster_unreachable": {
        "en": "Nothing can train right now: this server is set up to train on a Ray cluster, and the cluster "
        "does not answer. Tell your teacher or the server's admin; the pages that do not train still work.",
        "zh": "现在无法训练：本服务器配置为在 Ray 集群上训练，但集群没有响应。请告诉老师或服务器管理员；"
        "不需要训练的页面仍可使用。",
    },
    "train.msg.queued": {
        "en": "The cluster is full: you are number {n} in the queue. Your model starts training here as soon "
        "as a place frees up; keep this page open.",
        "zh": "集群已满：你在队列中排第 {n} 位。一有空位，你的模型就会在这里开始训练；请保持此页面打开。",
    },
    "train.notice.cluster_unreachable": {
        "en": "The training cluster (Ray) does not answer, so training is off on this server. "
        "The server asks again every few seconds.",
        "zh": "训练集群（Ray）没有响应，本服务器暂时无法训练。服务器每隔几秒会再次尝试连接。",
    },
    "train.notice.cluster_fallback": {
        "en": "The training cluster (Ray) does not answer: training runs on this server instead, "
        "so it may be slower while many students train.",
        "zh": "训练集群（Ray）没有响应：训练改在本服务器上运行，许多同学同时训练时可能较慢。",
    },
    "train.notice.misconfigured": {
        "en": "Training is off: this server's training backend settings are wrong (PLAYGROUND_BACKEND, "
        "PLAYGROUND_RAY_ADDRESS, PLAYGROUND_RAY_FALLBACK). Accepted: backend local or ray; fallback none "
        "or local; ray needs an address host:port. The server log says which setting.",
        "zh": "训练已关闭：本服务器的训练后端设置有误（PLAYGROUND_BACKEND、PLAYGROUND_RAY_ADDRESS、"
        "PLAYGROUND_RAY_FALLBACK）。可接受的值：backend 为 local 或 ray；fallback 为 none 或 local；"
        "ray 需要地址 host:port。服务器日志会说明是哪一项。",
    },
    "train.restart": {"en": "Restart", "zh": "重新开始"},
    "train.own_need_points": {
        "en": "Your own data needs at least 10 points of at least 2 classes: upload a CSV or click points "
        "in the “Your own data” tab below.",
        "zh": "自己的数据至少需要 10 个点、至少 2 个类别：请在下方“自己的数据”页上传 CSV 或点击添加点。",
    },
    # tabs
    "train.tab.settings": {"en": "Loss, optimizer, schedule", "zh": "损失、优化器、学习率调度"},
    "train.tab.own": {"en": "Your own data", "zh": "自己的数据"},
    "train.tab.compare": {"en": "Compare runs", "zh": "比较运行"},
    "train.tab.export": {"en": "Share and export", "zh": "分享与导出"},
    "train.tab.device": {"en": "Where it runs", "zh": "运行位置"},
    "train.scheduler": {"en": "Learning-rate schedule", "zh": "学习率调度"},
    "train.sched.none": {"en": "Constant", "zh": "恒定"},
    "train.sched.step": {"en": "Step decay", "zh": "阶梯衰减"},
    "train.sched.exponential": {"en": "Exponential decay", "zh": "指数衰减"},
    "train.sched.cosine": {"en": "Cosine annealing", "zh": "余弦退火"},
    "train.sched.one_cycle": {"en": "One-cycle", "zh": "单周期（One-cycle）"},
    "train.sched.plateau": {"en": "Reduce on plateau", "zh": "停滞时降低"},
    "train.sched.none.summary": {"en": "The learning rate stays as you set it.", "zh": "学习率保持你设定的值。"},
    "train.sched.step.summary": {
        "en": "Multiply the rate by a factor every few epochs: long flat stretches, then sudden drops.",
        "zh": "每隔若干轮把学习率乘以一个系数：长时间平稳，然后突然下降。",
    },
    "train.sched.exponential.summary": {
        "en": "Multiply the rate by a factor after every epoch: a smooth, steady decay.",
        "zh": "每轮之后把学习率乘以一个系数：平滑、稳定地衰减。",
    },
    "train.sched.cosine.summary": {
        "en": "Lower the rate along half a cosine: fast steps first, fine steps at the end.",
        "zh": "沿半个余弦曲线降低学习率：先大步，最后小步微调。",
    },
    "train.sched.one_cycle.summary": {
        "en": "Warm the rate up to the maximum, then anneal it far below the start, in one cycle.",
        "zh": "在一个周期内先把学习率升到最大值，再退火到远低于起始值。",
    },
    "train.sched.plateau.summary": {
        "en": "Lower the rate when the test loss stops improving for a number of epochs.",
        "zh": "当测试损失连续若干轮不再改善时降低学习率。",
    },
    "train.sched.param.gamma": {"en": "Factor per decay", "zh": "每次衰减的系数"},
    "train.sched.param.step_size": {"en": "Epochs between decays", "zh": "两次衰减间隔的轮数"},
    "train.sched.param.t_max": {"en": "Epochs per half cosine", "zh": "半个余弦周期的轮数"},
    "train.sched.param.epochs": {"en": "Epochs of the cycle", "zh": "周期总轮数"},
    "train.sched.param.patience": {"en": "Epochs without improvement", "zh": "无改进的容忍轮数"},
    "train.reg": {"en": "Regularization", "zh": "正则化"},
    "train.reg.none": {"en": "None", "zh": "无"},
    "train.reg.l1": {"en": "L1 (sum of |w|)", "zh": "L1（|w| 之和）"},
    "train.reg.l2": {"en": "L2 (sum of w²)", "zh": "L2（w² 之和）"},
    "train.reg_rate": {"en": "Regularization rate", "zh": "正则化系数"},
    "train.clip": {"en": "Gradient clipping (max norm, 0 = off)", "zh": "梯度裁剪（最大范数，0 = 关闭）"},
    "train.clip_help": {
        "en": "Scales the whole gradient down when its norm exceeds this value.",
        "zh": "当梯度范数超过该值时，整体缩小梯度。",
    },
    "train.stop_epochs": {"en": "Stop after N epochs (0 = never)", "zh": "训练 N 轮后停止（0 = 不停止）"},
    "train.stop_epochs_help": {"en": "Play stops by itself at this epoch.", "zh": "到这一轮时自动停止。"},
    "train.target_loss": {"en": "Stop at test loss (0 = off)", "zh": "测试损失达到该值时停止（0 = 关闭）"},
    "train.target_loss_help": {
        "en": "Play stops when the test loss falls to this value.",
        "zh": "测试损失降到该值时自动停止。",
    },
    "train.log_loss": {"en": "Log scale for the loss", "zh": "损失使用对数坐标"},
    # own data
    "train.csv_title": {"en": "Upload a CSV", "zh": "上传 CSV"},
    "train.csv_help": {
        "en": "Three columns: x1, x2, label (a header line is optional; commas, semicolons or tabs). "
        "Whole-number labels (at most 8 values) make classes; other numbers make a regression target. "
        "10 to 2,000 rows.",
        "zh": "三列：x1、x2、label（表头可有可无；逗号、分号或制表符分隔）。"
        "整数标签（最多 8 种取值）表示类别；其他数值表示回归目标。10 到 2,000 行。",
    },
    "train.csv": {"en": "CSV file", "zh": "CSV 文件"},
    "train.csv_loaded": {"en": "Loaded {n} points ({task}).", "zh": "已载入 {n} 个点（{task}）。"},
    "train.task.classification": {"en": "classification", "zh": "分类"},
    "train.task.regression": {"en": "regression", "zh": "回归"},
    "train.csv_example": {"en": "Example CSV", "zh": "示例 CSV"},
    "train.csv.empty": {
        "en": "The file is empty. Expected rows of x1, x2, label.",
        "zh": "文件是空的。应为 x1, x2, label 形式的行。",
    },
    "train.csv.too_big": {
        "en": "The file has {size_kb} kB; at most {max_kb} kB are accepted.",
        "zh": "文件大小为 {size_kb} kB；最多接受 {max_kb} kB。",
    },
    "train.csv.not_text": {
        "en": "The file is not UTF-8 text. Save it as CSV (UTF-8) with rows of x1, x2, label.",
        "zh": "文件不是 UTF-8 文本。请另存为 CSV（UTF-8），每行为 x1, x2, label。",
    },
    "train.csv.binary": {
        "en": "The file holds binary data (a control byte such as NUL at byte {at}), not CSV text. "
        "Save it from your spreadsheet as “CSV (UTF-8)” with rows of x1, x2, label.",
        "zh": "文件含有二进制数据（第 {at} 字节处有 NUL 等控制字节），不是 CSV 文本。"
        "请在电子表格中另存为“CSV（UTF-8）”，每行为 x1, x2, label。",
    },
    "train.csv.binary_kind": {
        "en": "This looks like a {kind} file, not CSV text. Upload a .csv saved as “CSV (UTF-8)” with rows of "
        "x1, x2, label.",
        "zh": "这看起来是 {kind} 文件，而不是 CSV 文本。请上传另存为“CSV（UTF-8）”的 .csv 文件，每行为 x1, x2, label。",
    },
    "train.csv.too_many_lines": {
        "en": "The file has {n} lines; at most {max} rows of data (plus one header line) are accepted. "
        "Nothing was read: keep a sample of the rows.",
        "zh": "文件共有 {n} 行；最多接受 {max} 行数据（外加一行表头）。未读取任何内容：请只保留部分数据行。",
    },
    "train.csv.long_line": {
        "en": "Line {row} is {n} characters long; a row of x1, x2, label needs at most {max}. "
        "Is this really a CSV of three numbers per row?",
        "zh": "第 {row} 行长达 {n} 个字符；一行 x1, x2, label 最多 {max} 个字符。这真的是每行三个数字的 CSV 吗？",
    },
    "train.csv.malformed": {
        "en": "Line {row} cannot be read as CSV: a quotation mark is opened and not closed on the same line. "
        "Numbers need no quotes; write rows like 0.5, -1.2, 1.",
        "zh": "第 {row} 行无法按 CSV 读取：引号打开后没有在同一行内闭合。"
        "数字不需要引号；请写成 0.5, -1.2, 1 这样的行。",
    },
    "train.csv.columns": {
        "en": "Row {row} has {found} values; each row needs exactly 3: x1, x2, label.",
        "zh": "第 {row} 行有 {found} 个值；每行必须正好 3 个：x1, x2, label。",
    },
    "train.csv.number": {
        "en": "Row {row}: “{value}” is not a finite number. All three columns must be numbers.",
        "zh": "第 {row} 行：“{value}”不是有限数值。三列都必须是数字。",
    },
    "train.csv.too_few": {"en": "Only {n} rows; at least {min} are needed.", "zh": "只有 {n} 行；至少需要 {min} 行。"},
    "train.csv.too_many": {"en": "{n} rows; at most {max} are accepted.", "zh": "共 {n} 行；最多接受 {max} 行。"},
    "train.csv.one_class": {
        "en": "Every label is the same; a classifier needs at least 2 classes.",
        "zh": "所有标签都相同；分类至少需要 2 个类别。",
    },
    "train.csv.rescaled": {
        "en": "The points reached {extent}; they were scaled into the square [−6, 6]² used by the plots and features.",
        "zh": "数据点坐标最大到 {extent}；已缩放到绘图和特征使用的 [−6, 6]² 方形区域内。",
    },
    "train.csv.regression": {
        "en": "The labels are not whole numbers (or have more than 8 values): this is treated as regression.",
        "zh": "标签不是整数（或取值超过 8 种）：按回归问题处理。",
    },
    "train.click_title": {"en": "Click to add points", "zh": "点击添加数据点"},
    "train.click_class": {"en": "Class of new points", "zh": "新点的类别"},
    "train.class_n": {"en": "class {n}", "zh": "类别 {n}"},
    "train.click_value": {"en": "Value of new points", "zh": "新点的取值"},
    "train.click_clear": {"en": "Remove {n} clicked points", "zh": "移除 {n} 个点击添加的点"},
    "train.click_help": {
        "en": "Click anywhere on the plot: a point of the chosen class is added to the current data and the model "
        "restarts on the new data.",
        "zh": "在图上任意位置点击：会把所选类别的点加入当前数据，模型将在新数据上重新开始。",
    },
    # compare
    "train.compare_help": {
        "en": "Every run that trained at least one epoch is kept here when you reset or change the data or layers. "
        "Pick runs to overlay their test curves (dotted).",
        "zh": "每次重置或修改数据、网络层时，训练过至少一轮的运行都会保存在这里。"
        "选择运行即可叠加它们的测试曲线（虚线）。",
    },
    "train.compare": {"en": "Runs to overlay", "zh": "要叠加的运行"},
    "train.compare_none": {"en": "No runs kept yet", "zh": "尚无保存的运行"},
    "train.keep_run": {"en": "Keep this run", "zh": "保存本次运行"},
    # share and export
    "train.share": {"en": "Share", "zh": "分享"},
    "train.share_help": {
        "en": "The address bar always holds the whole configuration and the seed: copy it to share this exact setup.",
        "zh": "地址栏始终包含完整配置和随机种子：复制它即可分享完全相同的设置。",
    },
    "train.export_pause_first": {"en": "Pause training to export the model.", "zh": "暂停训练后即可导出模型。"},
    "train.export_train_first": {
        "en": "Train for at least one step to export a model.",
        "zh": "至少训练一步后才能导出模型。",
    },
    "train.handoff": {
        "en": "Trained model “{name}” is ready: open it in the compression studio to quantize and prune it.",
        "zh": "训练好的模型“{name}”已就绪：可在压缩工作室中打开它，进行量化和剪枝。",
    },
    "train.open_compression": {"en": "Open in the compression studio", "zh": "在压缩工作室中打开"},
    "train.dl_weights": {"en": "Weights (state_dict)", "zh": "权重（state_dict）"},
    "train.dl_onnx": {"en": "ONNX model", "zh": "ONNX 模型"},
    "train.dl_history": {"en": "History (CSV)", "zh": "训练历史（CSV）"},
    "train.dl_config": {"en": "Configuration (JSON)", "zh": "配置（JSON）"},
    "train.dl_help": {
        "en": "The weights load with torch.load(weights_only=True) into the model built as below; "
        "the model and the ONNX file take raw (x1, x2) points.",
        "zh": "权重可用 torch.load(weights_only=True) 加载到如下构建的模型中；"
        "模型和 ONNX 文件都直接接收原始 (x1, x2) 点。",
    },
    # device
    "train.device_fallback": {
        "en": "The device {device} is not available; training runs on the CPU.",
        "zh": "设备 {device} 不可用；训练在 CPU 上运行。",
    },
    "train.device_where": {
        "en": "Training runs on **{device}**, in a pool of {workers} worker processes shared by {sessions} runs "
        "on this server; this page only sends commands and draws snapshots.",
        "zh": "训练在 **{device}** 上运行，使用本服务器上由 {sessions} 个运行共享的 {workers} 个工作进程；"
        "本页面只发送指令并绘制快照。",
    },
    "train.device_why": {
        "en": "Why a GPU is rarely faster here: these networks have a few hundred weights, so each step is a few "
        "microseconds of arithmetic; on a GPU, launching the kernels and copying data cost more than the maths.",
        "zh": "为什么 GPU 在这里很少更快：这些网络只有几百个权重，每步只需几微秒的计算；"
        "在 GPU 上，启动内核和拷贝数据的开销比计算本身还大。",
    },
    # live view: help under the figures and the running/paused line
    "train.boundary_help": {
        "en": "Background: the predicted class (paler = less sure). Points with a white rim are training "
        "points, with a dark rim test points.",
        "zh": "背景：预测的类别（颜色越浅越不确定）。白边的点是训练点，深色边的点是测试点。",
    },
    "train.boundary_help_regression": {
        "en": "Background: the predicted value, orange for −1, white for 0, blue for +1. "
        "Points show their target value the same way.",
        "zh": "背景：预测值，橙色为 −1，白色为 0，蓝色为 +1。数据点以同样的颜色显示其目标值。",
    },
    "train.norms_help": {
        "en": "A layer whose gradient bar is far below the others barely learns: that is a vanishing gradient.",
        "zh": "如果某层的梯度柱远低于其他层，这一层几乎学不到东西：这就是梯度消失。",
    },
    "train.network_hover": {
        "en": "Hover over a link to read its weight (while paused).",
        "zh": "（暂停时）把鼠标移到连线上可查看其权重。",
    },
    "train.running_now": {
        "en": "Training in a worker process: the view redraws about ten times a second.",
        "zh": "正在后台工作进程中训练：视图每秒约刷新十次。",
    },
    "train.paused_now": {
        "en": "Paused: press Play, or step one batch or one epoch at a time.",
        "zh": "已暂停：按“播放”，或一次前进一批、一轮。",
    },
}
