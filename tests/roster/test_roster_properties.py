"""Random roster flows through the console, each step checked by a checker of this file's own (not the solver's).

A small team posts its times as plain messages; then builds, publishes, drops, offers taken and passed, swaps,
leave, new times and the clock moving come in any order. After every step the published week must keep the hard
rules as the product promises them:

- always: no slot over ``slot_max``; nobody on two slots a day or over ``max_shifts``; one active shift per
  (person, day, slot); nobody on a shift still to come on a day they are on leave;
- right after a build that is published at once: everyone the draft put on a slot offers it in their times as they
  were at the build, and every slot with someone on it has someone who is not a trainee (a drop may leave a trainee
  alone later: a gap the coordinators hear about, so the rule is not checked then);
- right after an offer is taken or a swap agreed: the newcomer offers the slot in their stored times, is not on
  leave that day, and the slot has someone who is not a trainee;
- after any publish: nobody is back on a slot they gave up (a drop, a swap away, leave), unless they took it on
  again themselves;
- no answer ever says something went wrong.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.app import App, build_app
from coordinator.availability.services import effective_availability, upcoming_leave
from coordinator.chat.admin import run_as_admin
from coordinator.clock import FakeClock
from coordinator.roster.services import RosterView, ShiftView, load_roster
from coordinator.settings import Settings
from coordinator.team.services import list_members
from tests.app.transcript import Transcript
from tests.conftest import START

WEEK, MONDAY = "2026-W49", date(2026, 11, 30)
COORDINATOR, TRAINEE = "廖丹", "熊宝宝"
PEOPLE = (COORDINATOR, "小静", "瓦蓝", "阿甘", "老王", TRAINEE)
TIMES = {
    "周三晚上可以": {"wed:evening"},
    "周三晚上机动": {"wed:evening"},
    "周三、周四晚上可以": {"wed:evening", "thu:evening"},
    "周四晚上可以，周三晚上机动": {"wed:evening", "thu:evening"},
    "周三全天可以": {"wed:morning", "wed:afternoon", "wed:evening"},
    "周三下午、晚上可以": {"wed:afternoon", "wed:evening"},
    "周五晚上可以": {"fri:evening"},
    "周三晚上可以，周四晚上机动": {"wed:evening", "thu:evening"},
}
"""Times as the team posts them, and the slots each offers (the checker's own reading, not the parser's)."""
LEAVE_DAYS = ("12月2日", "12月3日")
STEPS_OF_CLOCK = (timedelta(minutes=3), timedelta(minutes=61), timedelta(hours=6), timedelta(days=1))
WORKABLE = frozenset({"available", "preferred", "standby"})
"""The levels one may be rostered on (the team does not allow partial slots)."""
DAY_WORDS = {"mon": "周一", "tue": "周二", "wed": "周三", "thu": "周四", "fri": "周五", "sat": "周六", "sun": "周日"}
SLOT_WORDS = {"morning": "上午", "afternoon": "下午", "evening": "晚上"}
SLOTS = {word: name for name, word in SLOT_WORDS.items()}
WENT_WRONG = ("出错", "出了点问题", "something went wrong", "Traceback")
MAX_PER_DAY = 1
DAYS = tuple(DAY_WORDS)
TAKE_CHECKS_LEAVE_AND_TIMES = True
"""`/shift take` checks the taker's leave and stored times (``test_an_offer_taken_while_on_leave_is_refused`` and
``…_no_longer_free_then_is_refused``): the flows send such takes, and they must be refused."""
REBUILD_COUNTS_KEPT_SHIFTS = True
"""A rebuild keeps a shift someone took after publishing through a pin, and lets it go when their times no longer
offer it (``test_a_kept_shift_its_holder_no_longer_offers_still_counts_at_a_rebuild``)."""
PUBLISH_CHECKS_LEAVE = True
"""A draft built before a drop, a take, new times or leave is refused at publish, to be rebuilt
(``test_a_draft_published_after_leave_leaves_out_the_days_off``)."""

Key = tuple[str, str, str]
"""(name, day, slot)."""
T = TypeVar("T")


def team_settings(url: str) -> Settings:
    return Settings(database_url=url, max_shifts=2, slot_target=2, slot_max=2)


LATEST = st.one_of(st.just(0), st.just(0), st.integers(0, 5))
"""An index into what is in play, mostly the latest: the leave and new times of whoever was just asked."""
ARGUMENTS = {
    "build_publish": st.tuples(), "build": st.tuples(), "publish": st.tuples(),
    "drop": st.tuples(st.integers(0, 5)),
    "take": st.tuples(st.integers(0, 5)),
    "pass": st.tuples(st.integers(0, 5)),
    "swap": st.tuples(st.integers(0, 5), st.sampled_from(PEOPLE)),
    "agree": st.tuples(st.integers(0, 5)),
    "leave": st.tuples(LATEST, LATEST),
    "times": st.tuples(LATEST, st.sampled_from(sorted(TIMES))),
    "clock": st.tuples(st.sampled_from(STEPS_OF_CLOCK)),
}
WEIGHTS = {"drop": 3, "take": 3, "leave": 3, "swap": 2, "agree": 2, "times": 2, "build_publish": 2}
"""How often each kind of step comes up: changes after publishing most, so that offers and swaps get answered."""
steps = st.sampled_from([kind for kind in ARGUMENTS for _ in range(WEIGHTS.get(kind, 1))]).flatmap(
    lambda kind: ARGUMENTS[kind].map(lambda args: (kind, *args)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(times=st.lists(st.sampled_from(sorted(TIMES)), min_size=len(PEOPLE), max_size=len(PEOPLE)),
       flow=st.lists(steps, min_size=8, max_size=12))
def test_random_roster_flows_keep_the_hard_rules(times: list[str], flow: list[tuple]) -> None:
    asyncio.run(run_flow(dict(zip(PEOPLE, times, strict=True)), flow))


async def run_flow(times: dict[str, str], flow: list[tuple]) -> None:
    """Set the team up, build and publish, then run ``flow``, checking after every step."""
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(START)
        app = await build_app(team_settings(f"sqlite+aiosqlite:///{Path(folder) / 'coordinator.db'}"), clock)
        try:
            team = Team(app, clock)
            await team.set_up(times)
            await team.step(("build_publish",))
            for step in flow:
                await team.step(step)
        finally:
            await app.close()


@dataclass(frozen=True)
class Offer:
    """A dropped shift offered to someone, as their DM said."""

    name: str
    number: str
    on: date
    slot: str


@dataclass
class Team:
    """The console, what it said (offers, swap requests), and what the checker remembers between steps."""

    app: App
    clock: FakeClock
    chat: Transcript = field(init=False)
    offers: list[Offer] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(who was asked, swap request number)."""
    dates: list[str] = field(default_factory=list)
    """The dates of the shifts those DMs were about, as one writes them in a leave request: 12月2日."""
    given_up: set[Key] = field(default_factory=set)
    built_with: dict[str, dict[str, str]] = field(default_factory=dict)
    """Everyone's times as they were when the draft waiting to be published was built."""
    draft: frozenset[Key] = frozenset()

    def __post_init__(self) -> None:
        self.chat = Transcript(self.app)

    async def set_up(self, times: dict[str, str]) -> None:
        await self.chat.bootstrap(COORDINATOR)
        await run_as_admin(self.app, "team add", member=TRAINEE, role="trainee")
        for person, text in times.items():
            await self.say(f"{person}: {text}")

    async def say(self, line: str) -> str:
        said = await self.chat.say(line)
        assert not any(words in said for words in WENT_WRONG), (line, said)
        self._remember_buttons(said)
        return said

    def _remember_buttons(self, said: str) -> None:
        for block in re.split(r"\n(?=\[bot)", said):
            to = re.match(r"\[bot → DM (\S+)\]", block)
            if to is None:
                continue
            for month, day, slot, number in re.findall(
                    r"退出了 (\d+)/(\d+) 周. (\S+?) .*\n.*/shift take offer:(\d+)", block):
                self.offers.append(Offer(to.group(1), number, date(2026, int(month), int(day)), SLOTS[slot]))
            self.dates += [f"{month}月{day}日" for month, day in re.findall(r"(\d+)/(\d+) 周", block)]
            self.requests += [(to.group(1), number) for number in re.findall(r"/shift agree request:(\d+)", block)]

    # ---- the steps ----

    async def step(self, step: tuple) -> None:
        before = await self.published()
        kind, *args = step
        await getattr(self, f"_{kind}")(before, *args)
        after = await self.published()
        await self.check_always(after)
        if kind not in ("build", "publish", "build_publish"):
            self.given_up |= active_keys(before) - active_keys(after)

    async def _build(self, before: RosterView | None) -> bool:
        said = await self.say(f"{COORDINATOR}: /roster build {WEEK}")
        if "排班草稿" not in said:
            assert "这样排不出来" in said, said
            return False
        self.built_with = await self.times_now()
        view = await self.roster()
        assert view is not None and view.draft is not None
        names = view.explanation.get("names", {})
        self.draft = frozenset((names.get(staff, staff), day, slot) for staff, day, slot in view.draft)
        return True

    async def _publish(self, before: RosterView | None) -> bool:
        if not PUBLISH_CHECKS_LEAVE and await self.draft_on_leave(before):
            return False
        said = await self.say(f"{COORDINATOR}: /roster publish {WEEK}")
        published = any(words in said for words in ("排班已发布", "排班已更新", "和已发布的排班一样"))
        stale = "请先重新 /roster build" in said
        assert published or stale or "没有新的草稿" in said, said
        if published:
            after = await self.published()
            assert after is not None
            self.check_published(after)
        return published

    async def draft_on_leave(self, before: RosterView | None) -> bool:
        """Whether the draft waiting to be published puts someone new on a day they have taken off since."""
        view, leave = await self.roster(), await self.leave_now()
        if view is None or view.draft is None:
            return False
        return any(on_day(day) in period for name, day, slot in self.draft - active_keys(before)
                   for period in leave.get(name, ()))

    async def _build_publish(self, before: RosterView | None) -> None:
        built = await self._build(before)
        if await self._publish(before) and built:
            after = await self.published()
            assert after is not None
            self.check_rebuilt(after)

    async def _drop(self, before: RosterView | None, index: int) -> None:
        if shift := pick(sorted_active(before), index):
            await self.say(f"{shift.name}: /shift drop {DAY_WORDS[shift.day]} {SLOT_WORDS[shift.slot]} {WEEK}")

    async def _take(self, before: RosterView | None, index: int) -> None:
        if (offer := pick(self.offers, index)) is None:
            return
        may_not = await self.may_not_take(offer)
        if may_not and not TAKE_CHECKS_LEAVE_AND_TIMES:
            return
        said = await self.say(f"{offer.name}: /shift take offer:{offer.number}")
        if "现在是你的班了" in said:
            await self.check_newcomer(before, offer.name)
        assert not may_not or "现在是你的班了" not in said, (may_not, said)

    async def may_not_take(self, offer: Offer) -> str:
        """Why the product should refuse this take whatever else holds: on leave that day, or not free then."""
        times, leave = await self.times_now(), await self.leave_now()
        if any(offer.on in period for period in leave.get(offer.name, ())):
            return "on leave"
        if times.get(offer.name, {}).get(f"{DAYS[offer.on.weekday()]}:{offer.slot}") not in WORKABLE:
            return "not free then"
        return ""

    async def _pass(self, before: RosterView | None, index: int) -> None:
        if offer := pick(self.offers, index):
            await self.say(f"{offer.name}: /shift pass offer:{offer.number}")

    async def _swap(self, before: RosterView | None, index: int, other: str) -> None:
        if shift := pick(sorted_active(before), index):
            day, slot = DAY_WORDS[shift.day], SLOT_WORDS[shift.slot]
            await self.say(f"{shift.name}: /shift swap {other} {day} {slot} {WEEK}")

    async def _agree(self, before: RosterView | None, index: int) -> None:
        if request := pick(self.requests, index):
            name, number = request
            said = await self.say(f"{name}: /shift agree request:{number}")
            if "已换好" in said:
                await self.check_newcomer(before, name)

    async def _leave(self, before: RosterView | None, index: int, when: int) -> None:
        drafted = [f"{on_day(day).month}月{on_day(day).day}日" for _, day, _ in sorted(self.draft - active_keys(before))]
        days = list(dict.fromkeys([*reversed(self.dates), *drafted, *LEAVE_DAYS]))
        await self.say(f"{pick(self.in_play(before), index)}: /leave {pick(days, when)}请假")

    async def _times(self, before: RosterView | None, index: int, text: str) -> None:
        person = pick(self.in_play(before), index)
        kept = {f"{shift.day}:{shift.slot}" for shift in sorted_active(before) if shift.name == person and shift.claimed}
        if kept - TIMES[text] and not REBUILD_COUNTS_KEPT_SHIFTS:
            return
        await self.say(f"{person}: {text}")

    def in_play(self, view: RosterView | None) -> list[str]:
        """Everyone: those asked lately, those a draft puts on new shifts and those on shifts first, as their leave
        and new times matter most."""
        asked = [offer.name for offer in reversed(self.offers)]
        asked += [name for name, _ in reversed(self.requests)]
        drafted = [name for name, _, _ in sorted(self.draft - active_keys(view))]
        return list(dict.fromkeys([*asked, *drafted, *(shift.name for shift in sorted_active(view)), *PEOPLE]))

    async def _clock(self, before: RosterView | None, step: timedelta) -> None:
        self.clock.advance(step)
        said = "\n".join(await self.chat.backend.run_timed_work())
        assert not any(words in said for words in WENT_WRONG), said
        self._remember_buttons(said)

    # ---- the checker ----

    async def check_always(self, view: RosterView | None) -> None:
        """The rules no step may break: slot and personal limits, one truth, nobody working while on leave."""
        if view is None:
            return
        s = self.app.settings
        active = view.active
        rows = Counter((shift.name, shift.day, shift.slot) for shift in active)
        assert all(count == 1 for count in rows.values()), ("one active shift per person and slot", rows)
        per_slot = Counter((shift.day, shift.slot) for shift in active)
        assert all(count <= s.slot_max for count in per_slot.values()), ("slot_max", per_slot)
        per_day = Counter((shift.name, shift.day) for shift in active)
        assert all(count <= MAX_PER_DAY for count in per_day.values()), ("one slot a day", per_day)
        per_week = Counter(shift.name for shift in active)
        assert all(count <= s.max_shifts for count in per_week.values()), ("max_shifts", per_week)
        leave = await self.leave_now()
        for shift in active:
            if self.starts(shift) > self.clock.now():
                assert not any(shift.on in period for period in leave.get(shift.name, ())), (
                    "on leave", shift.name, shift.on, leave[shift.name])

    def check_published(self, view: RosterView) -> None:
        """Whoever the draft put on a slot offered it when it was built; nobody is back where they gave up."""
        for shift in view.active:
            key = (shift.name, shift.day, shift.slot)
            if key in self.draft:
                level = self.built_with.get(shift.name, {}).get(f"{shift.day}:{shift.slot}")
                assert level in WORKABLE, ("not free then", key, level)
        back = active_keys(view) & self.given_up
        assert not back, ("back on a slot given up", back)

    def check_rebuilt(self, view: RosterView) -> None:
        """A build published at once has someone who is not a trainee on every slot that has anyone."""
        for day, slot in {(shift.day, shift.slot) for shift in view.active}:
            self.check_company(view, day, slot)

    def check_company(self, view: RosterView, day: str, slot: str) -> None:
        on_it = [shift.name for shift in view.active if (shift.day, shift.slot) == (day, slot)]
        assert any(name != TRAINEE for name in on_it), ("a trainee alone", day, slot, on_it)

    async def check_newcomer(self, before: RosterView | None, name: str) -> None:
        """Someone who took a shift or agreed to a swap is free then, not on leave, and not a trainee alone."""
        after = await self.published()
        assert after is not None
        new = [shift for shift in after.active if shift.name == name
               and (shift.name, shift.day, shift.slot) not in active_keys(before)]
        assert new, ("nothing new for", name)
        times, leave = await self.times_now(), await self.leave_now()
        for shift in new:
            level = times.get(name, {}).get(f"{shift.day}:{shift.slot}")
            assert level in WORKABLE, ("took a slot they are not free for", name, shift.day, shift.slot, level)
            assert not any(shift.on in period for period in leave.get(name, ())), ("took a shift on leave", name,
                                                                                  shift.on)
            self.check_company(after, shift.day, shift.slot)
            self.given_up.discard((name, shift.day, shift.slot))

    # ---- what is stored ----

    async def roster(self) -> RosterView | None:
        async with self.app.uow() as uow:
            return await load_roster(uow, MONDAY)

    async def published(self) -> RosterView | None:
        view = await self.roster()
        return view if view is not None and view.published else None

    async def times_now(self) -> dict[str, dict[str, str]]:
        async with self.app.uow() as uow:
            return {member.display_name: {key: str(level) for key, level in
                                          (await effective_availability(uow, member.id, MONDAY)).items()}
                    for member in await list_members(uow)}

    async def leave_now(self) -> dict[str, tuple]:
        today = self.clock.now().astimezone(self.app.settings.zone).date()
        async with self.app.uow() as uow:
            return {member.display_name: await upcoming_leave(uow, member.id, today)
                    for member in await list_members(uow)}

    def starts(self, shift: ShiftView) -> datetime:
        slot = next(slot for slot in self.app.settings.slots if slot.name == shift.slot)
        return datetime.combine(shift.on, slot.start, tzinfo=self.app.settings.zone)


def on_day(day: str) -> date:
    return MONDAY + timedelta(days=DAYS.index(day))


def active_keys(view: RosterView | None) -> set[Key]:
    return {(shift.name, shift.day, shift.slot) for shift in view.active} if view else set()


def sorted_active(view: RosterView | None) -> list[ShiftView]:
    return sorted(view.active, key=lambda s: (s.on, s.slot, s.name)) if view else []


def pick(items: Sequence[T], index: int) -> T | None:
    return items[index % len(items)] if items else None


# ---- what the flows found: the smallest examples, until they are fixed ----

async def published_wednesday(url: str, clock: FakeClock) -> tuple[App, Transcript]:
    """小静 and 瓦蓝 on Wednesday evening, 阿甘 on standby for it: published."""
    app = await build_app(team_settings(url), clock)
    chat = Transcript(app)
    await chat.bootstrap(COORDINATOR)
    for line in ("小静: 周三晚上可以", "瓦蓝: 周三晚上可以", "阿甘: 周三晚上机动"):
        await chat.say(line)
    await chat.say(f"{COORDINATOR}: /roster build {WEEK}")
    await chat.say(f"{COORDINATOR}: /roster publish {WEEK}")
    return app, chat


def on_wednesday_evening(view: RosterView | None) -> set[str]:
    return {shift.name for shift in view.active if (shift.day, shift.slot) == ("wed", "evening")} if view else set()


@pytest.mark.parametrize("change", ["/leave 12月2日请假", "周五晚上可以"], ids=["on-leave", "no-longer-free"])
async def test_an_offer_taken_by_someone_no_longer_free_that_day_is_refused(
    sqlite_url: str, clock: FakeClock, change: str
) -> None:
    """Asked while free, the taker then takes leave that day or posts a week without Wednesday evening."""
    app, chat = await published_wednesday(sqlite_url, clock)
    try:
        dropped = await chat.say(f"小静: /shift drop 周三 晚上 {WEEK}")
        offer = re.search(r"\[bot → DM 阿甘\]\n.*\n  \[我来接: /shift take offer:(\d+)\]", dropped)
        assert offer, dropped
        await chat.say(f"阿甘: {change}")
        await chat.say(f"阿甘: /shift take offer:{offer.group(1)}")
        async with app.uow() as uow:
            assert on_wednesday_evening(await load_roster(uow, MONDAY)) == {"瓦蓝"}
    finally:
        await app.close()


async def test_a_kept_shift_its_holder_no_longer_offers_still_counts_at_a_rebuild(
    sqlite_url: str, clock: FakeClock
) -> None:
    app, chat = await published_wednesday(sqlite_url, clock)
    try:
        await chat.say("老王: 周三晚上可以")
        dropped = await chat.say(f"小静: /shift drop 周三 晚上 {WEEK}")
        offer = re.search(r"\[bot → DM 老王\]\n.*\n  \[我来接: /shift take offer:(\d+)\]", dropped)
        assert offer, dropped
        assert "现在是你的班了" in await chat.say(f"老王: /shift take offer:{offer.group(1)}")
        await chat.say("老王: 周五晚上可以")
        await chat.say(f"{COORDINATOR}: /roster build {WEEK}")
        await chat.say(f"{COORDINATOR}: /roster publish {WEEK}")
        async with app.uow() as uow:
            assert len(on_wednesday_evening(await load_roster(uow, MONDAY))) <= app.settings.slot_max
    finally:
        await app.close()


async def test_a_draft_published_after_leave_leaves_out_the_days_off(sqlite_url: str, clock: FakeClock) -> None:
    app, chat = await published_wednesday(sqlite_url, clock)
    try:
        await chat.say("老王: 周四晚上可以")
        await chat.say(f"{COORDINATOR}: /roster build {WEEK}")
        await chat.say("老王: /leave 12月3日请假")
        published = await chat.say(f"{COORDINATOR}: /roster publish {WEEK}")
        async with app.uow() as uow:
            view = await load_roster(uow, MONDAY)
        assert view is not None and not [shift for shift in view.active if shift.name == "老王"], published
        assert "请先重新 /roster build 2026-W49，再发布" in published
        await chat.say(f"{COORDINATOR}: /roster build {WEEK}")
        await chat.say("老王: 周五可能可以吧")
        republished = await chat.say(f"{COORDINATOR}: /roster publish {WEEK}")
        assert "请先重新" not in republished, "a post the bot only asked about does not make the draft stale"
    finally:
        await app.close()
