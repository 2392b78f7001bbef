"""The page: its title, the guess, the queue, the shared result, the load, the notes and the downloads."""

STRINGS = {
    "parallel.title": {"en": "Parallel computing lab", "zh": "并行计算实验室"},
    "parallel.intro": {
        "en": 'Parallel computing is the key to training efficiency, but what students meet first is "why is it '
        'slower?". Every figure here is measured live on this server: guess first, then run. Each figure is the '
        "median of several repeats after a warm-up, shown with its spread and with how busy the machine was.",
        "zh": "并行计算是训练效率的关键，但学生最先遇到的往往是“为什么反而更慢？”。这里的每个数字都在这台服务器上实时测"
        "量："
        "先猜，再运行。每个数字都是预热后多次重复的中位数，并附上离散程度和测量时机器的繁忙程度。",
    },
    "parallel.experiment": {"en": "Experiment", "zh": "实验"},
    "parallel.sizes": {"en": "Sizes", "zh": "规模"},
    "parallel.guess": {"en": "Your guess first", "zh": "先猜一猜"},
    "parallel.guess_first": {"en": "Pick a guess to unlock Run.", "zh": "先选一个猜测，才能运行。"},
    "parallel.guess_to_see": {
        "en": "These settings were measured a moment ago: pick your guess above to see the result.",
        "zh": "这些设置刚刚测量过：先在上面选出你的猜测，再看结果。",
    },
    "parallel.run": {"en": "Run", "zh": "运行"},
    "parallel.again": {"en": "Measure again", "zh": "重新测量"},
    "parallel.estimate": {
        "en": "Estimated time: about {needed} s (time cap {cap} s); uses {cores} of this server's {total} core(s).",
        "zh": "预计用时约 {needed} 秒（上限 {cap} 秒）；使用本服务器 {total} 个核心中的 {cores} 个。",
    },
    "parallel.refused": {
        "en": "These sizes would take about {needed} s, over this experiment's time cap of {cap} s. Choose smaller "
        "sizes or fewer repeats.",
        "zh": "这些规模预计需要约 {needed} 秒，超过了本实验 {cap} 秒的时间上限。请选择更小的规模或更少的重复次数。",
    },
    "parallel.queue.waiting": {
        "en": "Queued: number {position} in line. One heavy experiment per core runs at a time on this server, so "
        "every figure is measured on a machine that is not fighting itself.",
        "zh": "排队中：第 {position} 位。本服务器每个核心同时只运行一个重型实验，这样每个数字都不是在机器自己和自己抢资"
        "源时测得的。",
    },
    "parallel.queue.running": {
        "en": "Measuring… {elapsed} s so far (stopped at {cap} s at the latest).",
        "zh": "测量中……已用 {elapsed} 秒（最迟 {cap} 秒时停止）。",
    },
    "parallel.queue.busy": {"en": "Running on this server now: {names}.", "zh": "本服务器正在运行：{names}。"},
    "parallel.measured_at": {
        "en": "Measured at {time} UTC, {ago} s ago. Everyone who asks for these settings in the next few minutes "
        "sees this same measurement; press “Measure again” for a fresh one (it queues).",
        "zh": "测量于 UTC {time}，{ago} 秒前。接下来几分钟里请求相同设置的人都会看到这次测量；要新的结果请按“重新测量”"
        "（会排队）。",
    },
    "parallel.your_guess": {"en": "Your guess: {guess}", "zh": "你的猜测：{guess}"},
    "parallel.noisy": {
        "en": "Noisy: the repeats spread by more than 15 % or other processes kept the CPU busy while it ran. "
        "Differences smaller than the error bars mean nothing.",
        "zh": "有噪声：重复结果相差超过 15%，或测量时其他进程占用了 CPU。小于误差条的差异没有意义。",
    },
    "parallel.quiet": {
        "en": "Steady: the repeats agree within 15 % and the machine was quiet.",
        "zh": "稳定：重复结果相差在 15% 以内，机器也较空闲。",
    },
    "parallel.load": {
        "en": "Load while it ran: {busy} busy cores of {cores} (this experiment's own: {ours}); one-minute load "
        "average {avg}.",
        "zh": "测量时的负载：{cores} 个核心中有 {busy} 个在忙（本实验自身：{ours}）；一分钟平均负载 {avg}。",
    },
    "parallel.table.title": {
        "en": "Every measured point (median and spread of the repeats)",
        "zh": "所有测量点（重复的中位数和离散）",
    },
    "parallel.table.series": {"en": "series", "zh": "系列"},
    "parallel.table.x": {"en": "setting", "zh": "设置"},
    "parallel.table.median": {"en": "median", "zh": "中位数"},
    "parallel.table.spread": {"en": "spread", "zh": "离散"},
    "parallel.table.noisy": {"en": "noisy", "zh": "有噪声"},
    "parallel.table.unit": {"en": "unit", "zh": "单位"},
    "parallel.csv": {"en": "Download CSV (with the machine's description)", "zh": "下载 CSV（含机器描述）"},
    "parallel.machine": {
        "en": "Measured on: {cpu}, {cores} core(s), torch {torch}, Python {python}.",
        "zh": "测量机器：{cpu}，{cores} 个核心，torch {torch}，Python {python}。",
    },
    "parallel.device_cpu": {
        "en": "This experiment measures CPU parallelism; the sidebar's device ({device}) does not apply to it.",
        "zh": "本实验测量 CPU 并行；侧边栏选择的设备（{device}）不适用于它。",
    },
    "parallel.device_used": {"en": "Runs on the sidebar's device: {device}.", "zh": "使用侧边栏选择的设备：{device}。"},
    "parallel.msg.capped": {
        "en": "Stopped at the time cap: what was measured before it is shown.",
        "zh": "已在时间上限处停止：显示的是停止前测得的内容。",
    },
    "parallel.msg.error": {"en": "The measurement failed.", "zh": "测量失败。"},
    "parallel.error": {"en": "The measurement failed: {error}", "zh": "测量失败：{error}"},
    "parallel.partial": {"en": "Measured so far:", "zh": "目前已测得："},
    "parallel.result.threads": {
        "en": "With {threads} threads: the {n}² multiply ran {matmul}× as fast as with one, the tiny MLP step {mlp}×.",
        "zh": "{threads} 个线程时：{n}² 矩阵乘法是单线程速度的 {matmul} 倍，小 MLP 训练步是 {mlp} 倍。",
    },
    "parallel.result.gil": {
        "en": "{k} trainings in threads did {threads}× the work of one alone; in processes {processes}×.",
        "zh": "{k} 个训练放在线程里完成了单个训练 {threads} 倍的工作量；放在进程里是 {processes} 倍。",
    },
    "parallel.result.ddp": {
        "en": "DDP with {world} processes: {speedup}× the samples per second of one process at the same global "
        "batch ({batch}).",
        "zh": "{world} 个进程的 DDP：在相同全局批量（{batch}）下，每秒样本数是单进程的 {speedup} 倍。",
    },
    "parallel.result.parity_ok": {
        "en": "Parity: after {steps} steps every rank's parameters equal the single-process run's (largest "
        "difference {gap}, between ranks {between}).",
        "zh": "一致性：{steps} 步之后，每个进程的参数都与单进程训练相同（最大差 {gap}，进程之间 {between}）。",
    },
    "parallel.result.parity_bad": {
        "en": "Parity failed: the ranks' parameters differ from the single process by up to {gap}.",
        "zh": "一致性检查失败：各进程参数与单进程最多相差 {gap}。",
    },
    "parallel.result.batching": {
        "en": "K = {k} models: one vmap call was {vmap}× as fast as the loop.",
        "zh": "K = {k} 个模型：一次 vmap 调用是循环速度的 {vmap} 倍。",
    },
    "parallel.result.amdahl": {
        "en": "Designed serial share {designed} %; the fit to the measured speed-ups says {fitted} %, so no number "
        "of cores can pass {ceiling}× here.",
        "zh": "设计的串行比例为 {designed}%；根据实测加速比拟合得到 {fitted}%，因此无论多少核心都不能超过 {ceiling} "
        "倍。",
    },
    "parallel.result.compile": {
        "en": "Compiling took {compile} s; afterwards a step ran {ratio}× as fast as eager, so it pays back after "
        "about {payback} steps.",
        "zh": "编译用了 {compile} 秒；之后每步是 eager 速度的 {ratio} 倍，大约 {payback} 步后才能收回成本。",
    },
    "parallel.result.compile_never": {
        "en": "Compiling took {compile} s and the compiled step is not faster ({ratio}×): it never pays back here.",
        "zh": "编译用了 {compile} 秒，编译后的步也没有更快（{ratio} 倍）：在这里永远收不回成本。",
    },
    "parallel.result.compile_capped": {
        "en": "Compilation did not finish within the cap of {cap} s; only the eager figure was measured.",
        "zh": "编译没有在 {cap} 秒的上限内完成；只测得了 eager 的数字。",
    },
    "parallel.note.device_failed": {
        "en": "{device} is listed but could not be measured ({error}); no figure is shown for it.",
        "zh": "{device} 已列出但无法测量（{error}）；不显示它的数字。",
    },
    "parallel.note.no_gpu": {
        "en": "This server has no GPU, so no GPU figure was measured here. The table below gives makers' datasheet "
        "peaks for reference: promises of other hardware, not measurements, and far above what a small multiply "
        "reaches.",
        "zh": "这台服务器没有 GPU，因此这里没有测量任何 GPU 数字。下表给出厂商数据手册中的峰值作参考：这是其他硬件的标"
        "称值，"
        "不是测量结果，而且远高于小矩阵乘法能达到的水平。",
    },
    "parallel.note.slowdown": {
        "en": "More threads were slower here. Amdahl's law cannot explain a slow-down (at best a serial share gives "
        "no gain): this is contention, other work holding the cores the extra threads wait for. The fit is "
        "clamped at 100 %; measure again when the server is quieter.",
        "zh": "这里线程越多反而越慢。阿姆达尔定律无法解释变慢（串行比例最多让加速比为 "
        "1）：这是资源争用，其他工作占着多出的线程"
        "要等的核心。拟合结果被限制在 100%；请在服务器较空闲时重新测量。",
    },
    "parallel.note.one_core": {
        "en": "This server gives the lab one core only: there is no speed-up to fit.",
        "zh": "这台服务器只给本实验一个核心：没有加速比可以拟合。",
    },
    "parallel.reference.title": {"en": "Reference figures (not measured here)", "zh": "参考数字（非本机测量）"},
    "parallel.reference.hardware": {"en": "hardware", "zh": "硬件"},
    "parallel.reference.fp32": {"en": "fp32 peak (TFLOP/s)", "zh": "fp32 峰值（TFLOP/s）"},
    "parallel.reference.half": {"en": "half-precision peak (TFLOP/s)", "zh": "半精度峰值（TFLOP/s）"},
    "parallel.reference.at_peak": {"en": "this multiply at peak fp32 (ms)", "zh": "此乘法按 fp32 峰值（毫秒）"},
    "parallel.reference.source": {"en": "source", "zh": "来源"},
    "parallel.result.devices": {
        "en": "The CPU ran the {n}² multiply in {ms} ms ({gflops} GFLOP/s measured here).",
        "zh": "CPU 完成 {n}² 矩阵乘法用了 {ms} 毫秒（本机实测 {gflops} GFLOP/s）。",
    },
    "parallel.why": {"en": "Why", "zh": "原因"},
}
