"""Use cases for the team list: each owns its transaction and returns what the asker is told, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coordinator.chat.invocation import Actor
from coordinator.platform.identity import Asker
from coordinator.team import identity
from coordinator.team import services as team
from coordinator.team.domain import MemberView, Role

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Enrolled:
    member: MemberView
    code: str | None = None
    """A one-time link code, when the member was added without their account."""


@dataclass(frozen=True, slots=True)
class RoleChange:
    member: MemberView
    changed: bool


async def enrol(app: App, name: str, roles: tuple[Role, ...], account: int | None, *, with_code: bool) -> Enrolled:
    """Add someone to the team: linked to their Discord account, or with a code to link it themselves."""
    now = app.clock.now()
    async with app.uow() as uow:
        member = await team.add_member(uow, name, now, roles, discord_id=account)
        code = await identity.issue_link_code(uow, member, now) if with_code and account is None else None
        await uow.commit()
        return Enrolled(team.view(member), code)


async def link(app: App, reference: str, account: int) -> MemberView:
    async with app.uow() as uow:
        member = await team.find_member(uow, reference)
        await identity.link_account(uow, member, account)
        await uow.commit()
        return team.view(member)


async def new_code(app: App, reference: str) -> tuple[MemberView, str]:
    async with app.uow() as uow:
        member = await team.find_member(uow, reference)
        code = await identity.issue_link_code(uow, member, app.clock.now())
        await uow.commit()
        return team.view(member), code


async def redeem(app: App, actor: Actor, code: str) -> MemberView:
    async with app.uow() as uow:
        member = await identity.redeem_link_code(uow, actor, code, app.clock.now())
        await uow.commit()
        return team.view(member)


async def burn(app: App, code: str) -> bool:
    """Void a code that was shown where others could read it; True when it was still good."""
    async with app.uow() as uow:
        burned = await identity.burn_link_code(uow, code, app.clock.now())
        await uow.commit()
        return burned


async def change_role(app: App, reference: str, role: Role, *, remove: bool) -> RoleChange:
    async with app.uow() as uow:
        member = await team.find_member(uow, reference)
        changed = await (team.revoke_role if remove else team.grant_role)(uow, member, role)
        await uow.commit()
        return RoleChange(team.view(member), changed)


async def pair(app: App, mentor_ref: str, trainee_ref: str) -> tuple[MemberView, MemberView]:
    async with app.uow() as uow:
        mentor = await team.find_member(uow, mentor_ref)
        trainee = await team.find_member(uow, trainee_ref)
        await team.assign_mentor(uow, mentor, trainee)
        await uow.commit()
        return team.view(mentor), team.view(trainee)


async def choose_language(app: App, asker: Asker, language: str) -> None:
    """The language the bot answers this person in (a newcomer joins when the team allows it)."""
    async with app.uow() as uow:
        member, _ = await team.member_for(uow, asker, app.clock.now())
        await team.set_language(uow, member, language)
        await uow.commit()


async def members(app: App) -> list[MemberView]:
    async with app.uow() as uow:
        return [team.view(member) for member in await team.list_members(uow)]
