"""The experiments' names, summaries, questions, guesses, explanations and size labels."""

STRINGS = {
    "parallel.exp.threads": {"en": "1 · Threads inside one operation", "zh": "1 · 单个运算内部的线程"},
    "parallel.exp.threads.summary": {
        "en": "Intra-op threads 1…cores on a large matrix multiply against a tiny MLP's training step.",
        "zh": "在一个大矩阵乘法和一个小型 MLP 训练步上，比较 1 到核心数个算子内线程。",
    },
    "parallel.exp.threads.question": {
        "en": "With two threads instead of one, what happens to a big matrix multiply and to a tiny MLP's step?",
        "zh": "把一个线程换成两个线程，大矩阵乘法和小型 MLP 的训练步会怎样？",
    },
    "parallel.guess.threads.both_faster": {"en": "Both get about twice as fast", "zh": "两者都快约一倍"},
    "parallel.guess.threads.matmul_only": {
        "en": "The multiply gets faster, the tiny MLP does not (or gets slower)",
        "zh": "矩阵乘法变快，小 MLP 不变快（甚至更慢）",
    },
    "parallel.guess.threads.neither": {"en": "Neither changes", "zh": "两者都不变"},
    "parallel.guess.threads.both_slower": {"en": "Both get slower", "zh": "两者都变慢"},
    "parallel.exp.threads.explain": {
        "en": "torch splits one large operation across its intra-op threads: a 1024² multiply has about 2 GFLOP "
        "to share, so a second core can nearly halve it. A tiny network's step is a hundred microsecond-sized "
        "kernels; waking and joining threads for each costs more than the arithmetic, and if another process "
        "holds the other core the extra thread waits for it: the step can get tens of times slower. That is "
        "why the playground's workers use one thread each.",
        "zh": "torch 会把一个大运算分给多个算子内线程：1024² 的矩阵乘法约有 2 GFLOP 可分，第二个核心几乎能让它快一倍。"
        "小网络的一步由上百个微秒级的小核函数组成，每次唤醒和汇合线程的开销比计算本身还大；如果另一个进程占着另一个核心"
        "，"
        "多出的线程还要等它，一步可能慢几十倍。所以本站的工作进程每个只用一个线程。",
    },
    "parallel.exp.gil": {"en": "2 · Several trainings: threads against processes", "zh": "2 · 多个训练：线程对进程"},
    "parallel.exp.gil.summary": {
        "en": "K trainings at once in threads of one process against K separate processes, with the GIL's role.",
        "zh": "同时跑 K 个训练：放在一个进程的多个线程里，还是放在 K 个独立进程里，并说明 GIL 的作用。",
    },
    "parallel.exp.gil.question": {
        "en": "Two trainings at once: in two threads or in two processes, which gets more total work done?",
        "zh": "同时跑两个训练：放在两个线程里还是两个进程里，总工作量哪个更多？",
    },
    "parallel.guess.gil.threads_win": {
        "en": "Threads (they share memory, no start-up)",
        "zh": "线程（共享内存、无需启动）",
    },
    "parallel.guess.gil.processes_win": {"en": "Processes", "zh": "进程"},
    "parallel.guess.gil.same": {"en": "About the same", "zh": "差不多"},
    "parallel.exp.gil.explain": {
        "en": "Python threads share one interpreter and its lock, the GIL: only one thread runs Python code at a "
        "time. A tiny network's step is mostly Python (building the graph, calling kernels), so two trainings in "
        "threads take turns and together do less than one alone (switching costs). Processes each have their "
        "own interpreter and, given a core each, add up. A big matrix multiply releases the GIL while it "
        "computes, so there threads help; pure Python never releases it.",
        "zh": "Python 线程共用一个解释器和它的全局锁 GIL：同一时刻只有一个线程能执行 Python 代码。小网络的一步大多是 "
        "Python（构建计算图、调用核函数），所以放在线程里的两个训练只能轮流执行，加上切换开销，合起来还不如一个。"
        "每个进程有自己的解释器，各占一个核心时就能叠加。大矩阵乘法在计算时会释放 GIL，所以线程有用；纯 Python 从不释放"
        "。",
    },
    "parallel.workload.tiny_mlp": {"en": "tiny MLP step", "zh": "小 MLP 训练步"},
    "parallel.workload.pure_python": {"en": "pure Python loop", "zh": "纯 Python 循环"},
    "parallel.workload.big_matmul": {"en": "384² matrix multiply", "zh": "384² 矩阵乘法"},
    "parallel.exp.ddp": {"en": "3 · Data-parallel training (DDP)", "zh": "3 · 数据并行训练（DDP）"},
    "parallel.exp.ddp.summary": {
        "en": "Real DistributedDataParallel over gloo: samples/s against one process, parity, all-reduce share.",
        "zh": "真实的 DistributedDataParallel（gloo 后端）：与单进程比较每秒样本数、参数一致性和 all-reduce 占比。",
    },
    "parallel.exp.ddp.question": {
        "en": "Two DDP processes at the same global batch: how many samples per second compared with one process?",
        "zh": "两个 DDP 进程、相同的全局批量：每秒样本数与一个进程相比如何？",
    },
    "parallel.guess.ddp.twice": {"en": "About twice as many", "zh": "约两倍"},
    "parallel.guess.ddp.some": {"en": "More, but well short of twice", "zh": "更多，但远不到两倍"},
    "parallel.guess.ddp.slower": {"en": "Fewer", "zh": "更少"},
    "parallel.exp.ddp.explain": {
        "en": "As in PyTorch's DDP tutorial: one process per replica, each computes the gradients of its share of "
        "the global batch, and the gradients are averaged by an all-reduce after backward, so every replica takes "
        "the same step the single process takes. The gain is what the split saves minus what the all-reduce "
        "costs; on a small model the all-reduce is a large share of the step.",
        "zh": "与 PyTorch 的 DDP 教程一样：每个副本一个进程，各自计算全局批量中自己那一份的梯度，反向传播后通过 "
        "all-reduce "
        "求平均，因此每个副本走的一步与单进程完全相同。收益等于拆分省下的时间减去 all-reduce 的开销；模型很小时 all-red"
        "uce "
        "占一步的很大比例。",
    },
    "parallel.exp.batching": {"en": "4 · Batching", "zh": "4 · 批处理"},
    "parallel.exp.batching.summary": {
        "en": "Batch size against samples/s and time-to-accuracy; K models in one vmap against a loop.",
        "zh": "批量大小对每秒样本数和达到目标精度时间的影响；K 个模型用一次 vmap 对比循环。",
    },
    "parallel.exp.batching.question": {
        "en": "Does a bigger batch always reach the target accuracy sooner?",
        "zh": "批量越大，是否总能更快达到目标精度？",
    },
    "parallel.guess.batching.bigger_better": {"en": "Yes, bigger is always faster", "zh": "是，越大越快"},
    "parallel.guess.batching.sweet_spot": {"en": "There is a sweet spot in between", "zh": "中间有一个最佳点"},
    "parallel.guess.batching.no_change": {"en": "Batch size hardly matters", "zh": "批量大小几乎无关"},
    "parallel.exp.batching.explain": {
        "en": "A bigger batch feeds the hardware better: samples/s rises until arithmetic, not per-call overhead, "
        "dominates. But it takes fewer steps per epoch, so the time to reach an accuracy has a sweet spot. "
        "Training K small models as one batched computation (torch.func.vmap) pays the per-call overhead once "
        "instead of K times, as the fusion studio does for its ensembles.",
        "zh": "批量越大越能喂饱硬件：每秒样本数会一直上升，直到计算本身而不是每次调用的开销占主导。但每个 epoch "
        "的步数变少，"
        "所以达到某个精度的时间存在最佳点。把 K 个小模型合成一次批量计算（torch.func.vmap）只付一次调用开销，而不是 K "
        "次，"
        "融合工作室训练集成模型时就是这样做的。",
    },
    "parallel.exp.amdahl": {"en": "5 · Amdahl's law", "zh": "5 · 阿姆达尔定律"},
    "parallel.exp.amdahl.summary": {
        "en": "Fit the serial fraction from speed-ups measured here and predict the curve past this machine's cores.",
        "zh": "根据本机测得的加速比拟合串行比例，并预测超出本机核心数后的曲线。",
    },
    "parallel.exp.amdahl.question": {
        "en": "If a share of the work cannot be split (the serial share set above), what happens as the cores grow "
        "to 64?",
        "zh": "如果有一部分工作无法拆分（上面设置的串行比例），核心数增加到 64 时会怎样？",
    },
    "parallel.guess.amdahl.linear": {"en": "The speed-up keeps growing with the cores", "zh": "加速比随核心数一直增长"},
    "parallel.guess.amdahl.ceiling": {"en": "It levels off below a ceiling", "zh": "趋于平缓，有上限"},
    "parallel.guess.amdahl.slower": {"en": "More cores make it slower", "zh": "核心越多越慢"},
    "parallel.exp.amdahl.explain": {
        "en": "Amdahl's law: with a share s of the work serial, p cores give a speed-up of 1 / (s + (1 − s) / p), "
        "never more than 1 / s. Here a chosen share of a chain of matrix multiplies runs on one thread; the fit "
        "finds the s that explains the measured speed-ups: the designed share plus everything else that does "
        "not parallelise (thread start-up, memory bandwidth, other people's processes).",
        "zh": "阿姆达尔定律：若工作中有比例 s 是串行的，p 个核心的加速比为 1 / (s + (1 − s) / p)，永远不超过 1 / s。"
        "这里一串矩阵乘法中有指定比例只用一个线程；拟合找出能解释实测加速比的 s：设计的比例加上其他无法并行的部分"
        "（线程启动、内存带宽、别人的进程）。",
    },
    "parallel.exp.compile": {"en": "6 · Compilation (torch.compile)", "zh": "6 · 编译（torch.compile）"},
    "parallel.exp.compile.summary": {
        "en": "torch.compile's compile time against its steady-state speed on a tiny MLP, with a time cap.",
        "zh": "在小 MLP 上比较 torch.compile 的编译时间与稳定后的速度，有时间上限。",
    },
    "parallel.exp.compile.question": {
        "en": "Once compiled, is a tiny MLP's training step faster than eager mode?",
        "zh": "编译完成后，小 MLP 的训练步比 eager 模式快吗？",
    },
    "parallel.guess.compile.compiled_faster": {"en": "Yes, clearly faster", "zh": "是，明显更快"},
    "parallel.guess.compile.same": {"en": "About the same", "zh": "差不多"},
    "parallel.guess.compile.eager_faster": {"en": "No, eager is faster", "zh": "不，eager 更快"},
    "parallel.exp.compile.explain": {
        "en": "torch.compile traces the model and (with inductor) generates and builds C++ code: tens of seconds "
        "on a small server. It pays off when arithmetic or memory traffic can be fused; a tiny network's time is "
        "Python overhead and launches, which compiled code still has, plus the guards it adds.",
        "zh": "torch.compile 会追踪模型，并（用 inductor）生成并编译 C++ "
        "代码：在小服务器上要几十秒。只有当计算或内存访问"
        "可以融合时才划算；小网络的时间主要是 Python 开销和核函数启动，编译后依然存在，还要加上守卫检查。",
    },
    "parallel.exp.devices": {"en": "7 · Devices: CPU and GPU", "zh": "7 · 设备：CPU 与 GPU"},
    "parallel.exp.devices.summary": {
        "en": "CPU against every CUDA or MPS device present: warm-up, synchronisation, the copy timed apart, autocast.",
        "zh": "CPU 对比本机所有 CUDA 或 MPS 设备：预热、同步、单独计时的数据拷贝、自动混合精度。",
    },
    "parallel.exp.devices.question": {
        "en": "On this server, which computes a matrix multiply faster?",
        "zh": "在这台服务器上，哪个设备做矩阵乘法更快？",
    },
    "parallel.guess.devices.gpu_faster": {"en": "The GPU, by far", "zh": "GPU，快得多"},
    "parallel.guess.devices.cpu_faster": {"en": "The CPU, for this size", "zh": "这个规模下是 CPU"},
    "parallel.guess.devices.no_gpu": {"en": "This server may have no GPU at all", "zh": "这台服务器可能根本没有 GPU"},
    "parallel.exp.devices.explain": {
        "en": "GPU work is asynchronous: a timer around a launch measures only the launch, so every timed call "
        "here waits for the device (synchronisation). The first call pays for the context and kernel choice "
        "(warm-up), and moving the data to the device is timed on its own: for small work it can cost more than "
        "the product. Autocast runs the product in bf16 or fp16.",
        "zh": "GPU 的工作是异步的：只在启动前后计时只能测到启动本身，所以这里每次计时都会等待设备完成（同步）。第一次调"
        "用要付出"
        "上下文和核函数选择的代价（预热），数据拷贝到设备单独计时：小任务的拷贝可能比乘法本身还贵。自动混合精度用 bf16 "
        "或 fp16 计算。",
    },
    "parallel.param.n": {"en": "Matrix size n (n×n)", "zh": "矩阵大小 n（n×n）"},
    "parallel.param.mlp_batch": {"en": "MLP batch size", "zh": "MLP 批量大小"},
    "parallel.param.repeats": {"en": "Repeats", "zh": "重复次数"},
    "parallel.param.oversubscribe": {"en": "Also try twice the cores", "zh": "也试试两倍核心数"},
    "parallel.param.workload": {"en": "Work of each training", "zh": "每个训练的工作"},
    "parallel.param.trainings": {"en": "Trainings at once (K)", "zh": "同时训练数（K）"},
    "parallel.param.steps": {"en": "Steps per training", "zh": "每个训练的步数"},
    "parallel.param.world": {"en": "DDP processes", "zh": "DDP 进程数"},
    "parallel.param.width": {"en": "Hidden width", "zh": "隐藏层宽度"},
    "parallel.param.batch": {"en": "Global batch size", "zh": "全局批量大小"},
    "parallel.param.max_batch": {"en": "Largest batch size", "zh": "最大批量"},
    "parallel.param.k_models": {"en": "Models trained together (K)", "zh": "一起训练的模型数（K）"},
    "parallel.param.target": {"en": "Target test accuracy", "zh": "目标测试精度"},
    "parallel.param.serial_pct": {"en": "Serial share of the work (%)", "zh": "工作中的串行比例（%）"},
    "parallel.param.chain": {"en": "Multiplies per chain", "zh": "每串乘法个数"},
    "parallel.param.backend": {"en": "Compiler backend", "zh": "编译后端"},
    "parallel.param.cap_s": {"en": "Time cap for compiling (s)", "zh": "编译时间上限（秒）"},
}
