"""Identity: which member a chat account is, linked only by an explicit act, never by a display name."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, text, update

from coordinator.chat.invocation import Actor
from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.platform.identity import Caller, chat_roles_as_team_roles, name_key
from coordinator.team.models import LinkCode, Member, MemberRole

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_LIFETIME = timedelta(hours=24)
_MENTION = re.compile(r"^<@!?(\d{1,20})>$|^(\d{15,20})$")


def discord_user_id(reference: str) -> int | None:
    """The Discord user in a mention (``<@123>``) or a bare snowflake, or None."""
    match = _MENTION.match(reference.strip())
    if not match:
        return None
    value = int(match.group(1) or match.group(2))
    return value if 0 < value < 2**63 else None


async def member_of(uow: UnitOfWork, actor: Actor) -> Member | None:
    """The member behind an account: a linked Discord ID, or on a trusted front end the name typed."""
    if actor.discord_id is not None:
        return await uow.session.scalar(select(Member).where(Member.discord_id == actor.discord_id))
    if not actor.trusted:
        return None
    wanted = name_key(actor.display_name)
    members = (await uow.session.scalars(select(Member).where(Member.active.is_(True)))).all()
    matches = [member for member in members if name_key(member.display_name) == wanted]
    return matches[0] if len(matches) == 1 else None


async def resolve_caller(uow: UnitOfWork, actor: Actor, coordinator_roles: tuple[str, ...]) -> Caller:
    member = await member_of(uow, actor)
    roles = set(chat_roles_as_team_roles(actor, coordinator_roles))
    if member is None:
        return Caller(actor=actor, roles=frozenset(roles))
    roles |= {role.role for role in member.roles}
    return Caller(actor, member.id, member.display_name, frozenset(roles), member.language)


async def coordinators_exist(uow: UnitOfWork) -> bool:
    found = await uow.session.scalar(select(MemberRole.id).where(MemberRole.role == "coordinator").limit(1))
    return found is not None


def _hash(code: str) -> str:
    return hashlib.sha256(_clean(code).encode()).hexdigest()


def _clean(code: str) -> str:
    return "".join(char for char in code.upper() if char.isalnum())


def _format(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


async def issue_link_code(uow: UnitOfWork, member: Member, now: datetime) -> str:
    """A new one-time code for ``member`` (earlier unused ones stop working); shown once, stored hashed."""
    await uow.session.execute(
        update(LinkCode).where(LinkCode.member_id == member.id, LinkCode.used_at.is_(None)).values(used_at=now)
    )
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    uow.session.add(LinkCode(code_hash=_hash(code), member_id=member.id, created_at=now,
                             expires_at=now + CODE_LIFETIME))
    await uow.flush()
    return _format(code)


async def redeem_link_code(uow: UnitOfWork, actor: Actor, code: str, now: datetime) -> Member:
    """Link the Discord account redeeming ``code`` to the code's member."""
    if actor.discord_id is None:
        raise UserError("team.link_discord_only")
    if len(_clean(code)) != CODE_LENGTH:
        raise UserError("team.link_bad_code")
    found = await uow.session.scalar(select(LinkCode).where(LinkCode.code_hash == _hash(code)).with_for_update())
    if found is None or found.used_at is not None or found.expires_at <= now:
        raise UserError("team.link_bad_code")
    member = await uow.session.get(Member, found.member_id)
    assert member is not None
    await link_account(uow, member, actor.discord_id)
    found.used_at = now
    await uow.flush()
    return member


async def burn_link_code(uow: UnitOfWork, code: str, now: datetime) -> bool:
    """A code shown where others could read it stops working; True when it was still good."""
    found = await uow.session.scalar(select(LinkCode).where(LinkCode.code_hash == _hash(code)))
    if found is None or found.used_at is not None or found.expires_at <= now:
        return False
    found.used_at = now
    await uow.flush()
    return True


async def link_account(uow: UnitOfWork, member: Member, discord_id: int) -> None:
    """Give ``member`` this Discord account; refused when the account already belongs to someone else."""
    holder = await uow.session.scalar(select(Member).where(Member.discord_id == discord_id))
    if holder is not None and holder.id != member.id:
        raise UserError("team.account_taken", name=holder.display_name, staff_id=holder.staff_id)
    member.discord_id = discord_id
    await uow.flush()


async def lock_account(uow: UnitOfWork, actor: Actor) -> None:
    """Serialise work for one chat account on PostgreSQL (SQLite's write lock already does)."""
    if uow.session.bind.dialect.name == "postgresql":
        await uow.session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                                  {"key": f"account:{actor.platform}:{actor.user_id}"})
