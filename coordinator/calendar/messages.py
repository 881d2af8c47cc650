"""The calendar feature's messages in Chinese and English."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "ical.title": ("值班 {slot} · {name}", "Duty {slot} · {name}"),
        "ical.name_member": ("{name} 的值班", "{name}'s duty shifts"),
        "ical.name_team": ("客服组值班表", "Team duty roster"),
        "ical.link": (
            "📅 你的日历订阅链接（只有你能看到，请勿转发）：\n{url}\n在 Google/Apple/Outlook 日历里选“通过网址订阅”即可。",
            "📅 Your calendar link (only you can see it; do not share it):\n{url}\nIn Google/Apple/Outlook choose \"subscribe from URL\".",
        ),
        "ical.already": (
            "你已经有一个日历链接了。为了安全，链接只显示一次；找不到的话可以换一个新的（旧的会失效）。",
            "You already have a calendar link. For safety it is shown only once; if you lost it, get a new one (the old one stops working).",
        ),
        "ical.reset_button": ("换新链接", "New link"),
        "ical.reset": (
            "🔑 新的日历链接（旧链接已失效）：\n{url}",
            "🔑 Your new calendar link (the old one no longer works):\n{url}",
        ),
    }
)
