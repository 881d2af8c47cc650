"""What a message says only to explain its times, taken out before they are read: what follows "because", and
what one does (or cannot) just before or after the clock times said."""

from __future__ import annotations

from coordinator.core.week import Level

from .lexicon import BUSY, DOING, FOR_ME, HOUR, STORY
from .tokens import Clock, Kind, Token, kind_at

_REASON_ENDS = frozenset({Kind.STOP, Kind.COMMA, Kind.CONTRAST, Kind.ALSO})
_PAUSES = frozenset({Kind.COMMA, Kind.STOP})
_ENDING = frozenset({Kind.BEFORE, Kind.UNTIL})
_ENDING_OR_TO = _ENDING | {Kind.RANGE}
"""只能到九点: 到 with no start before it ends the time as "until" does."""
_HOURS = frozenset({Kind.CLOCK, Kind.NUM})
_OFFERING = frozenset({Kind.POS, Kind.DAYS, Kind.LEVEL, Kind.PART})
_BOUNDING = frozenset({Kind.BEFORE, Kind.UNTIL, Kind.FROM})
"""What binds a bare hour as a clock time (by 12 / until 4 / from 10)."""
_SAYING = frozenset({Kind.POS, Kind.NEG, Kind.LEVEL, Kind.LEAVE, Kind.ONLY})
_CLOCK_WORDS = frozenset({Kind.CLOCK, Kind.NUM, Kind.FROM, Kind.AFTER, Kind.BEFORE, Kind.UNTIL})
_WHEN_OF_DAY = frozenset({Kind.DAYS, Kind.PART, Kind.EVERY, Kind.LIST, Kind.RANGE})
_ONLY_REFUSING = frozenset({Kind.NEG, Kind.RANGE, Kind.ALSO})
_HALF_DAY = 12 * HOUR
_BUSY_AROUND = (
    [Kind.NEG, Kind.BEFORE], [Kind.NEG, Kind.AFTER], [Kind.BEFORE, Kind.NEG], [Kind.AFTER, Kind.NEG],
    [Kind.AFTER, Kind.RELDAY, Kind.NEG], [Kind.NEG, Kind.FROM, Kind.CLOCK], [Kind.NEG, Kind.UNTIL],
)


def without_reasons(tokens: list[Token]) -> list[Token]:
    """The tokens without the reasons given for the times."""
    tokens = _busy_around_the_times(_after_doing(_after_because(_until_what_one_does(tokens))))
    if any(token.kind is Kind.SO for token in tokens):
        tokens = _times_that_lead_to_so(tokens)
    if any(token.kind in _ENDING_OR_TO for token in tokens):
        tokens = _what_comes_at_the_bound(tokens)
    if any(_standing_by(token) for token in tokens):
        tokens = _why_only_standby(tokens)
    return _why_the_other_day(tokens) if any(_preferring(token) for token in tokens) else tokens


def _until_what_one_does(tokens: list[Token]) -> list[Token]:
    """Saturday mornings only for me until my exams finish: "until" what one does, with no date, says how long the
    offer lasts; it refuses nothing."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        if (tokens[index].kind is Kind.UNTIL and kind_at(tokens, index + 1) is Kind.NEG
                and tokens[index + 1].value == DOING and kind_at(tokens, index + 2) in (*_PAUSES, None)):
            index += 2
            continue
        out.append(tokens[index])
        index += 1
    return out


def _what_comes_at_the_bound(tokens: list[Token]) -> list[Token]:
    """周四下午三点之前可以，三点后有专业课 / 11点以前可以, 11点有个 lecture / 三点前（三点要去接娃）/ 晚上只能到九点，
    九点后要复习: after a time
    said "before" or "until", that same time said again with what happens then, and no offer, says why."""
    pause_after, offer_after = _next_of(tokens, _PAUSES), _next_of(tokens, _OFFERING)
    out: list[Token] = []
    bound: Clock | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (token.kind is Kind.CLOCK and bound is not None and token.value.hour % 12 == bound.hour % 12
                and offer_after[index + 1] >= pause_after[index]):
            index = pause_after[index]
            continue
        if token.kind is Kind.CLOCK and kind_at(tokens, index + 1) is Kind.BEFORE:
            bound = token.value
        elif (token.kind in _ENDING_OR_TO and kind_at(tokens, index + 1) is Kind.CLOCK
              and kind_at(tokens, index - 1) not in _HOURS):
            bound = tokens[index + 1].value
            out.append(token)
            token = tokens[index + 1]
            index += 1
        elif token.kind in (Kind.DAYS, Kind.STOP):
            bound = None
        out.append(token)
        index += 1
    return out


def _times_that_lead_to_so(tokens: list[Token]) -> list[Token]:
    """每天下午我都是一点半才下课，所以两点以后才能上线 / lectures finish at 4pm, so I could cover from 4:30 pm: a
    clock time in a statement that offers nothing, just before "so" and an offer with its own clock time, says
    why the offered time is what it is; the days and parts of the day it names still frame the offer, unless the
    offer names its own days (my shift ends at 5 on weekdays, so I could do from 7pm Mon to Wed)."""
    pieces = _pieces(tokens)
    out: list[Token] = []
    for at, piece in enumerate(pieces):
        following = pieces[at + 1] if at + 1 < len(pieces) else []
        if (following and following[0].kind is Kind.SO and _offers_a_clock_time(following)
                and not any(token.kind in _SAYING and not _story(token) for token in piece)):
            own_days = any(token.kind is Kind.DAYS for token in following)
            said = _CLOCK_WORDS | _WHEN_OF_DAY if own_days else _CLOCK_WORDS
            piece = [token for token in piece if token.kind not in said and not _story(token)]
        out.extend(piece)
    return out


def _story(token: Token) -> bool:
    return token.kind is Kind.NEG and token.value in STORY


def _offers_a_clock_time(piece: list[Token]) -> bool:
    return any(token.kind is Kind.POS for token in piece) and any(token.kind is Kind.CLOCK for token in piece)


def _next_of(tokens: list[Token], kinds: frozenset[Kind]) -> list[int]:
    """For each position, where the next token of these kinds is, at or after it (the length when none is)."""
    found = [len(tokens)] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        found[index] = index if tokens[index].kind in kinds else found[index + 1]
    return found


def _why_the_other_day(tokens: list[Token]) -> list[Token]:
    """周末下午都行，最好周日，周六家里人多乱糟糟的 / 最好排周日，周六要带老人去医院有点赶: after a preference, a
    statement about another of the days offered that offers no time and tells only what goes on then (or nothing)
    says why the preference; it takes nothing away."""
    pieces = _pieces(tokens)
    preferred = next((at for at, piece in enumerate(pieces) if any(_preferring(token) for token in piece)), None)
    if preferred is None:
        return tokens
    offered = frozenset().union(*(token.value for piece in pieces[:preferred] for token in piece
                                  if token.kind is Kind.DAYS))
    chosen = frozenset().union(*(token.value for token in pieces[preferred] if token.kind is Kind.DAYS))
    out = [token for piece in pieces[:preferred + 1] for token in piece]
    for piece in pieces[preferred + 1:]:
        days = frozenset().union(*(token.value for token in piece if token.kind is Kind.DAYS))
        if not (days and days <= offered and not days & chosen and _only_a_story(piece)):
            out.extend(piece)
    return out


def _why_only_standby(tokens: list[Token]) -> list[Token]:
    """工作日晚上都可以，周一算机动吧，年底周一经常加班: after days made standby, a statement about those days that
    offers no time and tells only what goes on then says why they are standby; it takes nothing away."""
    pieces = _pieces(tokens)
    out: list[Token] = []
    standby: frozenset[int] = frozenset()
    for piece in pieces:
        days = frozenset().union(*(token.value for token in piece if token.kind is Kind.DAYS))
        if standby and days and days <= standby and any(_story(token) for token in piece) and _only_a_story(piece):
            continue
        if any(_standing_by(token) for token in piece):
            standby = days
        out.extend(piece)
    return out


def _standing_by(token: Token) -> bool:
    return token.kind is Kind.LEVEL and token.value is Level.STANDBY


def _preferring(token: Token) -> bool:
    return token.kind is Kind.LEVEL and token.value is Level.PREFERRED


def _pieces(tokens: list[Token]) -> list[list[Token]]:
    """The tokens cut after each comma or stop, the pause kept with what it ends."""
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        pieces[-1].append(token)
        if token.kind in _PAUSES:
            pieces.append([])
    return [piece for piece in pieces if piece]


def _only_a_story(piece: list[Token]) -> bool:
    said = [token for token in piece if token.kind not in _PAUSES and token.kind not in (Kind.DAYS, Kind.RANGE)]
    busy = any(token.kind is Kind.NEG and token.value == BUSY for token in said)
    return all(_story(token) or (token.kind is Kind.LEAVE and busy) for token in said)


def _after_doing(tokens: list[Token]) -> list[Token]:
    """After my shift at work I'm free from 8pm: what one does first, before an offer with its clock time in
    the same statement, says why the time starts there."""
    for index in range(len(tokens) - 2):
        doing = tokens[index + 1].kind is Kind.NEG and tokens[index + 1].value == DOING
        if (tokens[index].kind is Kind.AFTER and doing and tokens[index + 2].kind is Kind.POS
                and _clock_follows(tokens, index + 3)):
            return [*tokens[:index], *tokens[index + 2:]]
    return tokens


def _clock_follows(tokens: list[Token], start: int) -> bool:
    for token in tokens[start:]:
        if token.kind in _PAUSES:
            return False
        if token.kind is Kind.CLOCK:
            return True
    return False


def _after_because(tokens: list[Token]) -> list[Token]:
    """周四要3点以后 because 要开会 / 周二晚上可以，因为白天要上班: what is said after "because", up to the next
    comma or stop, explains what came before; it neither offers nor refuses anything of its own. After "so"
    (so for me it's Tuesdays from 4pm) it is the conclusion, not a reason."""
    if not any(token.kind is Kind.BECAUSE for token in tokens):
        return tokens
    out: list[Token] = []
    explaining = False
    for token in tokens:
        concluding = (token.kind is Kind.BECAUSE and token.value == FOR_ME
                      and bool(out) and out[-1].kind is Kind.SO)
        explaining = (token.kind is Kind.BECAUSE and not concluding) or (
            explaining and token.kind not in _REASON_ENDS)
        if not (explaining or concluding):
            out.append(token)
    return out


def _only_what_one_does(piece: list[Token]) -> bool:
    """…晚上8点以后，要先把娃哄睡 / 上午11点以前，后面有课 / until 11am, then 去医院复查 / 中间要去接孩子 / 周五得八点
    以后，那天要开周会: what one does (that day), and nothing else, said right after the clock times, is why they
    are those times."""
    said = piece[1:] if piece and piece[0].kind is Kind.ONE_OFF else piece
    return bool(said) and all((token.kind is Kind.NEG and token.value == DOING) or token.kind is Kind.LEAVE
                              for token in said)


def _busy_around_the_times(tokens: list[Token]) -> list[Token]:
    """Thursday 6 to 9 pm, stuck at work before that / 三点半以后，之前有课 / 再晚明天起不来 / 之前不行 / 周四要十点半
    以后，早上有早课: a refusal of the time just before or after the clock times said, or what one does then or
    in the part of the day the time falls in, is why they are those times, not a refusal of the day."""
    kinds = {token.kind for token in tokens}
    if Kind.CLOCK not in kinds and not (Kind.NUM in kinds and kinds & _BOUNDING):
        return tokens
    out: list[Token] = []
    start, clocked = 0, False
    last_clock: Clock | None = None
    for end in [*(index for index, token in enumerate(tokens) if token.kind in _PAUSES), len(tokens)]:
        piece = tokens[start:end]
        reason = _kinds_once(piece) in _BUSY_AROUND or _only_what_one_does(piece) or _only_refusing(piece) or (
            _busy_in_its_part(piece, last_clock))
        if not (clocked and reason):
            out.extend(piece)
            clocked = clocked or any(_clocked(piece, index) for index in range(len(piece)))
            clocks = [token.value for token in piece if token.kind is Kind.CLOCK]
            last_clock = clocks[-1] if clocks else last_clock
        out.extend(tokens[end:end + 1])
        start = end + 1
    return out


def _only_refusing(piece: list[Token]) -> bool:
    """Friday evening till 9, then it's family time / 十点半到十二点，再早真起不来: after the clock times, a
    statement that only refuses, naming no day or time of its own, refuses the time beyond them."""
    kinds = {token.kind for token in piece}
    return Kind.NEG in kinds and kinds <= _ONLY_REFUSING


def _kinds_once(piece: list[Token]) -> list[Kind]:
    """The kinds in order, a run of one kind counted once (dentist appointment after that: a refusal, then
    after)."""
    kinds = [token.kind for token in piece]
    return [kind for index, kind in enumerate(kinds) if index == 0 or kind is not kinds[index - 1]]


def _busy_in_its_part(piece: list[Token], clock: Clock | None) -> bool:
    """早上有早课 after 十点半以后 / 下午要去 gym 带课 after till 2点: what one does in the part of the day the clock
    time just said falls in."""
    said = [token for token in piece if token.kind not in _PAUSES]
    if clock is None or len(said) < 2 or said[0].kind is not Kind.PART:
        return False
    if not all(token.kind is Kind.NEG for token in said[1:]) or not any(token.value == DOING for token in said[1:]):
        return False
    if not said[0].value.slot_names:
        return False
    low, high = said[0].value.window
    minutes = clock.hour * 60 + clock.minute
    readings = (minutes,) if clock.fixed else (minutes, minutes + _HALF_DAY)
    return any(low <= reading < high for reading in readings)


def _clocked(tokens: list[Token], index: int) -> bool:
    """A clock time, or a bare hour bound by "before", "until" or "from" (sun by 12 / Fridays only from 10)."""
    token = tokens[index]
    bound = index > 0 and tokens[index - 1].kind in _BOUNDING
    return token.kind is Kind.CLOCK or (token.kind is Kind.NUM and bound)
