"""Posting availability in plain words through the console, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from coordinator.availability import services as availability
from coordinator.availability.models import AvailabilityMessage, Leave
from coordinator.availability.services import current_hours
from coordinator.core.week import Level
from coordinator.team import services as team
from coordinator.team.models import Member
from tests.app.transcript import Transcript


def grid_row(answer: str, slot_label: str) -> list[str]:
    """The cells of one slot row of the week grid, Monday first."""
    row = next(line for line in answer.splitlines() if line.strip().startswith(slot_label))
    return row.split()[2:]


async def stored(app, name: str) -> dict[str, Level]:
    async with app.uow() as uow:
        member = await team.find_member(uow, name)
        return await availability.current_availability(uow, member.id, None)


async def test_a_post_is_understood_shown_as_a_grid_and_stored(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: 周二周四晚上可以,周末需要的话可以补位")
    assert "小静 的每周时间已更新" in answer
    assert grid_row(answer, "晚上") == ["·", "●", "·", "●", "·", "○", "○"]
    assert grid_row(answer, "上午") == ["·", "·", "·", "·", "·", "○", "○"]
    assert "[确认: /avail confirm message:1]" in answer and "[撤销: /avail undo message:1]" in answer
    levels = await stored(app, "小静")
    assert levels["tue:evening"] is Level.AVAILABLE and levels["sun:morning"] is Level.STANDBY
    assert len(levels) == 8


async def test_newcomers_are_added_to_the_team_when_they_post(app) -> None:
    chat = Transcript(app)
    assert "欢迎 熊宝宝！你已加入团队名单，工号 KF001" in await chat.say("熊宝宝: 我四点以后可以上客服")
    assert "欢迎" not in await chat.say("熊宝宝: 周末机动")
    async with app.uow() as uow:
        member = await team.find_member(uow, "熊宝宝")
        assert member.staff_id == "KF001"


async def test_chat_in_the_availability_channel_is_left_alone(app) -> None:
    chat = Transcript(app)
    for line in ("哈哈好的", "谢谢！", "大家好", "明天几点开会？", "大家好，今天有点忙", "thanks all 🙏"):
        assert await chat.say(f"小静: {line}") == "", line
    async with app.uow() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(AvailabilityMessage)) == 0
        assert await uow.session.scalar(select(func.count()).select_from(Leave)) == 0


async def test_an_unclear_part_is_asked_about_quoting_it_and_the_clear_part_is_kept(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: 周二晚上肯定可以，周末说不准")
    assert "“周末说不准”这部分我没把握" in answer
    assert await stored(app, "小静") == {"tue:evening": "available"}
    asked = await chat.say("小静: 周五可能可以吧")
    assert "“周五可能可以吧”这部分我没把握，先没有记下" in asked
    assert await stored(app, "小静") == {"tue:evening": "available"}
    async with app.uow() as uow:
        message = await uow.session.scalar(select(AvailabilityMessage).order_by(AvailabilityMessage.id.desc()))
        assert message.text == "周五可能可以吧" and message.state == "unclear"


async def test_a_follow_up_adds_or_takes_out_and_a_full_statement_replaces(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周一到周五晚上可以")
    added = await chat.say("小静: 周六也可以")
    assert "已加上：六 全天" in added
    weekdays = {f"{d}:evening": "available" for d in ("mon", "tue", "wed", "thu", "fri")}
    saturday = {f"sat:{slot}": "available" for slot in ("morning", "afternoon", "evening")}
    assert await stored(app, "小静") == {**weekdays, **saturday}
    removed = await chat.say("小静: 周三不行了")
    assert "已去掉：三 全天" in removed
    assert "wed:evening" not in await stored(app, "小静")
    assert "已撤销" in await chat.say("小静: /avail undo")
    assert "wed:evening" in await stored(app, "小静")
    replaced = await chat.say("小静: 周日上午可以")
    assert "我理解的是：日 上" in replaced
    assert await stored(app, "小静") == {"sun:morning": "available"}


async def test_a_personal_weekly_limit_is_kept_on_the_member(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 晚上都可以")
    answer = await chat.say("小静: 每周最多两个班")
    assert "以后每周最多给你排 2 个班" in answer
    assert len(await stored(app, "小静")) == 7
    async with app.uow() as uow:
        member = await uow.session.scalar(select(Member).where(Member.display_name == "小静"))
        assert member.max_shifts == 2


async def test_partial_hours_are_kept_and_shown(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: 周三下午四点以后")
    assert "◐16-19" in answer
    async with app.uow() as uow:
        member = await uow.session.scalar(select(Member).where(Member.display_name == "小静"))
        assert await current_hours(uow, member.id, None) == {"wed:afternoon": ("16:00", "19:00")}


async def test_undo_brings_back_the_previous_week(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周一到周五晚上可以")
    await chat.say("小静: 周末上午可以")
    assert "只能撤销你最近的一条" in await chat.say("小静: /avail undo message:1")
    assert "已撤销" in await chat.say("小静: /avail undo")
    assert set(await stored(app, "小静")) == {f"{d}:evening" for d in ("mon", "tue", "wed", "thu", "fri")}


async def test_one_cannot_undo_someone_elses_post(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周一晚上可以")
    await chat.say("小双: 周二晚上可以")
    assert "不是你的记录" in await chat.say("小双: /avail undo message:1")
    assert set(await stored(app, "小静")) == {"mon:evening"}


async def test_confirm_without_a_number_confirms_the_latest_post(app) -> None:
    chat = Transcript(app)
    await chat.bootstrap("瓦蓝")
    await chat.say("小静: 周三晚上可以")
    assert "还没有可以确认的时间" in await chat.say("瓦蓝: /avail confirm")
    assert "已确认" in await chat.say("小静: /avail confirm")
    async with app.uow() as uow:
        assert await uow.session.scalar(select(AvailabilityMessage.state)) == "confirmed"


async def test_confirm_and_clear_with_undo(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周三晚上最好,周一和周五晚上也行")
    assert "已确认" in await chat.say("小静: /avail confirm message:1")
    assert "已清空" in await chat.say("小静: /avail clear")
    assert await stored(app, "小静") == {}
    await chat.say("小静: /avail undo")
    assert (await stored(app, "小静"))["wed:evening"] is Level.PREFERRED


async def test_leave_is_recorded_and_shown_on_the_grid(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 工作日晚上可以")
    assert "已记下请假：11月26日" in await chat.say("小静: /leave 11月26号请假")
    shown = await chat.say("小静: /avail show")
    assert "接下来的请假：11月26日" in shown
    assert grid_row(shown, "晚上") == ["●", "●", "●", "✕", "●", "·", "·"]
    assert "没看出请假的日期" in await chat.say("小静: /leave 有事")
    async with app.uow() as uow:
        periods = (await uow.session.scalars(select(Leave))).all()
        assert [(p.start, p.end) for p in periods] == [(date(2026, 11, 26), date(2026, 11, 26))]


async def test_a_post_for_one_week_leaves_the_usual_week_alone(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周二晚上可以")
    answer = await chat.say("小静: /avail set 周六全天可以 week:2026-W49")
    assert "2026-W49" in answer
    assert set(await stored(app, "小静")) == {"tue:evening"}
    async with app.uow() as uow:
        member = await team.find_member(uow, "小静")
        week = await availability.effective_availability(uow, member.id, date(2026, 11, 30))
        assert set(week) == {"sat:morning", "sat:afternoon", "sat:evening"}
    assert "不是一个周" in await chat.say("小静: /avail set 周六可以 week:next")


async def test_direct_messages_count_other_channels_do_not(app) -> None:
    chat = Transcript(app)
    assert "已更新" in await chat.say("小静 #dm: 周一晚上可以")
    assert await chat.say("小静 #general: 周二晚上可以") == ""
    assert set(await stored(app, "小静")) == {"mon:evening"}


async def test_show_another_member_and_english_replies(app) -> None:
    chat = Transcript(app)
    await chat.say("Lin: /language en")
    answer = await chat.say("Lin: Mon–Thu 1pm–7pm")
    assert "Lin's weekly times are updated" in answer
    assert grid_row(answer, "Afternoon") == ["●", "●", "●", "●", "·", "·", "·"]
    await chat.say("小静: 周二晚上可以")
    assert "小静's weekly times" in await chat.say("Lin: /avail show 小静")


async def test_every_message_is_kept_verbatim(app) -> None:
    chat = Transcript(app)
    lines = ["周一晚上可以", "周三也许可以", "12月3号请假", "周末机动"]
    for line in lines:
        await chat.say(f"小静: {line}")
    async with app.uow() as uow:
        texts = (await uow.session.scalars(select(AvailabilityMessage.text).order_by(AvailabilityMessage.id))).all()
        count = await uow.session.scalar(select(func.count()).select_from(Leave))
    assert list(texts) == lines
    assert count == 1


async def effective(app, name: str, monday: date) -> dict[str, Level]:
    async with app.uow() as uow:
        member = await team.find_member(uow, name)
        return await availability.effective_availability(uow, member.id, monday)


async def test_a_pattern_from_a_date_keeps_the_weeks_before_as_they_were(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周三晚上可以")
    answer = await chat.say("小静: 12月14号起每周一晚上可以")
    assert "从 12月14日 起按这个时间排；在那之前照旧" in answer
    assert await effective(app, "小静", date(2026, 11, 30)) == {"wed:evening": Level.AVAILABLE}
    assert await effective(app, "小静", date(2026, 12, 7)) == {"wed:evening": Level.AVAILABLE}
    assert await effective(app, "小静", date(2026, 12, 14)) == {"mon:evening": Level.AVAILABLE}
    assert await effective(app, "小静", date(2027, 1, 4)) == {"mon:evening": Level.AVAILABLE}
    assert "已撤销" in await chat.say("小静: /avail undo")
    assert await effective(app, "小静", date(2026, 12, 14)) == {"wed:evening": Level.AVAILABLE}
    assert await effective(app, "小静", date(2026, 11, 30)) == {"wed:evening": Level.AVAILABLE}


async def test_a_pattern_until_a_date_ends_there(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周三晚上可以")
    answer = await chat.say("小静: 到12月6号为止，周五晚上可以")
    assert "这个时间只到 12月6日 为止" in answer
    assert await effective(app, "小静", date(2026, 11, 30)) == {"fri:evening": Level.AVAILABLE}
    assert await effective(app, "小静", date(2026, 12, 7)) == {"wed:evening": Level.AVAILABLE}


async def test_a_date_too_far_ahead_is_refused_and_nothing_changes(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周三晚上可以")
    answer = await chat.say("小静: 2027年12月1日以后每周一晚上可以")
    assert "那个日期太远了" in answer and "Traceback" not in answer
    assert await stored(app, "小静") == {"wed:evening": Level.AVAILABLE}


async def test_as_usual_keeps_the_week_and_says_so(app) -> None:
    chat = Transcript(app)
    await chat.say("小静: 周三晚上可以")
    answer = await chat.say("小静: 下周照旧哈")
    assert "好的，你的每周时间不变：三 晚" in answer
    assert await stored(app, "小静") == {"wed:evening": Level.AVAILABLE}


async def test_leave_given_by_its_start_and_length(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: 下周开始我请假两周，家里有事")
    assert "已记下请假：11月30日至12月13日" in answer


async def test_a_post_in_the_channel_is_read_once(app, monkeypatch) -> None:
    """The chat handler's reading is the one stored: the message is not parsed a second time on the way in."""
    from coordinator.availability import commands, services
    readings = []

    def counted(parse):
        def read(*args, **kwargs):
            readings.append(args[0])
            return parse(*args, **kwargs)
        return read

    monkeypatch.setattr(commands, "parse_availability", counted(commands.parse_availability))
    monkeypatch.setattr(services, "parse_availability", counted(services.parse_availability))
    answer = await Transcript(app).say("小静: 周二周四晚上可以")
    assert "小静 的每周时间已更新" in answer
    assert readings == ["周二周四晚上可以"]
