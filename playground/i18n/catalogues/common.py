"""Strings shared by every page: the sidebar, devices, generic messages."""

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {"en": "Deep Learning Playground", "zh": "深度学习游乐场"},
    "sidebar.language": {"en": "Language", "zh": "语言"},
    "sidebar.device": {"en": "Compute device", "zh": "计算设备"},
    "sidebar.device_help": {
        "en": "Where torch runs. Only devices that exist on this server are listed. "
        "Toy networks are often fastest on the CPU: a GPU pays for launching kernels and copying data.",
        "zh": "torch 在哪里运行。只列出本服务器上存在的设备。"
        "小型网络通常在 CPU 上最快：GPU 需要为启动内核和复制数据付出开销。",
    },
    "sidebar.seed": {"en": "Random seed", "zh": "随机种子"},
    "sidebar.seed_help": {
        "en": "The same seed gives the same data, draws and training runs on every page.",
        "zh": "相同的种子会在每个页面上得到相同的数据、随机抽样和训练过程。",
    },
    "devices.vanished": {
        "en": "The device {device} is no longer available, so the playground switched to the CPU. "
        "Pick another device from the list if you want one.",
        "zh": "设备 {device} 已不可用，游乐场已切换到 CPU。如需其他设备，请从列表中重新选择。",
    },
    "devices.running_on": {"en": "Running on {device}", "zh": "运行于 {device}"},
    "common.file_prefix": {"en": "{name}:", "zh": "{name}："},
    "common.unexpected_error": {
        "en": "Something went wrong while computing this view ({error}). Your settings are kept; "
        "try other values or reload the page.",
        "zh": "计算此视图时出错（{error}）。您的设置已保留；请尝试其他数值或重新加载页面。",
    },
    # Param.clean's reports (playground.core.params), shown by every studio the same way
    "param.note.invalid": {
        "en": "{name}: “{given}” is not a value this setting takes, so the default {used} is used. "
        "Accepted: {accepted}.",
        "zh": "{name}：“{given}”不是此设置可接受的值，因此使用默认值 {used}。可接受：{accepted}。",
    },
    "param.note.clamped": {
        "en": "{name}: {given} is outside what this setting takes, so {used} is used. Accepted: {accepted}.",
        "zh": "{name}：{given} 超出此设置的范围，因此使用 {used}。可接受：{accepted}。",
    },
    "param.note.unknown": {
        "en": "“{name}” is not a setting of {owner}, so it was skipped.",
        "zh": "“{name}”不是 {owner} 的设置，已跳过。",
    },
    "param.note.too_long": {
        "en": "The link's value for {name} is longer than {limit} characters, so it was skipped.",
        "zh": "链接中 {name} 的值超过 {limit} 个字符，已跳过。",
    },
    "registry.unknown": {
        "en": "There is no {kind} called “{name}”. Known: {known}.",
        "zh": "没有名为“{name}”的{kind}。已知的有：{known}。",
    },
}
