"""One catalogue of every message the bot sends, in Chinese and English; features add their own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

_MESSAGES: dict[str, dict[str, str]] = {}


def add_messages(messages: Mapping[str, tuple[str, str]]) -> None:
    """Register ``key: (chinese, english)`` pairs; a key may be registered once."""
    for key, (zh, en) in messages.items():
        if key in _MESSAGES:
            raise KeyError(f"message {key!r} is registered twice")
        _MESSAGES[key] = {"zh": zh, "en": en}


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with its parameters filled in."""
    entry = _MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANGUAGE]).format(**params)


def texts(key: str) -> dict[str, str]:
    """The unformatted texts of ``key``, one per language (for checks of the catalogue itself)."""
    return dict(_MESSAGES[key])


def has_message(key: str) -> bool:
    return key in _MESSAGES


def all_keys() -> list[str]:
    return sorted(_MESSAGES)


add_messages(
    {
        "error.unexpected": (
            "抱歉，处理时出了点问题，已记录下来。请稍后再试，或联系协调员。",
            "Sorry, something went wrong on our side and it has been logged. Please try again later or ask a coordinator.",
        ),
        "error.unknown_command": (
            "没有 /{name} 这个命令。输入 /help 查看全部命令。",
            "There is no /{name} command. Type /help to see them all.",
        ),
        "error.missing_option": (
            "/{command} 还需要填写 {option}。例如：{example}",
            "/{command} needs {option}. For example: {example}",
        ),
        "error.unknown_option": (
            "/{command} 没有 {option} 这个选项，可用的有：{known}。",
            "/{command} has no option {option}; its options are: {known}.",
        ),
        "error.too_many_values": (
            "/{command} 多了内容“{extra}”。请按 /help {command} 的格式输入。",
            "/{command} got something extra: \"{extra}\". Please follow /help {command}.",
        ),
        "error.coordinator_only": (
            "只有协调员可以使用 /{command}。如需调整，请联系协调员。",
            "Only coordinators can use /{command}. Please ask a coordinator.",
        ),
        "error.no_coordinator_yet": (
            "团队还没有协调员，所以 /{command} 暂时没人能用。请在服务器上运行 coordinator team add 名字 --role coordinator 创建第一位。",
            "The team has no coordinator yet, so nobody can use /{command}. On the server, run coordinator team add NAME --role coordinator to create the first one.",
        ),
        "error.needs_role": (
            "/{command} 需要以下角色之一：{roles}。请联系协调员。",
            "/{command} needs one of these roles: {roles}. Please ask a coordinator.",
        ),
        "error.join_closed": (
            "你还不在团队名单里。请协调员用 /team add 把你加进来，或私信机器人 /link 加上协调员给你的绑定码。",
            "You are not on the team list yet. Ask a coordinator to add you with /team add, or DM the bot /link with the code they give you.",
        ),
        "error.button_unknown": (
            "这个按钮已经失效了。请重新输入对应的命令。",
            "That button no longer works. Please type the command again.",
        ),
        "error.not_a_member": (
            "你还不在团队名单里，请先让协调员用 /team add 把你加进来。",
            "You are not on the team list yet; please ask a coordinator to add you with /team add.",
        ),
        "error.bad_choice": (
            "{option} 不能是“{value}”，请从这些里选：{choices}。",
            "{option} cannot be \"{value}\"; choose one of: {choices}.",
        ),
        "error.bad_week": (
            "“{text}”不是一个周，请写成 2026-W49、该周的一个日期（2026-12-07），或“下周”。",
            "\"{text}\" is not a week; write it like 2026-W49, a date in it (2026-12-07), or \"next week\".",
        ),
        "error.week_out_of_range": (
            "{week} 不在可选范围内：请选 {this} 起一年以内的周。",
            "{week} is out of range: choose a week from {this} up to a year ahead.",
        ),
    }
)
