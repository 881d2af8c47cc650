"""A sample team for ``coordinator run --demo``: the roster example's volunteers and their own words."""

from __future__ import annotations

from coordinator.app import App
from coordinator.availability import services as availability
from coordinator.team import services as team
from coordinator.team.domain import Role

DEMO_TEAM: tuple[tuple[str, tuple[Role, ...], str], ...] = (
    ("廖丹", (Role.COORDINATOR,), "工作日上午可以"),
    ("颜夏", (), "周一上午最好，周三周五周六上午也行"),
    ("达真", (), "周末和一、四、五晚上可做机动"),
    ("瓦蓝", (Role.LEAD,), "周一、四、五晚上可以，周末机动"),
    ("熊宝宝", (), "我四点以后可以上客服"),
    ("陶然居士", (), "周二周日晚上可以，周三晚上最好"),
    ("小静", (), "下午(一点到七点)都有空"),
    ("小双", (), "周二周四周日晚上可以，周六晚上最好"),
    ("天吴", (), "周三周五晚上，周日下午"),
    ("蓝心情", (), "周三周五晚上，周日下午，周六上午"),
)


async def seed_demo_team(app: App) -> None:
    """Add the sample team with its availability, and pair the trainees with mentors."""
    now, today = app.clock.now(), app.today()
    async with app.uow() as uow:
        members = {}
        for name, roles, words in DEMO_TEAM:
            member = await team.add_member(uow, name, now, roles)
            members[name] = member
            await availability.record_post(
                uow, member, text=words, channel="demo", now=now, today=today, duty_slots=app.settings.slots
            )
        await team.assign_mentor(uow, members["陶然居士"], members["熊宝宝"])
        await team.assign_mentor(uow, members["蓝心情"], members["天吴"])
        await uow.commit()
