"""Cut the token stream into clauses, each with its days and times, its level, and whether it says no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from coordinator.core.week import DateRange, Level

from .groups import Group, GroupBuilder
from .tokens import Kind, Token

CONTENT = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME, Kind.SPAN, Kind.WEEK, Kind.OTHER})
PREDICATES = frozenset({Kind.POS, Kind.NEG, Kind.LEVEL, Kind.LEAVE})
_REFUSALS = frozenset({Kind.NEG, Kind.LEAVE})
_LEVELS = frozenset({Kind.LEVEL})
_EVERY = frozenset({Kind.EVERY})
_DAY_KINDS = frozenset({Kind.DAYS, Kind.SOFT_DAYS})
_PREDICATE_RUN = PREDICATES | {Kind.EVERY}
_CLAUSE_STARTERS = frozenset({Kind.COMMA, Kind.CONTRAST, Kind.ALSO})
_GROUPED = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME})
_ENDS_EXCEPTION = PREDICATES | {Kind.EXCEPT_END, Kind.EXCEPT_POST, Kind.BREAK}


@dataclass
class Clause:
    """One statement: 周二周四晚上可以 / 周末需要的话可以补位 / can't do Wednesdays at all."""

    groups: list[Group] = field(default_factory=list)
    excepted: list[Group] = field(default_factory=list)
    spans: list[DateRange] = field(default_factory=list)
    weeks: list[int] = field(default_factory=list)
    levels: set[Level] = field(default_factory=set)
    positive: bool = False
    negative: bool = False
    leave_word: bool = False
    other: bool = False
    only: bool = False
    recurring: bool = False

    @property
    def has_predicate(self) -> bool:
        return self.positive or self.negative or self.leave_word or bool(self.levels)

    @property
    def dated(self) -> bool:
        return bool(self.spans or self.weeks)

    @property
    def level(self) -> Level:
        """Standby over preferred over plain available."""
        for level in (Level.STANDBY, Level.PREFERRED):
            if level in self.levels:
                return level
        return Level.AVAILABLE


def clauses(tokens: Sequence[Token]) -> list[Clause]:
    """The clauses of a reduced token stream, in order."""
    return [
        build_clause(merged)
        for sentence in _split(tokens, frozenset({Kind.STOP}))
        for merged in _merge(_fragments(sentence))
    ]


def _split(tokens: Sequence[Token], separators: frozenset[Kind]) -> list[list[Token]]:
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind in separators:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [piece for piece in pieces if piece]


def _fragments(sentence: Sequence[Token]) -> list[list[Token]]:
    """Pieces between commas and "but", each cut again after a predicate that ends a statement."""
    sentence = _but_as_except(sentence)
    return [piece for part in _split(sentence, _CLAUSE_STARTERS) for piece in _split_after_predicates(part)]


def _but_as_except(sentence: Sequence[Token]) -> list[Token]:
    """A "but" followed by days or times and no predicate of its own means "except": any day but Sunday."""
    out = list(sentence)
    for index, token in enumerate(out):
        if token.kind is Kind.CONTRAST:
            piece = _until_clause_starter(out, index + 1)
            if _has(piece, CONTENT) and not _has(piece, PREDICATES):
                out[index] = Token(Kind.EXCEPT)
    return out


def _until_clause_starter(tokens: Sequence[Token], start: int) -> Sequence[Token]:
    end = start
    while end < len(tokens) and tokens[end].kind not in _CLAUSE_STARTERS:
        end += 1
    return tokens[start:end]


def _split_after_predicates(fragment: Sequence[Token]) -> list[list[Token]]:
    """周一晚上可以周三也行 → 周一晚上可以 | 周三也行: cut after a predicate between two pieces of content."""
    content_from = _content_from(fragment)
    pieces: list[list[Token]] = []
    start, seen_content, index = 0, False, 0
    while index < len(fragment):
        kind = fragment[index].kind
        seen_content = seen_content or kind in CONTENT
        if kind in PREDICATES and seen_content:
            end = index
            while end < len(fragment) and fragment[end].kind in _PREDICATE_RUN:
                end += 1
            if content_from[end]:
                pieces.append(list(fragment[start:end]))
                start, seen_content, index = end, False, end
                continue
        index += 1
    pieces.append(list(fragment[start:]))
    return pieces


def _content_from(tokens: Sequence[Token]) -> list[bool]:
    """For each position, whether content comes at or after it."""
    flags = [False] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        flags[index] = flags[index + 1] or tokens[index].kind in CONTENT
    return flags


def _merge(fragments: Sequence[list[Token]]) -> list[list[Token]]:
    """A piece without a predicate joins the next (周一到周五, 晚上七点以后可以) unless that one stands apart.

    It stands apart when it refuses something of its own (…, 周三不行) or gives days of its own a level
    (Mon–Thu evenings, Friday as backup).
    """
    merged: list[list[Token]] = []
    pending: list[Token] = []
    pending_content = False
    for fragment in fragments:
        has_content = _has(fragment, CONTENT)
        if pending and pending_content and _stands_apart(fragment, has_content):
            merged.append(pending)
            pending, pending_content = [], False
        if pending:
            pending.append(Token(Kind.BREAK))
        pending.extend(fragment)
        pending_content = pending_content or has_content
        if _has(fragment, PREDICATES):
            merged.append(pending)
            pending, pending_content = [], False
    if pending:
        merged.append(pending)
    return merged


def _stands_apart(fragment: Sequence[Token], has_content: bool) -> bool:
    """A refusal with content of its own, or a level with days of its own and no 都 / all pulling them in."""
    refuses = has_content and _has(fragment, _REFUSALS)
    own_level = _has(fragment, _DAY_KINDS) and _has(fragment, _LEVELS) and not _has(fragment, _EVERY)
    return refuses or own_level


def _has(tokens: Sequence[Token], kinds: frozenset[Kind]) -> bool:
    return any(token.kind in kinds for token in tokens)


def build_clause(tokens: Sequence[Token]) -> Clause:
    """Read one clause: days and times into groups, 除了/except into excepted groups, and its predicates."""
    clause = Clause()
    main, excepted = GroupBuilder(clause.groups), GroupBuilder(clause.excepted)
    excepting = False
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind in _GROUPED:
            listed = index > 0 and tokens[index - 1].kind is Kind.LIST
            (excepted if excepting else main).add(token, _next_content(tokens, index), listed)
        elif kind is Kind.EXCEPT:
            excepting = True
        elif kind is Kind.EXCEPT_POST and not excepting:
            clause.excepted.extend(clause.groups)
            clause.groups.clear()
        else:
            excepting = excepting and kind not in _ENDS_EXCEPTION
            if kind is Kind.BREAK:
                main.seal()
            _note(clause, token)
    return clause


def _note(clause: Clause, token: Token) -> None:
    """Record a predicate, a date or a marker on the clause."""
    match token.kind:
        case Kind.POS:
            clause.positive = True
        case Kind.NEG:
            clause.negative = True
        case Kind.LEAVE:
            clause.leave_word = True
        case Kind.LEVEL:
            clause.levels.add(token.value)
        case Kind.SPAN:
            clause.spans.append(token.value)
        case Kind.WEEK:
            clause.weeks.append(token.value)
        case Kind.OTHER:
            clause.other = True
        case Kind.ONLY:
            clause.only = True
        case Kind.EVERY:
            clause.recurring = True


def _next_content(tokens: Sequence[Token], index: int) -> Kind | None:
    """Whether days or a time come next in the same fragment."""
    for token in tokens[index + 1:]:
        if token.kind is Kind.BREAK:
            return None
        if token.kind in (Kind.DAYS, Kind.TIME):
            return token.kind
    return None
