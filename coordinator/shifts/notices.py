"""What shift changes tell people other than the asker: offers, gaps, takes and swaps."""

from __future__ import annotations

from typing import Any

from coordinator.chat.reply import Button, Notice, Recipient
from coordinator.i18n import t
from coordinator.roster.services import ShiftView
from coordinator.roster.views import shift_name
from coordinator.settings import Settings
from coordinator.shifts import changes
from coordinator.shifts import messages as _messages  # noqa: F401
from coordinator.team.models import Member


def language_of(settings: Settings, member: Member) -> str:
    return member.language or settings.language


def to_member(member: Member) -> Recipient:
    return Recipient.member(member.id, member.display_name)


def direct(settings: Settings, member: Member, key: str, shift: ShiftView, *, buttons: tuple[Button, ...] = (),
           **params: Any) -> Notice:
    """A DM about ``shift`` in the member's language."""
    lang = language_of(settings, member)
    text = t(key, lang, shift=shift_name(shift, settings.slots, lang), **params)
    return Notice(to_member(member), text, buttons=buttons, key=key)


def offer_notice(settings: Settings, offer: changes.OfferView) -> Notice:
    lang = language_of(settings, offer.member)
    args = {"offer": str(offer.id)}
    buttons = (Button(t("shift.take_button", lang), "shift take", args),
               Button(t("shift.pass_button", lang), "shift pass", args, danger=True))
    return direct(settings, offer.member, "shift.offer", offer.shift, buttons=buttons, name=offer.shift.name)


def gap_notice(settings: Settings, shift: ShiftView, name: str) -> Notice:
    lang = settings.language
    return Notice(Recipient.channel(settings.roster_channel),
                  t("shift.gap_notice", lang, name=name, shift=shift_name(shift, settings.slots, lang)),
                  key="shift.gap_notice")


def outcome_notices(settings: Settings, outcome: changes.OfferOutcome) -> tuple[Notice, ...]:
    """Who hears what after an offer is answered or runs out."""
    if outcome.taken_by is not None:
        lang = settings.language
        taken = t("shift.taken_notice", lang, name=outcome.taken_by.display_name,
                  shift=shift_name(outcome.shift, settings.slots, lang))
        told = [Notice(Recipient.channel(settings.roster_channel), taken, key="shift.taken_notice")]
        if outcome.dropped_by is not None:
            told.append(direct(settings, outcome.dropped_by, "shift.taken_notice", outcome.shift,
                               name=outcome.taken_by.display_name))
        told += [direct(settings, member, "shift.offer_gone", outcome.shift) for member in outcome.closed_for]
        return tuple(told)
    if outcome.next_offer is not None:
        return (offer_notice(settings, outcome.next_offer),)
    return ()
