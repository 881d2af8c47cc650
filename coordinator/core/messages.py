"""Words every feature uses: the days of the week and the team's slots, in Chinese and English."""

from coordinator.core.week import DAYS
from coordinator.i18n import add_messages

_ZH_DAYS = "一二三四五六日"
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

add_messages({f"day.short.{day}": (zh, en) for day, zh, en in zip(DAYS, _ZH_DAYS, _EN_DAYS)})
add_messages(
    {
        "slot.morning": ("上午", "Morning"),
        "slot.afternoon": ("下午", "Afternoon"),
        "slot.evening": ("晚上", "Evening"),
    }
)
