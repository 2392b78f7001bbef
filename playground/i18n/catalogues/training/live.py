"""Texts of the training studio's browser-drawn live view (``playground/ui/components/live_view``)."""

STRINGS: dict[str, dict[str, str]] = {
    "train.live.busy": {
        "en": "Busy server: {n} updates a second for each student. The view keeps moving between updates.",
        "zh": "服务器繁忙：每位学生每秒 {n} 次更新。两次更新之间画面仍会平滑移动。",
    },
    "train.live.footer": {
        "en": "Updates from the trainer: {n} · parameters: {params} · drawn by your browser: orange and blue are "
        "the two classes (or negative and positive values); links are blue for positive and orange for negative "
        "weights. Point at the output to read the prediction there.",
        "zh": "来自训练器的更新：{n} 次 · 参数：{params} 个 · 由你的浏览器绘制："
        "橙色和蓝色代表两个类别（或负值与正值）；连线蓝色为正权重，橙色为负权重。把鼠标移到输出图上可读出该处的预测。",
    },
}
