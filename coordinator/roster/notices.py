"""What the roster tells people other than the asker: offers, gaps, takes, swaps and published shifts."""

from __future__ import annotations

from typing import Any

from coordinator.chat.reply import Button, Notice, Recipient
from coordinator.i18n import t
from coordinator.roster import changes
from coordinator.roster import views
from coordinator.roster.services import Publication, RosterView, ShiftView
from coordinator.roster.views import shift_name
from coordinator.settings import Settings
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


def publication_notices(settings: Settings, publication: Publication, languages: dict[str, str]) -> list[Notice]:
    """The roster in the roster channel, and each volunteer's shifts (or what changed for them) by DM."""
    view, lang = publication.view, settings.language
    title_key = "roster.published_post_title" if publication.first_time else "roster.updated_post_title"
    notices = [Notice(Recipient.channel(settings.roster_channel), views.load_line(view, lang),
                      title=t(title_key, lang, week=view.week), table=views.grid(view, settings, lang),
                      key=title_key)]
    for staff_id in sorted(set(publication.added) | set(publication.cancelled)):
        notices.append(_shift_notice(settings, view, publication, staff_id, languages.get(staff_id, lang)))
    return notices


def _shift_notice(
    settings: Settings, view: RosterView, publication: Publication, staff_id: str, lang: str
) -> Notice:
    """Everyone's shifts the first time; afterwards only what changed for them."""
    week = view.week
    mine = [shift for shift in view.active if shift.staff_id == staff_id]
    someone = (mine or [*publication.cancelled.get(staff_id, ())])[0]
    if publication.first_time:
        key = "roster.your_shifts"
        text = t(key, lang, week=week, shifts=views.shift_list(mine, settings.slots, lang))
    else:
        key = "roster.your_shifts_changed"
        lines = [t(key, lang, week=week)]
        if added := publication.added.get(staff_id):
            lines.append(t("roster.shifts_added", lang, shifts=views.shift_list(added, settings.slots, lang)))
        if cancelled := publication.cancelled.get(staff_id):
            lines.append(t("roster.shifts_cancelled", lang, shifts=views.shift_list(cancelled, settings.slots, lang)))
        lines.append(t("roster.your_shifts", lang, week=week, shifts=views.shift_list(mine, settings.slots, lang))
                     if mine else t("roster.no_shifts", lang, week=week))
        text = "\n".join(lines)
    return Notice(Recipient.member(someone.member_id, someone.name), text, key=key)
