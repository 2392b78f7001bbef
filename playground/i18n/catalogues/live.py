"""Texts of the paced live views (``playground.ui.paced``) shared by the labs that redraw on a timer."""

STRINGS: dict[str, dict[str, str]] = {
    "live.paced_busy": {
        "en": "Busy server: this view now updates every {s} s, so that every student's page keeps answering.",
        "zh": "服务器繁忙：此视图现在每 {s} 秒更新一次，以便每位学生的页面都能及时响应。",
    },
}
