"""A whole meeting through the console, on both databases: schedule, agenda, start, notes, minutes mailed over a
real SMTP server on loopback, action items reminded and nudged as console time moves, carried into the next one."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from coordinator.app import App, build_app
from coordinator.calendar import services as calendar
from coordinator.clock import FakeClock
from coordinator.meetings import store
from coordinator.settings import MeetingsSettings, Settings, SmtpSettings
from tests.app.transcript import Transcript
from tests.mail.conftest import SmtpServer, smtp_server, unused_port

__all__ = ["smtp_server"]

TEAM = ("team@example.org", "组长@example.org")


def meeting_settings(database_url: str, smtp: SmtpSettings) -> Settings:
    return Settings(database_url=database_url, smtp=smtp, meetings=MeetingsSettings(minutes_to=TEAM))


@pytest.fixture
async def meeting_app(database_url: str, clock: FakeClock, smtp_server: SmtpServer) -> AsyncIterator[App]:
    application = await build_app(meeting_settings(database_url, smtp_server.settings()), clock)
    yield application
    await application.close()


async def team(app: App) -> Transcript:
    """廖丹 coordinates; 枫心愿, 瓦蓝, 小静 and 老王 join by posting their times (Monday 2026-11-23, 10:00)."""
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for name in ("枫心愿", "瓦蓝", "小静", "老王"):
        await chat.say(f"{name}: 周三晚上可以")
    return chat


def attached(answer: str, suffix: str) -> Path:
    found = re.findall(rf"📎 (\S+{suffix})", answer)
    assert found, answer
    return Path(found[-1])


async def test_a_whole_meeting_from_schedule_to_mailed_minutes(meeting_app: App, smtp_server: SmtpServer) -> None:
    chat = await team(meeting_app)
    assert "只有协调员可以使用 /meeting schedule" in await chat.say("小静: /meeting schedule 周四晚上九点")
    scheduled = await chat.say("廖丹: /meeting schedule 周四晚上九点 枫心愿 number:6")
    assert "已安排 客服部工作会议 第6期：2026年11月26日（周四）21:00" in scheduled
    assert "[bot → #meetings]\n  📅 客服部工作会议 第6期" in scheduled
    assert "议题请在 2026年11月24日（周二）21:00 前提交" in scheduled
    invitation = attached(scheduled, ".ics").read_text()
    assert "BEGIN:VEVENT" in invitation and "第6期" in invitation and "DTSTART;TZID=Asia/Shanghai:20261126T210000" in invitation
    assert "[bot → DM 枫心愿]\n  你是第6期会议的主持人" in scheduled

    assert "已加入第6期议程「在线组」" in await chat.say("小静: /agenda add 在线组 新人培训安排")
    assert "已加入第6期议程「短信平台」" in await chat.say("瓦蓝: /agenda add 短信 短信平台换服务商")
    assert "请假和原因" in await chat.say("老王: /absent 出差")

    closing = await chat.say("~ 2026-11-25 09:00")
    assert "~ 2026-11-23 21:00\n[bot → #meetings]\n  ⏰ 第6期会议" in closing and "目前有 2 条" in closing
    assert "~ 2026-11-24 21:00\n[bot → DM 枫心愿]\n  📋 第6期会议的议题已截止" in closing
    assert "新人培训安排（小静）" in closing
    assert "标为迟交" in await chat.say("小静: /agenda add 其他 年会")

    starting = await chat.say("~ 2026-11-26 21:00")
    assert "🔔 第6期会议现在开始" in starting and "主持人 枫心愿 请用 /meeting start" in starting
    assert "没有进行中的会议" in await chat.say("小静: /note 早到了")
    started = await chat.say("枫心愿 #meetings: /meeting start")
    assert "第6期会议开始了。议程和记录在 #第6期会议" in started
    assert "[bot → #第6期会议]\n  第6期会议开始，枫心愿 主持。" in started and "年会（小静）【迟交】" in started
    assert "正在进行" in await chat.say("瓦蓝: /meeting start 枫心愿请假")
    assert "记录人：小静" in await chat.say("枫心愿: /meeting recorder 小静")
    assert "已签到第6期会议" in await chat.say("瓦蓝 #第6期会议: /here")
    assert "已记入「在线组」第1条" in await chat.say("小静 #第6期会议: 新人培训从下周开始，每次两小时")
    assert "决定已记入「在线组」第2条" in await chat.say("小静 #第6期会议: 决定：培训由瓦蓝带教")
    action = await chat.say("小静 #第6期会议: 待办：瓦蓝 准备培训材料 12月3日")
    assert "负责人 瓦蓝，截止 12月3日" in action
    assert "[bot → DM 瓦蓝]\n  📌 你在第6期会议上接了一项待办" in action
    assert "现在是第2部分：短信平台\n     1) 短信平台换服务商（瓦蓝）" in await chat.say("枫心愿: /next")
    assert "决定已记入「短信平台」第1条" in await chat.say("枫心愿: /decision 下个月起换服务商")
    assert "负责人 廖丹，截止 12月10日" in await chat.say("枫心愿: /action add 廖丹 比较三家报价 due:2026-12-10")
    assert "主持人 枫心愿" in await chat.say('枫心愿: /meeting next "2026-12-10 21:00" 枫心愿')

    await chat.say("~ 2026-11-26 22:15")
    ended = await chat.say("小静: /meeting end")
    assert "第6期会议结束。纪要见附件，已发到频道；邮件会发给 2 个地址，发出后私信告诉枫心愿。" in ended
    assert "[bot → DM 枫心愿]\n  📧 第6期会议纪要已发邮件给 2 个地址。" in ended
    minutes = attached(ended, "meeting-6-minutes.md").read_text()
    assert minutes.startswith("# 客服部工作会议纪要 · 第6期 · 2026年11月26日 · 语音会议")
    for line in ("- 时间：21:00–22:15", "- 主持人：枫心愿\n", "- 记录人：小静", "- 参加人员：枫心愿、小静、瓦蓝",
                 "老王（出差）", "廖丹（未说明原因）", "1. 新人培训从下周开始，每次两小时", "2. **决定：** 培训由瓦蓝带教",
                 "3. **待办：** 准备培训材料 — 负责人：瓦蓝，截止：2026年12月3日 · 未完成",
                 "## 下次会议\n\n第7期 · 2026年12月10日 21:00 · 主持人：枫心愿"):
        assert line in minutes, line
    assert "[bot → #meetings]\n  📄 客服部工作会议 第6期会议纪要" in ended

    [mail] = smtp_server.inbox.deliveries
    assert sorted(mail.recipients) == sorted(TEAM) and mail.message["Subject"] == "客服部工作会议纪要 · 第6期"
    [file] = list(mail.message.iter_attachments())
    assert file.get_filename() == "meeting-6-minutes.md" and file.get_content() == minutes
    async with meeting_app.uow() as uow:
        assert (await store.by_number(uow, 6)).minutes == minutes

    reminders = await chat.say("~ 2026-12-04 12:00")
    assert "~ 2026-12-02 10:00\n[bot → DM 瓦蓝]\n  ⏰ 提醒：待办" in reminders and "明天（12月3日）到期" in reminders
    assert "~ 2026-12-04 10:00\n[bot → DM 瓦蓝]\n  ⚠️ 待办" in reminders and "已经过了截止日期 12月3日" in reminders
    assert "准备培训材料" in await chat.say("瓦蓝: /actions overdue")
    assert "不是你的" in await chat.say("老王: /action done 3")
    assert "已完成：准备培训材料" in await chat.say("瓦蓝: /action done 3 发到群里了")
    assert "比较三家报价" in await chat.say("廖丹: /actions") and "没有过期" in await chat.say("廖丹: /actions overdue")
    later = await chat.say("~ 2026-12-20 12:00")
    assert "待办 #5（第6期）“比较三家报价”明天" in later and "待办 #3" not in later
    assert len(smtp_server.inbox.deliveries) == 1


async def test_open_items_carry_over_and_a_stand_in_is_recorded(meeting_app: App) -> None:
    chat = await team(meeting_app)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 枫心愿')
    await chat.say("~ 2026-11-26 21:00")
    assert "代为主持请写明原因" in await chat.say("瓦蓝: /meeting start")
    assert "第1期会议开始了" in await chat.say("瓦蓝: /meeting start 枫心愿请假")
    await chat.say("瓦蓝: /action add 小静 更新统一口径 2026-12-20")
    await chat.say("瓦蓝: /action add 老王 联系西部老师 2026-12-20")
    await chat.say('瓦蓝: /meeting next "2026-12-10 21:00" 枫心愿')
    first = attached(await chat.say("瓦蓝: /meeting end"), "minutes.md").read_text()
    assert "- 主持人：瓦蓝（因枫心愿请假改为瓦蓝主持；原定主持人：枫心愿）" in first

    agenda = await chat.say("小静: /agenda list")
    assert "第2期会议议程" in agenda and "遗留问题：" in agenda
    assert "更新统一口径 — 负责人 小静" in agenda and "联系西部老师 — 负责人 老王" in agenda
    await chat.say("~ 2026-12-10 21:00")
    assert "第2期会议开始了" in await chat.say("枫心愿: /meeting start")
    assert "已完成" in await chat.say("小静: /action done 1")
    second = attached(await chat.say("枫心愿: /meeting end"), "minutes.md").read_text()
    assert "- 主持人：枫心愿\n" in second
    assert "## 遗留问题\n\n1. **待办：** 更新统一口径 — 负责人：小静，截止：2026年12月20日 · 已完成（第1期提出）" in second
    assert "2. **待办：** 联系西部老师 — 负责人：老王，截止：2026年12月20日 · 未完成（第1期提出）" in second
    assert "## 下次会议\n\n待定" in second
    hits = await chat.say("廖丹: /minutes search 西部")
    assert "第1期" in hits and "联系西部老师" in hits and "更新统一口径" not in hits
    assert "没有找到" in await chat.say("廖丹: /minutes search 财务报表")


async def test_a_restart_mid_meeting_loses_nothing(database_url: str, clock: FakeClock,
                                                   smtp_server: SmtpServer) -> None:
    settings = meeting_settings(database_url, smtp_server.settings())
    before = await build_app(settings, clock)
    chat = await team(before)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
    await chat.say("~ 2026-11-26 21:00")
    await chat.say("廖丹: /meeting start")
    await chat.say("小静 #第1期会议: 决定：周末也安排机动")
    await chat.say("老王: /absent 网络断了")
    await before.close()

    after = await build_app(settings, clock)
    try:
        chat = Transcript(after)
        assert "决定已记入「在线组」第2条" in await chat.say("瓦蓝 #第1期会议: 决定：每月复盘一次")
        minutes = attached(await chat.say("廖丹: /meeting end"), "minutes.md").read_text()
        assert "1. **决定：** 周末也安排机动\n2. **决定：** 每月复盘一次" in minutes
        assert "老王（网络断了）" in minutes and "- 参加人员：廖丹、小静、瓦蓝" in minutes
        assert len(smtp_server.inbox.deliveries) == 1
    finally:
        await after.close()


async def test_absurd_input_gets_a_plain_answer(meeting_app: App) -> None:
    chat = await team(meeting_app)
    assert "没有进行中的会议" in await chat.say("小静: /note 你好")
    assert "没有安排好的会议" in await chat.say("小静: /agenda add 在线组 你好")
    assert "已经过去了" in await chat.say('廖丹: /meeting schedule "1999-01-01 21:00"')
    assert "太远了" in await chat.say('廖丹: /meeting schedule "9999-12-31 21:00"')
    assert "不是一个时间" in await chat.say("廖丹: /meeting schedule 改天吧")
    assert "不存在的人" in await chat.say("廖丹: /meeting schedule 周四晚上九点 不存在的人")
    await chat.say("廖丹: /meeting schedule 周四晚上九点 廖丹 number:6")
    assert "第7期" in await chat.say("廖丹: /meeting schedule 周五晚上九点 number:3")
    assert "没有“财务”这个部分" in await chat.say("小静: /agenda add 财务 预算")
    assert "太早" in await chat.say("廖丹: /meeting start")
    await chat.say("~ 2026-11-26 21:00")
    await chat.say("廖丹: /meeting start")
    assert "正在进行" in await chat.say("廖丹: /meeting start")
    assert "最多 1000 个字" in await chat.say("小静: /note " + "很长" * 50_000)
    assert "不存在的人" in await chat.say("小静: /action add 不存在的人 做点什么")
    assert "不是日期" in await chat.say("小静: /action add 瓦蓝 做点什么 due:哪天")
    assert "今天到一年以内" in await chat.say("小静: /action add 瓦蓝 做点什么 due:1999-01-01")
    assert "只有主持人、记录人或协调员" in await chat.say("老王: /meeting end")
    assert "没有 #99 这项待办" in await chat.say("廖丹: /action done 99")
    assert "没有这项待办" in await chat.say("廖丹: /action done 九十九")


async def test_the_team_feed_includes_scheduled_meetings(meeting_app: App) -> None:
    chat = await team(meeting_app)
    await chat.say("廖丹: /meeting schedule 周四晚上九点 枫心愿 number:6")
    async with meeting_app.uow() as uow:
        feed = await calendar.calendar_bytes(uow, meeting_app.settings, None, meeting_app.today())
    assert b"UID:meeting-6" in feed and "客服部工作会议 · 第6期".encode() in feed


async def test_mail_that_fails_is_retried_and_never_logs_the_addresses(
        database_url: str, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    down = SmtpSettings(host="127.0.0.1", port=unused_port(), timeout_seconds=2)
    app = await build_app(meeting_settings(database_url, down), clock)
    try:
        chat = await team(app)
        await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
        await chat.say("~ 2026-11-26 21:00")
        await chat.say("廖丹: /meeting start")
        with caplog.at_level(logging.DEBUG):
            assert "已发到频道" in await chat.say("廖丹: /meeting end")
        assert "failed" in caplog.text
        assert "example.org" not in caplog.text and "组长" not in caplog.text
    finally:
        await app.close()
