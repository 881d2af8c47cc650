"""What publishing tells people other than the asker: the roster in its channel, and each volunteer's shifts."""

from __future__ import annotations

from coordinator.chat.reply import Notice, Recipient
from coordinator.i18n import t
from coordinator.roster import views
from coordinator.roster.services import Publication, RosterView
from coordinator.settings import Settings


def publication_notices(settings: Settings, publication: Publication, languages: dict[str, str]) -> list[Notice]:
    """The roster in the roster channel, and each volunteer's shifts (or what changed for them) by DM."""
    view, lang = publication.view, settings.language
    title_key = "roster.published_post_title" if publication.first_time else "roster.updated_post_title"
    notices = [Notice(Recipient.channel(settings.roster_channel), views.load_line(view, lang),
                      title=t(title_key, lang, week=view.week), table=views.grid(view, settings, lang),
                      key=title_key, replaces=f"roster-post:{view.week}")]
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
