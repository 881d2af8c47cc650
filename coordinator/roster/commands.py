"""Chat commands for the roster: build a draft, publish, show; each volunteer's own shifts."""

from __future__ import annotations

from dataclasses import replace

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Attachment, Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import iso_week_label, week_monday
from coordinator.platform.policy import COORDINATORS
from coordinator.roster import messages as _messages  # noqa: F401
from coordinator.roster import publishing, views
from coordinator.roster import services as rosters
from coordinator.roster.planning import next_monday
from coordinator.roster.solver import describe_reason

registry = CommandRegistry()

WEEK = Option("week", "哪一周，如 2026-W49（默认下周）", "which week, e.g. 2026-W49 (default: next week)",
              required=False, example="2026-W49")
MEMBER = Option("member", "成员名字或工号", "member name or staff ID", required=False)


@registry.command("roster build", zh="为下周（或指定的一周）排班，先出草稿（协调员）", options=(WEEK,),
                  policy=COORDINATORS, progress="roster.building")
async def build(ctx: CommandContext) -> Reply:
    """Build next week's roster (or a given week's) as a draft."""
    draft = await publishing.build_draft(ctx.app, ctx.week(next_monday(ctx.today())))
    if draft.view is None:
        reasons = ctx.t("list.clause_separator").join(
            describe_reason(reason, ctx.lang, draft.names or {}) for reason in draft.infeasible)
        raise UserError("roster.infeasible", reason=reasons)
    return draft_reply(ctx, draft.view)


def draft_reply(ctx: CommandContext, view: rosters.RosterView) -> Reply:
    """The draft as a coordinator checks it: slots below target, gaps and why, loads, who is free; the grid."""
    settings = ctx.app.settings
    shortfall = view.explanation.get("shortfall", {})
    lines = views.coverage_lines(view, settings, ctx.lang)
    if gaps := views.gap_lines(view.explanation, settings.slots, ctx.lang):
        lines += [ctx.t("roster.gaps_title"), *gaps]
    lines.append(views.load_line(view, ctx.lang, draft=True))
    lines += views.free_lines(view.explanation, settings.slots, ctx.lang)
    lines.append(ctx.t("roster.draft_footer", week=view.week, min_short=shortfall.get("min", 0),
                       target_short=shortfall.get("target", 0)))
    if view.published:
        lines.append(ctx.t("roster.draft_of_published"))
    return Reply(
        title=ctx.t("roster.draft_title", week=view.week, status=ctx.t(f"roster.status.{view.status}")),
        text="\n".join(lines), table=replace(views.grid(view, settings, ctx.lang, draft=True), lead=True),
        tone=Tone.INFO,
        key="roster.draft_title",
    )


@registry.command("roster publish", zh="发布排班：发到排班频道并私信每位志愿者（协调员）", options=(WEEK,),
                  policy=COORDINATORS)
async def publish(ctx: CommandContext) -> Reply:
    """Publish the roster to the roster channel and tell each volunteer their shifts."""
    published = await publishing.publish_week(ctx.app, ctx.week(next_monday(ctx.today())))
    if published.unchanged:
        return ctx.reply("roster.unchanged", tone=Tone.INFO, week=published.week)
    key = "roster.published" if published.first_time else "roster.republished"
    return ctx.reply(key, week=published.week, count=published.told)


@registry.command("roster show", zh="查看某一周的排班（可只看某位成员）", options=(WEEK, MEMBER))
async def show(ctx: CommandContext) -> Reply:
    """Show a week's roster, or one member's shifts in it."""
    shown = await publishing.week_to_show(ctx.app, ctx.week(past=True), ctx.arg("member"))
    view, member, week = shown.view, shown.member, iso_week_label(shown.monday)
    if view is None:
        raise UserError("roster.not_built", week=week)
    if ctx.is_coordinator() and member is None and view.draft is not None:
        return draft_reply(ctx, view)
    if not view.published:
        raise UserError("roster.not_published", week=week)
    if member is not None and not any(shift.staff_id == member.staff_id for shift in view.active):
        raise UserError("roster.bad_member_filter", name=member.display_name, week=week)
    only = member.display_name if member else None
    return Reply(title=ctx.t("roster.show_title", week=week), key="roster.show_title",
                 text="" if only else views.load_line(view, ctx.lang),
                 table=views.grid(view, ctx.app.settings, ctx.lang, only=only))


@registry.command("roster mine", zh="查看我这周和下周的值班（附日历文件）")
async def mine(ctx: CommandContext) -> Reply:
    """Show your shifts this week and next, with them as a calendar file."""
    weeks = (week_monday(ctx.today()), next_monday(ctx.today()))
    if ctx.caller.member_id is None:
        raise UserError("error.not_a_member")
    mine_ = await publishing.my_weeks(ctx.app, ctx.caller.member_id, weeks)
    lines = [
        ctx.t("roster.your_shifts", week=iso_week_label(monday),
              shifts=views.shift_list(shifts, ctx.app.settings.slots, ctx.lang))
        if shifts else ctx.t("roster.no_shifts", week=iso_week_label(monday))
        for monday, shifts in mine_.shifts.items()
    ]
    name = f"{mine_.staff_id}-{iso_week_label(weeks[0])}.ics"
    files = (Attachment(name, mine_.calendar, "text/calendar"),) if mine_.calendar else ()
    return Reply(text="\n".join(lines), private=True, files=files, key="roster.your_shifts")
