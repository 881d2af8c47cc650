"""Use cases for the team: add members, assign roles and mentors, find people."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text

from coordinator.chat.invocation import Actor
from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.platform.identity import MAX_NAME, Asker, name_key, name_problem, normalise_name
from coordinator.team.domain import MemberView, Role, format_staff_id, parse_role, staff_number
from coordinator.team.identity import discord_user_id, lock_account, member_of
from coordinator.team.models import Member, MemberRole


def view(member: Member) -> MemberView:
    return MemberView(
        id=member.id,
        staff_id=member.staff_id,
        display_name=member.display_name,
        roles=tuple(sorted((Role(r.role) for r in member.roles), key=list(Role).index)),
        mentor=member.mentor.display_name if member.mentor else None,
        discord_id=member.discord_id,
    )


def role_names(member: Member) -> set[str]:
    return {r.role for r in member.roles}


def require_role(text: str) -> Role:
    role = parse_role(text)
    if role is None:
        raise UserError("team.bad_role", role=text, roles=", ".join(r.value for r in Role))
    return role


async def add_member(
    uow: UnitOfWork, name: str, now: datetime, roles: tuple[Role, ...] = (), discord_id: int | None = None,
    language: str | None = None,
) -> Member:
    """Add a member with the next staff ID (KF001, KF002 …); lookalike and mention-like names are refused."""
    problem = name_problem(name)
    if problem:
        raise UserError(problem, name=name.strip()[:40], limit=MAX_NAME)
    name = normalise_name(name)
    await _serialise_staff_ids(uow)
    if await _by_name(uow, name):
        raise UserError("team.name_taken", name=name)
    if discord_id is not None and await uow.session.scalar(select(Member.id).where(Member.discord_id == discord_id)):
        raise UserError("team.account_taken_plain")
    member = Member(
        staff_id=format_staff_id(await _next_staff_number(uow)),
        display_name=name,
        discord_id=discord_id,
        joined_at=now,
        mentor=None,
        language=language,
        roles=[MemberRole(role=role.value) for role in dict.fromkeys((Role.MEMBER, *roles))],
    )
    uow.session.add(member)
    await uow.flush()
    return member


async def _serialise_staff_ids(uow: UnitOfWork) -> None:
    """One new member at a time gets a staff ID; SQLite's write lock already does this."""
    if uow.session.bind.dialect.name == "postgresql":
        await uow.session.execute(text("SELECT pg_advisory_xact_lock(hashtext('coordinator.staff_ids'))"))


async def _next_staff_number(uow: UnitOfWork) -> int:
    ids = (await uow.session.scalars(select(Member.staff_id))).all()
    return max((staff_number(staff_id) or 0 for staff_id in ids), default=0) + 1


async def _by_name(uow: UnitOfWork, name: str) -> list[Member]:
    """Members whose name is the same as ``name`` once case, width and spacing are set aside."""
    wanted = name_key(name)
    members = (await uow.session.scalars(select(Member).order_by(Member.id))).all()
    return [member for member in members if name_key(member.display_name) == wanted]


async def find_member(uow: UnitOfWork, reference: str) -> Member:
    """A member by staff ID, Discord mention or name; refuses when unknown or ambiguous."""
    reference = reference.strip()
    if staff_number(reference) is not None:
        member = await uow.session.scalar(select(Member).where(Member.staff_id == reference.upper()))
        if member:
            return member
    discord_id = discord_user_id(reference)
    if discord_id is not None:
        member = await uow.session.scalar(select(Member).where(Member.discord_id == discord_id))
        if member:
            return member
        raise UserError("team.account_unknown")
    matches = await _by_name(uow, reference.lstrip("@"))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UserError("team.ambiguous", name=reference, ids=", ".join(m.staff_id for m in matches))
    raise UserError("team.not_found", name=reference[:40])


async def member_for(uow: UnitOfWork, asker: Asker, now: datetime) -> tuple[Member, bool]:
    """The asker's member record, and whether they joined just now (when the team lets newcomers join)."""
    if asker.caller.member_id is not None:
        member = await uow.session.get(Member, asker.caller.member_id)
        if member is not None:
            return member, False
    if not asker.may_join:
        raise UserError("error.join_closed")
    return await register_actor(uow, asker.caller.actor, now, asker.language), True


async def register_actor(uow: UnitOfWork, actor: Actor, now: datetime, language: str | None) -> Member:
    """Add a newcomer (open join, or the trusted console) as a plain member, linked to their account."""
    await lock_account(uow, actor)
    existing = await member_of(uow, actor)
    if existing is not None:
        return existing
    return await add_member(uow, actor.display_name, now, discord_id=actor.discord_id, language=language)


async def grant_role(uow: UnitOfWork, member: Member, role: Role) -> bool:
    """Give a role; False when the member already had it."""
    if role.value in role_names(member):
        return False
    member.roles.append(MemberRole(role=role.value))
    await uow.flush()
    return True


async def revoke_role(uow: UnitOfWork, member: Member, role: Role) -> bool:
    if role is Role.MEMBER:
        raise UserError("team.cannot_remove_member_role")
    kept = [r for r in member.roles if r.role != role.value]
    removed = len(kept) != len(member.roles)
    member.roles = kept
    await uow.flush()
    return removed


async def assign_mentor(uow: UnitOfWork, mentor: Member, trainee: Member) -> None:
    """Pair a trainee with a mentor; the trainee becomes a trainee and the mentor a mentor."""
    if mentor.id == trainee.id:
        raise UserError("team.self_mentor")
    if Role.TRAINEE.value in role_names(mentor):
        raise UserError("team.trainee_cannot_mentor", name=mentor.display_name)
    await grant_role(uow, mentor, Role.MENTOR)
    await grant_role(uow, trainee, Role.TRAINEE)
    trainee.mentor_id = mentor.id
    trainee.mentor = mentor
    await uow.flush()


async def list_members(uow: UnitOfWork) -> list[Member]:
    statement = select(Member).where(Member.active.is_(True)).order_by(Member.staff_id)
    return list((await uow.session.scalars(statement)).all())


async def set_language(uow: UnitOfWork, member: Member, language: str) -> None:
    member.language = language
    await uow.flush()
