"""Chat commands for calendar feeds: ``/ical`` sends a private subscription link, ``/ical reset`` rotates it."""

from __future__ import annotations

from coordinator.calendar import messages as _messages  # noqa: F401
from coordinator.calendar import services as calendar
from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Button, Reply, Tone
from coordinator.core.errors import UserError

registry = CommandRegistry()

SCOPE = Option("scope", "me 自己的 / team 全队（协调员）", "me, or team (coordinators)", required=False,
               choices=("me", "team"))


def _owner(ctx: CommandContext) -> int | None:
    """Whose feed: the asker's, or the team's (None) for a coordinator."""
    if ctx.arg("scope") == "team":
        if not ctx.is_coordinator():
            raise UserError("error.coordinator_only", command="ical team")
        return None
    if ctx.caller.member_id is None:
        raise UserError("error.not_a_member")
    return ctx.caller.member_id


ACTION = Option("action", "reset 换新链接（旧链接失效）", "reset: a new link (the old one stops working)",
                required=False, choices=("link", "reset"))


@registry.command("ical", zh="私信给你值班日历的订阅链接；/ical reset 换新链接", options=(ACTION, SCOPE))
async def ical(ctx: CommandContext) -> Reply:
    """Get your calendar subscription link privately; /ical reset gives a new one."""
    reset = ctx.arg("action") == "reset"
    token = await calendar.subscription(ctx.app, _owner(ctx), reset=reset)
    if token is None:
        args = {"action": "reset", "scope": ctx.arg("scope", "me") or "me"}
        return Reply(text=ctx.t("ical.already"), private=True, tone=Tone.QUESTION, key="ical.already",
                     buttons=(Button(ctx.t("ical.reset_button"), "ical", args, danger=True),))
    key = "ical.reset" if reset else "ical.link"
    return ctx.reply(key, private=True, url=calendar.feed_url(ctx.app.settings, token))
