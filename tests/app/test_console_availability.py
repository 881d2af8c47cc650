"""Posting availability in plain words through the console, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from coordinator.availability import services as availability
from coordinator.availability.models import AvailabilityMessage, Leave
from coordinator.core.week import Level
from coordinator.team import services as team
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


async def test_chat_that_is_not_availability_gets_a_question_and_is_kept(app) -> None:
    chat = Transcript(app)
    answer = await chat.say("小静: 哈哈好的")
    assert "能换个说法吗" in answer
    assert await stored(app, "小静") == {}
    async with app.uow() as uow:
        message = await uow.session.scalar(select(AvailabilityMessage))
        assert message.text == "哈哈好的" and message.state == "unclear"


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
    lines = ["周一晚上可以", "哈哈好的", "12月3号请假", "周末机动"]
    for line in lines:
        await chat.say(f"小静: {line}")
    async with app.uow() as uow:
        texts = (await uow.session.scalars(select(AvailabilityMessage.text).order_by(AvailabilityMessage.id))).all()
        count = await uow.session.scalar(select(func.count()).select_from(Leave))
    assert list(texts) == lines
    assert count == 1
