"""Cut a reduced token stream into the token runs of its clauses: at full stops, commas and "but", after a
predicate that ends a statement, then join pieces that belong together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.core.week import Level

from .lexicon import DAY_END, PLUS, SAME, WEEKLY
from .tokens import ClockSpan, Kind, Token, kind_at, window

CONTENT = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME, Kind.SPAN, Kind.WEEK, Kind.OTHER})
PREDICATES = frozenset({Kind.POS, Kind.NEG, Kind.LEVEL, Kind.LEAVE})
_REFUSALS = frozenset({Kind.NEG, Kind.LEAVE})
_LEVELS = frozenset({Kind.LEVEL})
_OPENING_PAUSES = frozenset({Kind.COMMA, Kind.CONTRAST})
"""What may come before an opening 加上 / plus: a pause, or 但是 (same as last week, but plus Monday)."""
_ONLY = frozenset({Kind.ONLY})
_TIMES = frozenset({Kind.TIME})
_DAY_KINDS = frozenset({Kind.DAYS, Kind.SOFT_DAYS})
_ASIDES = frozenset({Kind.ASIDE})
_TOO = frozenset({Kind.TOO})
_LONGEST_STATEMENT = 60
"""Tokens a "but" or "except" looks ahead for what it governs; statements of the team are far shorter."""
_SAID_BEFORE_PLUS = frozenset({Kind.POS, Kind.EVERY})
"""What may stand between the times and a closing 加上 (周四下午可以加上 / 周日全天都可以加上)."""
_SAME_AS = frozenset({Kind.SAME_AS})
_OFFERS = frozenset({Kind.POS})
_SPANS = frozenset({Kind.SPAN})
_PREDICATE_RUN = PREDICATES | {Kind.EVERY}
_CLAUSE_STARTERS = frozenset({Kind.COMMA, Kind.CONTRAST, Kind.ALSO, Kind.SO})
_KEEPS_BUT = PREDICATES | {Kind.ONLY, Kind.TOO}
_OWN_STATEMENT = PREDICATES | {Kind.ASIDE}
"""下周六照常 after 请一天假 says something of its own, not more of the leave."""
Piece = tuple[list[Token], Kind | None]


@dataclass
class Run:
    """The tokens of one clause, and the separator it came after: a comma, "but", "also", or None."""

    tokens: list[Token]
    opener: Kind | None = None


def sentence_runs(tokens: Sequence[Token]) -> list[list[Run]]:
    """The clauses of each sentence, in order; pieces joined into one clause are kept apart by a BREAK."""
    return [_merge(_fragments(sentence)) for sentence in _split(tokens, frozenset({Kind.STOP}))]


def _split(tokens: Sequence[Token], separators: frozenset[Kind]) -> list[list[Token]]:
    return [piece for _, piece in _split_marked(tokens, separators)]


def _split_marked(
    tokens: Sequence[Token], separators: frozenset[Kind]
) -> list[tuple[Kind | None, list[Token]]]:
    """Pieces between separators, each with the separator before it (None for the first)."""
    pieces: list[tuple[Kind | None, list[Token]]] = [(None, [])]
    for token in tokens:
        if token.kind in separators:
            pieces.append((token.kind, []))
        else:
            pieces[-1][1].append(token)
    return [(separator, piece) for separator, piece in pieces if piece]


def _opening_and_as_also(sentence: Sequence[Token]) -> list[Token]:
    """加上周末晚上 / and Fridays / 照旧 + 周日 morning / same as before, plus Thursday / 周六晚上(可以)加上: "and" that
    opens or closes a sentence, or follows "as usual", adds to what was said before (要么…，要么… opens a choice)."""
    out = list(sentence)
    first = next((index for index, token in enumerate(out) if token.kind not in _OPENING_PAUSES), None)
    opens = first is not None and out[first].kind is Kind.LIST and (first == 0 or out[first].value == PLUS)
    if opens and all(token.kind is not Kind.LIST for token in out[first + 1:]):
        out[first] = Token(Kind.ALSO)
    said = next((token.kind for token in reversed(out[:-1]) if token.kind not in _SAID_BEFORE_PLUS), None)
    if len(out) > 1 and out[-1].kind is Kind.LIST and out[-1].value == PLUS and said in CONTENT:
        out[-1] = Token(Kind.TOO)
    last: Token | None = None
    for index, token in enumerate(out):
        if token.kind is Kind.LIST and last is not None and last.kind is Kind.ASIDE and last.value == SAME:
            out[index] = Token(Kind.ALSO)
        elif token.kind not in _OPENING_PAUSES:
            last = token
    return out


def _fragments(sentence: Sequence[Token]) -> list[Piece]:
    """Pieces between commas and "but", each cut again after a predicate that ends a statement.

    Each comes with the separator before it; a piece cut after a predicate has none.
    """
    sentence = _but_as_except(_except_as_but(_opening_and_as_also(sentence)))
    return [
        (piece, separator if index == 0 else None)
        for separator, part in _split_marked(sentence, _CLAUSE_STARTERS) if not _after_that(part)
        for index, piece in enumerate(_split_after_predicates(part))
    ]


def _after_that(piece: Sequence[Token]) -> bool:
    """十一点之前，之后要去接孩子: "after that" with no time of its own gives the reason the time ends."""
    return bool(piece) and piece[0].kind is Kind.AFTER and not _has(piece, CONTENT)


def _but_as_except(sentence: Sequence[Token]) -> list[Token]:
    """A "but" followed by days or times and no predicate of its own means "except": any day but Sunday.

    Not before "only" (evenings, but only Mon–Wed), nor before days with clock times of their own.
    """
    out = list(sentence)
    whole_day = False
    for index, token in enumerate(out):
        whole_day = whole_day or (token.kind is Kind.TIME and window(token.value) == (0, DAY_END))
        if token.kind is Kind.CONTRAST:
            piece = _until_clause_starter(out, index + 1)
            if _has(piece, CONTENT) and not (_has(piece, _KEEPS_BUT) or _says_when(piece, whole_day)
                                             or _only_the_whole_day(piece)):
                out[index] = Token(Kind.EXCEPT)
    return out


def _only_the_whole_day(piece: Sequence[Token]) -> bool:
    """only Saturdays, but the whole day: the whole day after "but" says how much of the days, not what is left
    out."""
    times = [token.value for token in piece if token.kind is Kind.TIME]
    return bool(times) and all(window(time) == (0, DAY_END) for time in times) and not _has(piece, _DAY_KINDS)


def _except_as_but(sentence: Sequence[Token]) -> list[Token]:
    """Weekends all day, except Sunday I can only start at 2: "except" before days with an offer and a clock
    time of their own narrows those days, as "but" does; it does not take them out."""
    if not any(token.kind is Kind.EXCEPT for token in sentence):
        return list(sentence)
    out = list(sentence)
    for index, token in enumerate(out):
        if token.kind is Kind.EXCEPT:
            piece = _until_clause_starter(out, index + 1)
            if piece and piece[0].kind in _DAY_KINDS and _has(piece, _OFFERS) and _says_when(piece):
                out[index] = Token(Kind.CONTRAST)
    return out


def _says_when(piece: Sequence[Token], after_whole_day: bool = False) -> bool:
    """不过周一要四点以后 / 不过得九点前: days with a clock time of their own, or a clock time after an offer of less
    than whole days, after "but" say when rather than what is left out (any time but 12–2 leaves it out)."""
    spans = [token.value for token in piece if token.kind is Kind.TIME and isinstance(token.value, ClockSpan)]
    return bool(spans) and (_has(piece, _DAY_KINDS) or not after_whole_day)


def _until_clause_starter(tokens: Sequence[Token], start: int) -> Sequence[Token]:
    """What follows a "but" or "except" up to the next clause, looked at no further than a statement goes (a run
    of hundreds of them with no comma between must not make each look to the end)."""
    end = start
    last = min(len(tokens), start + _LONGEST_STATEMENT)
    while end < last and tokens[end].kind not in _CLAUSE_STARTERS:
        end += 1
    return tokens[start:end]


def _split_after_predicates(fragment: Sequence[Token]) -> list[list[Token]]:
    """周一晚上可以周三也行 → 周一晚上可以 | 周三也行: cut after a predicate between two pieces of content.

    Not after 只能 / only can: what follows is what the days are restricted to (周六只能晚上)."""
    content_from = _content_from(fragment)
    pieces: list[list[Token]] = []
    start, seen_content, index = 0, False, 0
    while index < len(fragment):
        kind = fragment[index].kind
        seen_content = seen_content or (kind in CONTENT and not _week_then_offer(fragment, index))
        restricts = index > 0 and fragment[index - 1].kind is Kind.ONLY
        excepts_next = index + 1 < len(fragment) and fragment[index + 1].kind is Kind.EXCEPT
        conditional = _on_condition(fragment, index)
        if kind in PREDICATES and seen_content and not (restricts or excepts_next or conditional):
            end = index
            while (end < len(fragment) and fragment[end].kind in _PREDICATE_RUN
                   and not _prefers_what_follows(fragment, end)):
                end += 1
            if content_from[end] and not _bounds_what_came(fragment, end):
                pieces.append(list(fragment[start:end]))
                start, seen_content, index = end, False, end
                continue
        index += 1
    pieces.append(list(fragment[start:]))
    return pieces


def _prefers_what_follows(fragment: Sequence[Token], index: int) -> bool:
    """周一周二周三下午都可以最好是周二: a preference right after "can", before days, is about those days."""
    return (fragment[index].kind is Kind.LEVEL and fragment[index].value is Level.PREFERRED
            and fragment[index - 1].kind is Kind.POS
            and kind_at(fragment, index + 1) in _DAY_KINDS)


def _week_then_offer(fragment: Sequence[Token], index: int) -> bool:
    """this week I can do Tuesday and Thursday / 这周可以周二: a week named before "can" frames what follows it."""
    return (fragment[index].kind is Kind.WEEK and index + 2 < len(fragment)
            and fragment[index + 1].kind is Kind.POS and fragment[index + 2].kind in _DAY_KINDS)


def _on_condition(fragment: Sequence[Token], index: int) -> bool:
    """周一要是缺人下午也可以顶一下: "if short" right after the days is the condition of the times that follow."""
    return (fragment[index].kind is Kind.LEVEL and index > 0 and fragment[index - 1].kind in _DAY_KINDS
            and _has(fragment[index + 1:], _TIMES) and not _has(fragment[index + 1:], _DAY_KINDS))


def _bounds_what_came(fragment: Sequence[Token], end: int) -> bool:
    """周四晚上能待到八点半: a time right after the predicate, with no days after it, says how long; off starting
    Wednesday: "from" after it says when the statement starts; Tue ✅ eve / 周六 ✅ morning (backup only): times
    after days said with no times of their own are those days' times; next week out Jan 27-29: the dates after a
    week are when in it."""
    rest = fragment[end:]
    if rest and rest[0].kind is Kind.FROM:
        return True
    said = end
    while said > 0 and fragment[said - 1].kind in _PREDICATE_RUN:
        said -= 1
    if rest and rest[0].kind is Kind.SPAN and kind_at(fragment, said - 1) is Kind.WEEK:
        return True
    if rest and not _has(rest, _DAY_KINDS | PREDICATES - _LEVELS) and _has(fragment[:end], _DAY_KINDS) and not _has(
            fragment[:end], _TIMES):
        return True
    return bool(rest) and rest[0].kind is Kind.TIME and isinstance(rest[0].value, ClockSpan) and not _has(
        rest, _DAY_KINDS)


def _content_from(tokens: Sequence[Token]) -> list[bool]:
    """For each position, whether content comes at or after it."""
    flags = [False] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        flags[index] = flags[index + 1] or tokens[index].kind in CONTENT
    return flags


def _merge(fragments: Sequence[Piece]) -> list[Run]:
    """A piece without a predicate joins the next (周一到周五, 晚上七点以后可以) unless that one stands apart.

    A clock time alone after an offer, or days with a clock time after "but" (不过周一要四点以后), say when
    within it. An aside with nothing of its own (thanks, as before) stands alone and joins nothing. A piece stands apart
    when it refuses something of its own (…, 周三不行) or gives days of its own a level
    (Mon–Thu evenings, Friday as backup). A piece without a predicate after a statement that led with its
    predicate continues it instead (available Monday through Friday, evenings; 可以做替补，周一到周五晚上).
    """
    merged: list[Run] = []
    pending: Run | None = None
    pending_content = False
    for fragment, separator in fragments:
        has_content = _has(fragment, CONTENT)
        if separator is Kind.ALSO and _days_only(fragment) and (pending is not None or merged):
            if pending is not None:
                merged.append(pending)
                pending, pending_content = None, False
            merged.append(Run([*fragment, Token(Kind.TOO)], separator))
            continue
        after_offer = pending is None and merged and _has(merged[-1].tokens, PREDICATES)
        bare_time = _bare_time(fragment) and _has(merged[-1].tokens, _TIMES) if after_offer else False
        bounded_days = separator is Kind.CONTRAST and _says_when(fragment) and not _has(fragment, PREDICATES)
        if after_offer and (bare_time or bounded_days):
            merged.append(Run([Token(Kind.ONLY), *fragment], separator))
            continue
        if _has(fragment, _ASIDES) and not _has(fragment, CONTENT - {Kind.OTHER}):
            if pending is not None:
                merged.append(pending)
            merged.append(Run(list(fragment), separator))
            pending, pending_content = None, False
            continue
        continues = separator is Kind.COMMA and has_content and not _has(fragment, _OWN_STATEMENT)
        if continues and pending is None and merged and _leads(merged[-1].tokens):
            merged[-1].tokens.extend((Token(Kind.BREAK), *fragment))
            continue
        if pending is not None and pending_content and (
                _stands_apart(fragment, has_content) or _level_for_a_time_said(pending.tokens, fragment)
                or _days_too_after_a_day_said(pending.tokens, fragment)
                or _level_for_what_was_added(pending.tokens, fragment)
                or _days_after_a_day_said_too(pending.tokens, fragment)):
            merged.append(pending)
            pending, pending_content = None, False
        if pending is None:
            pending = Run([], separator)
        else:
            pending.tokens.append(Token(Kind.BREAK))
        pending.tokens.extend(fragment)
        pending_content = pending_content or has_content
        if _has(fragment, PREDICATES):
            merged.append(pending)
            pending, pending_content = None, False
    if pending is not None:
        merged.append(pending)
    return merged


def _days_only(fragment: Sequence[Token]) -> bool:
    """周二下午，还有周四: days said after "also" with nothing of their own take the times before them."""
    return _has(fragment, _DAY_KINDS) and all(token.kind in _DAY_KINDS | {Kind.LIST, Kind.COMMA} for token in fragment)


def _bare_time(fragment: Sequence[Token]) -> bool:
    """周二、周四晚上可以，九点以前，…: a clock time said alone after an offer says when within it."""
    kinds = {token.kind for token in fragment}
    return Kind.TIME in kinds and kinds <= {Kind.TIME, Kind.EVERY} and all(
        isinstance(token.value, ClockSpan) for token in fragment if token.kind is Kind.TIME)


def _leads(clause: Sequence[Token]) -> bool:
    """Whether a statement led with its predicate, so that content after a comma still belongs to it.

    Not a refusal (not available on Mondays, other days any time): what follows it is more often an offer.
    """
    leading: set[Kind] = set()
    for token in clause:
        if token.kind in CONTENT:
            break
        if token.kind in PREDICATES:
            leading.add(token.kind)
    return bool(leading) and Kind.NEG not in leading


def _stands_apart(fragment: Sequence[Token], has_content: bool) -> bool:
    """A refusal with content of its own, a level with days of its own and no 都 / all pulling them in, days
    with "only" times of their own (weekday afternoons, Friday only mornings), or days as other days
    (周六跟周五一样)."""
    refuses = has_content and _has(fragment, _REFUSALS)
    own_level = _has(fragment, _DAY_KINDS) and _has(fragment, _LEVELS) and not any(
        token.kind is Kind.EVERY and token.value != WEEKLY for token in fragment)
    restricts = _has(fragment, _DAY_KINDS) and _has(fragment, _ONLY) and _has(fragment, _TIMES)
    return refuses or own_level or restricts or _has(fragment, _SAME_AS)


def _days_too_after_a_day_said(pending: Sequence[Token], fragment: Sequence[Token]) -> bool:
    """下周一全天，周二周三一样: days said "too" after a day and its times take those times; they are not its days."""
    return (_has(fragment, _DAY_KINDS) and _has(fragment, _TOO) and not _has(fragment, _TIMES)
            and _has(pending, _TIMES) and _has(pending, _DAY_KINDS | _SPANS))


def _days_after_a_day_said_too(pending: Sequence[Token], fragment: Sequence[Token]) -> bool:
    """Mon 晚上 ok，Wed same，Fri 也 same 但要晚上 8 点以后: a day said "the same" is a statement of its own; the days
    after it, and what narrows them, are another (not a day just said: 周三周四也是，就是周四要两点以后)."""
    if not (pending[-1].kind in _TOO and fragment and fragment[0].kind is Kind.DAYS):
        return False
    said = frozenset().union(*(token.value for token in pending if token.kind is Kind.DAYS))
    return not fragment[0].value <= said


def _level_for_what_was_added(pending: Sequence[Token], fragment: Sequence[Token]) -> bool:
    """sat and sun mornings, sun afternoon too but only if needed: a level alone after days added "too" to
    others is about the days added; it ends the statement before it, to be lent to them."""
    return (_has(fragment, _LEVELS) and not _has(fragment, CONTENT) and pending[-1].kind in _TOO
            and any(token.kind is Kind.BREAK for token in pending))


def _level_for_a_time_said(pending: Sequence[Token], fragment: Sequence[Token]) -> bool:
    """周一下午和晚上，晚上最好 / 周六 all day，prefer 下午 / Weekends only, mornings preferred: a level for
    times alone, after days with their times (or "only" days), is about those times on those days."""
    return (_has(fragment, _LEVELS) and _has(fragment, _TIMES) and not _has(fragment, _DAY_KINDS)
            and _has(pending, _DAY_KINDS) and (_has(pending, _TIMES) or _has(pending, _ONLY)))


def _has(tokens: Sequence[Token], kinds: frozenset[Kind]) -> bool:
    return any(token.kind in kinds for token in tokens)
