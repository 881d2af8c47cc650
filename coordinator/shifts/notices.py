"""What shift changes tell people other than the asker: offers, gaps, takes and swaps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coordinator.chat.reply import Button, Notice, Recipient
from coordinator.i18n import t
from coordinator.roster.services import ShiftView
from coordinator.roster.views import shift_name
from coordinator.settings import Settings
from coordinator.shifts import changes
from coordinator.shifts import messages as _messages  # noqa: F401
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.shifts.services import GivenUp


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
    if offer.hours is not None:
        return direct(settings, offer.member, "shift.offer_part", offer.shift, buttons=buttons, name=offer.shift.name,
                      hours="–".join(offer.hours))
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
                  shift=shift_name(outcome.now_on, settings.slots, lang))
        told = [Notice(Recipient.channel(settings.roster_channel), taken, key="shift.taken_notice")]
        if outcome.dropped_by is not None:
            told.append(direct(settings, outcome.dropped_by, "shift.taken_notice", outcome.now_on,
                               name=outcome.taken_by.display_name))
        told += [direct(settings, member, "shift.offer_gone", outcome.shift) for member in outcome.closed_for]
        return tuple(told)
    if outcome.next_offer is not None:
        return (offer_notice(settings, outcome.next_offer),)
    return ()


def leave_notices(settings: Settings, member: Member, given_up: list[GivenUp]) -> list[Notice]:
    """The volunteer is told which shifts their leave gives up; the coordinators' channel hears it too."""
    lang = language_of(settings, member)
    lines = [_given_up_line(item, settings, lang) for item in given_up]
    told = Notice(to_member(member), "\n".join([t("shift.leave_gives_up", lang), *lines]), key="shift.leave_gives_up")
    team_lang = settings.language
    team_lines = [_given_up_line(item, settings, team_lang) for item in given_up]
    heard = Notice(Recipient.channel(settings.coordinators_channel),
                   "\n".join([t("shift.leave_notice", team_lang, name=member.display_name), *team_lines]),
                   key="shift.leave_notice")
    return [told, heard]


def _given_up_line(item: GivenUp, settings: Settings, lang: str) -> str:
    shift = shift_name(item.shift, settings.slots, lang)
    if item.asked:
        return t("shift.leave_line_asking", lang, shift=shift, names=t("list.separator", lang).join(item.asked))
    return t("shift.leave_line_nobody", lang, shift=shift)
