"""What publishing tells people other than the asker: the roster in its channel, and each volunteer's shifts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from coordinator.chat.reply import Notice, Recipient
from coordinator.i18n import t
from coordinator.roster import services as rosters
from coordinator.roster import views
from coordinator.roster.services import Publication, RosterView, ShiftView
from coordinator.settings import Settings


def publication_notices(
    settings: Settings, publication: Publication, languages: dict[str, str], now: datetime
) -> list[Notice]:
    """The roster in the roster channel, and each volunteer's shifts still to come (or what changed in them) by DM.

    Shifts that have already begun are never announced (a partial one begins at its agreed hours); someone whose
    changes are all past gets no DM."""
    view, lang = publication.view, settings.language
    upcoming = _still_to_come(settings, publication, now)
    title_key = "roster.published_post_title" if publication.first_time else "roster.updated_post_title"
    notices = [Notice(Recipient.channel(settings.roster_channel), views.load_line(view, lang),
                      title=t(title_key, lang, week=view.week), table=views.grid(view, settings, lang),
                      key=title_key, replaces=f"roster-post:{view.week}")]
    for staff_id in sorted(set(upcoming.added) | set(upcoming.cancelled) | set(upcoming.retimed)):
        notices.append(_shift_notice(settings, upcoming.view, upcoming, staff_id, languages.get(staff_id, lang)))
    return notices


def _still_to_come(settings: Settings, publication: Publication, now: datetime) -> Publication:
    def ahead(shifts: tuple[ShiftView, ...]) -> tuple[ShiftView, ...]:
        return tuple(s for s in shifts if rosters.shift_start(settings, s) > now)

    def ahead_by_member(changed: dict[str, tuple[ShiftView, ...]]) -> dict[str, tuple[ShiftView, ...]]:
        return {staff: kept for staff, shifts in changed.items() if (kept := ahead(shifts))}

    view = replace(publication.view, shifts=ahead(publication.view.shifts))
    return replace(publication, view=view, added=ahead_by_member(publication.added),
                   cancelled=ahead_by_member(publication.cancelled), retimed=ahead_by_member(publication.retimed))


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
        if retimed := publication.retimed.get(staff_id):
            lines.append(t("roster.shifts_retimed", lang, shifts=views.shift_list(retimed, settings.slots, lang)))
        lines.append(t("roster.your_shifts", lang, week=week, shifts=views.shift_list(mine, settings.slots, lang))
                     if mine else t("roster.no_shifts", lang, week=week))
        text = "\n".join(lines)
    return Notice(Recipient.member(someone.member_id, someone.name), text, key=key)
