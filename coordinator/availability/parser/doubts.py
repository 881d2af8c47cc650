"""Set apart the parts of a message the bot must not store: hedged parts to ask about, and chat.

A message is cut into sentences and each sentence at its commas. A part with a hedge (可能 / 看情况 / usually)
is asked about, not stored; a hedge standing alone (…，不太确定) covers the part before it. A sentence with a
question is chat, and so is talk (greetings, wishes, the meeting, how the day went) that neither offers nor refuses
a time to come; in 周三开会，不能来 the talk is only the reason. The rest is read as availability, so
周二晚上肯定可以，周末不一定 keeps Tuesday evening and asks about the weekend."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .lexicon import ANY_DAY, BUSY, CONFIRM, KNOWN_BY, LATER, PLUS, ROUGHLY, SAME, STORY, THEN, WISH
from .scanner import normalize, scan_normalized
from .tokens import Kind, Token

_SENTENCE = re.compile(r"[^。；;！!？?\n]*[。；;！!？?\n]*")
_PART = re.compile(r"[^，,]*[，,]*")
_QUESTION = frozenset({Kind.QUESTION})
_TALK = frozenset({Kind.CHAT})
_ABOUT_TIME = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.PART, Kind.CLOCK, Kind.DATE, Kind.WEEK, Kind.MONTH,
                         Kind.REST_OF_WEEK})
_PREDICATES = frozenset({Kind.POS, Kind.NEG, Kind.LEAVE, Kind.LEVEL})
_LEAVE_OR_OTHER = frozenset({Kind.LEAVE, Kind.OTHER})
"""Leave, or the other times (其他 time 看情况): a part about these is about availability too."""
_DAY_NAMES = frozenset({Kind.DAYS, Kind.SOFT_DAYS})
_WEEKS_ONLY = frozenset({Kind.WEEK, Kind.MONTH})
_THANKS = frozenset({Kind.ASIDE, Kind.CHAT})
_TIMES = frozenset({Kind.PART, Kind.CLOCK})
_OWN_TIMES = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.DATE, Kind.PART, Kind.CLOCK})
_PAST_OR_TO_COME = frozenset({Kind.RELDAY, Kind.WEEK})
_THIS_WEEK_ONLY = frozenset({Kind.WEEK})
_QUOTE_LIMIT = 60
_SPACE = re.compile(r"\s+")
_LONGEST_SPACED_PART = 80
"""Each space of a hedged part reads the text on both sides of it: only in a part of a message's length."""
_CONFIRM_LATER = re.compile(r"\b(?:i'll|i will|will)\s+confirm\s+(?P<what>[^,.。，;!?\n]{1,30}?)\s+later\b")
"""I'll confirm Sunday later: said as "Sunday: confirm later", what is to be confirmed is left for later."""
_NAMED_DAYS = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.DATE, Kind.WEEK, Kind.MONTH, Kind.REST_OF_WEEK,
                         Kind.SPAN})
_CJK_SPACE = re.compile(r"(?<=[以行在哈呀啊吧了好底来空是样变]) (?=[\u4e00-\u9fff])(?![上下早晚](?![午上])|[午全取机替备最优])"
                        r"|(?<=[0-9一二三四五六七八九十两半]点) (?=[\u4e00-\u9fff])"
                        r"(?![到至前后以之左多开起半钟整过结为都也就才可行有没上下早晚中午全取机替备最优])"
                        r"|(?<=[天午晚]) (?=[1-7](?:-[1-7])?[上下早晚全])")
"""周末都可以 实在缺人的话周三晚上也能来 / 还是老样子哈 新年快乐 / 跟之前一样 再加个周三晚上: a space after a word
that ends a statement (可以, 行, 在, 哈, 一样, 没变 …), or after a clock time (8点到10点 加班完回家刚好赶上), typed for
a comma, parts statements; not before a part of the day, a bound or a level that belongs to it."""
_QUESTION_ANSWERED = re.compile(r"(?:你|您|协调员?|组长|大家)\s*问(?:的)?[^:,。!?\n]{0,30}[:：]")
"""@协调 你问春节前谁在：我1月18号到24号都不在: the question being answered, quoted before a colon, is not the
answer's own words (谁 there asks nothing)."""
_SLASH_AFTER_SAYING = re.compile(
    r"(?P<word>(?<![a-z])(?:ok|okay|fine|good|maybe|perhaps|possibly|probably|same|usual|works|free|busy|no|yes)"
    r"|照旧|照常|可以|都行|也行|不行|行|没问题|不一定|看情况|待定|同上)\s+/\s+")
"""周末 maybe / 周三晚上 ok / 周一 eve ok / 周四 same: a spaced slash after a word that says something parts two
statements; between days or times alone (周一下午 / 周三下午 任选) it lists alternatives."""
_ENGLISH_STOP = re.compile(r"\.(?=\s)")
_WORD_BEFORE = re.compile(r"[a-z][a-z.]*$")
_LONGEST_ABBREVIATION = 8
_CASED_BREAKS = re.compile(
    r"((?:\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)|(?<=[0-9])(?:am|pm|AM|PM))\.)"
    r"(?=\s+[A-Z][a-z]+\b(?!\.))"
    r"|\s[\u2013\u2014]\s(?=I\b)| \u2014 (?=[A-Z][a-z])(?!Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
"""Mon to Thu. Fridays I'm out / from 11am to 3pm. Does that work?: an abbreviated day or a clock's am/pm ends
a sentence when a capitalised word follows (not Mon. Wed.); a dash before "I" or a capitalised word (— Mondays I have
a meeting) starts a new statement."""
_ABBREVIATIONS = frozenset(
    "mon tue tues wed weds thu thur thurs fri sat sun a.m p.m am pm approx etc vs no jan feb mar apr jun jul aug sep sept "
    "oct nov dec mr mrs ms dr st".split())


@dataclass(frozen=True, slots=True)
class Sorted:
    clear: str
    """The parts to read as availability, in order."""
    tokens: list[Token]
    """Their tokens, as scanned."""
    hedged: tuple[str, ...]
    """The parts to ask about, as written."""
    about_availability: bool
    """Whether any part talks about times, days, dates or leave at all (else the message is chat)."""
    doubted: list[Token]
    """The tokens of the hedged parts that name days or times: what they name is withheld, not stored."""
    leads_with_doubt: bool
    """The first part about availability is asked about: a 也 / too after it refers to it, not to the week."""
    sorting: tuple[tuple[_Part, bool, bool], ...]
    """Each part, whether it is hedged, and whether it is chat: what :meth:`also_asking` sorts anew."""

    def also_asking(self, doubtful: Callable[[list[Token]], bool]) -> Sorted:
        """The same message with the clear parts that ``doubtful`` finds unclear on their own asked about too
        (周五8点我可以来，周日下午也行 asks about Friday at 8 and keeps Sunday)."""
        resorted = [(part, hedged or (not chat and part.content and doubtful(part.tokens)), chat)
                    for part, hedged, chat in self.sorting]
        return _sorted(resorted)


@dataclass(frozen=True, slots=True)
class _Part:
    text: str
    tokens: list[Token]
    kinds: frozenset[Kind]

    @classmethod
    def read(cls, text: str) -> _Part:
        tokens = scan_normalized(text)
        return cls(text, tokens, frozenset(token.kind for token in tokens))

    def has(self, kinds: frozenset[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def days_ahead(self) -> list[int]:
        return [token.value for token in self.tokens if token.kind is Kind.RELDAY]

    @property
    def content(self) -> bool:
        """Says something about when: days, a part of the day, a time, a date, or leave."""
        if not self.tokens:
            return False
        if self.keeps_the_week:
            return True
        if self.about_the_past or self.only_a_week or self.busy_this_week:
            return False
        return self.has(_ABOUT_TIME) or self.has(_LEAVE_OR_OTHER) or self.any_day or (
            bool(self.days_ahead()) and self.has(_PREDICATES) and not self.remark)

    @property
    def any_day(self) -> bool:
        """哪天都行: any of the days named, or every day."""
        return Kind.EVERY in self.kinds and any(token.value == ANY_DAY for token in self.tokens)

    @property
    def only_a_week(self) -> bool:
        """谢谢大家这周的辛苦付出: a week or a month named with nothing said about it."""
        named = self.kinds & _ABOUT_TIME
        return bool(named) and named <= _WEEKS_ONLY and not self.has(_PREDICATES) and self.has(_THANKS)

    @property
    def only_days(self) -> bool:
        """Usually evenings, Mon–Thu: days that finish the statement before them, with nothing of their own."""
        return self.has(_DAY_NAMES) and not (self.has(_PREDICATES) or self.has(_TIMES))

    @property
    def hedges(self) -> bool:
        """Says something with a hedge; a date said only roughly (年底) hedges only what it bounds or names."""
        if Kind.VAGUE not in self.kinds:
            return False
        rough = [token.value == ROUGHLY for token in self.tokens if token.kind is Kind.VAGUE]
        predicates = [token.value for token in self.tokens if token.kind in _PREDICATES]
        says = any(value not in STORY for value in predicates)
        story = bool(predicates) and not says
        return not all(rough) or (bool(rough) and (says or (self.has(_ABOUT_TIME) and not story)))

    @property
    def only_times(self) -> bool:
        """Probably Tuesdays, evenings: times that finish the statement before them, with nothing of their own."""
        return self.has(_TIMES) and not (self.has(_PREDICATES) or self.has(_DAY_NAMES))

    @property
    def about_later(self) -> bool:
        """之后再说 / 周末再确认: a hedge about the time after the one just stated (or about the times it names, to be
        confirmed), which stays clear."""
        if Kind.VAGUE not in self.kinds:
            return False
        named = (self.has(_ABOUT_TIME) or Kind.OTHER in self.kinds) and not self.has(_PREDICATES)
        return all(token.value in (LATER, KNOWN_BY) or (token.value == CONFIRM and named)
                   for token in self.tokens if token.kind is Kind.VAGUE)

    @property
    def keeps_the_week(self) -> bool:
        """照旧 / as usual: the week stays as it is, which is worth an answer."""
        return Kind.ASIDE in self.kinds and any(
            token.kind is Kind.ASIDE and token.value == SAME for token in self.tokens)

    @property
    def about_the_past(self) -> bool:
        """昨天晚上咨询的人好多 / 上周六那场直播: days gone by say nothing about the days to come."""
        if self.kinds.isdisjoint(_PAST_OR_TO_COME):
            return False
        days = self.days_ahead() + [token.value for token in self.tokens if token.kind is Kind.WEEK]
        return bool(days) and all(day < 0 for day in days)

    @property
    def busy_this_week(self) -> bool:
        """这周有点忙 / busy week: how the week is going, not a week of leave."""
        named = self.kinds & _ABOUT_TIME
        return named == _THIS_WEEK_ONLY and self.remark and all(
            token.value == 0 for token in self.tokens if token.kind is Kind.WEEK)

    @property
    def wishes(self) -> bool:
        """这周还在考试的同学加油 / good luck this week: a wish that names no day or time of its own is talk, whatever
        it says others are doing."""
        return Kind.CHAT in self.kinds and not self.has(_OWN_TIMES) and any(
            token.kind is Kind.CHAT and token.value == WISH for token in self.tokens)

    @property
    def requests(self) -> bool:
        """Can you add Thursday afternoon to mine?: asked for, a change to the week is no question."""
        return Kind.TOO in self.kinds and self.has(_ABOUT_TIME) and any(
            token.kind is Kind.TOO and token.value == PLUS for token in self.tokens)

    @property
    def only_a_story(self) -> bool:
        """Last exam tomorrow morning (…wish me luck): what one is doing, and nothing offered or refused."""
        predicates = [token for token in self.tokens if token.kind in _PREDICATES]
        return bool(predicates) and all(token.value in STORY for token in predicates)

    @property
    def remark(self) -> bool:
        """今天有点忙 / busy today: how the day is going, not a request to be off."""
        predicates = [token for token in self.tokens if token.kind in _PREDICATES]
        return (bool(predicates) and all(token.value == BUSY for token in predicates)
                and all(day == 0 for day in self.days_ahead()))


def sort_parts(text: str) -> Sorted:
    source = _english_stops(normalize(_CASED_BREAKS.sub(_sentence_end, text)))
    if " " in source:
        source = _SLASH_AFTER_SAYING.sub(r"\g<word>,", _CJK_SPACE.sub(",", source))
    if "问" in source:
        source = _QUESTION_ANSWERED.sub("", source)
    if "confirm" in source:
        source = _CONFIRM_LATER.sub("\\g<what> confirm later", source)
    sentences = [[piece for text in _PART.findall(sentence) if text.strip()
                  for piece in _at_spaces(_Part.read(text))]
                 for sentence in _SENTENCE.findall(source) if sentence.strip()]
    parts = _see_then([part for sentence in sentences for part in sentence])
    if _how_today_went(parts):
        return _sorted([(part, False, True) for part in parts])
    chat = [talk or (part.has(_TALK) and not part.content)
            for sentence in sentences for part, talk in zip(sentence, _chatty(sentence), strict=True)]
    explained = [_explained_later(parts, index) for index in range(len(parts))]
    doubts = _hedged(parts, explained, chat)
    if _only_later(parts, chat, explained):
        hedged = [part.about_later or doubt for part, doubt in zip(parts, doubts, strict=True)]
        return _sorted(list(zip(parts, hedged, chat, strict=True)))
    chat = [talk or part.about_later or later for part, talk, later in zip(parts, chat, explained, strict=True)]
    hedged = [doubt and not part.about_later and (part.content or not talk)
              for part, doubt, talk in zip(parts, doubts, chat, strict=True)]
    return _sorted(list(zip(parts, hedged, chat, strict=True)))


def _sentence_end(found: re.Match[str]) -> str:
    return f"{found[1]}。" if found[1] else "，"


def _at_spaces(part: _Part) -> list[_Part]:
    """周日全天 周五不一定 / 周二晚ok 周四看情况: in a hedged part, a space between two statements, each with its
    days and its time or word, parts them as a comma would, so that only the hedged one is asked about."""
    if not part.hedges or len(part.text) > _LONGEST_SPACED_PART or not _SPACE.search(part.text.strip()):
        return [part]
    pieces: list[_Part] = []
    start = 0
    for space in _SPACE.finditer(part.text):
        before, after = _Part.read(part.text[start:space.start()]), _Part.read(part.text[space.end():])
        if _states(before) and (_states(after) or after.hedges) and after.tokens[0].kind in _DAY_NAMES:
            pieces.append(_Part.read(part.text[start:space.end()]))
            start = space.end()
    if not pieces:
        return [part]
    pieces.append(_Part.read(part.text[start:]))
    return pieces if any(piece.content and not piece.hedges for piece in pieces) else [part]


def _states(part: _Part) -> bool:
    return part.has(_DAY_NAMES) and (part.has(_TIMES) or part.has(_PREDICATES))


def _how_today_went(parts: Sequence[_Part]) -> bool:
    """今天上了一整天课，累瘫了 / 今天上班累死了，先睡了: how busy today is, with what one did and no day to come named
    and nothing refused or offered, is talk about the day."""
    tokens = [token for part in parts for token in part.tokens]
    predicates = [token.value for token in tokens if token.kind in _PREDICATES]
    return (BUSY in predicates and all(value in STORY for value in predicates)
            and all(token.value == 0 for token in tokens if token.kind is Kind.RELDAY)
            and not any(token.kind in _NAMED_DAYS for token in tokens))


def _see_then(parts: list[_Part]) -> list[_Part]:
    """这个月底之前周末都可以，1月份开始实习，到时候再说: "we'll see then" after something clear is about the time
    after it, which stays clear; after a hedge (周日不一定，到时候再说 / 说不定要出差，出差的话就全周不在，到时候再说) it
    hedges too."""
    out: list[_Part] = []
    hedged = False
    for part in parts:
        if Kind.VAGUE in part.kinds and any(token.value == THEN for token in part.tokens):
            meant = None if hedged else LATER
            tokens = [Token(Kind.VAGUE, meant) if token.value == THEN else token for token in part.tokens]
            part = _Part(part.text, tokens, part.kinds)
        hedged = hedged or part.hedges
        out.append(part)
    return out


def _explained_later(parts: Sequence[_Part], index: int) -> bool:
    """开学时间还没定，定了再跟大家说 / 周六的话要等排班出来才知道，到时候再告诉你们: a hedge followed by "I'll say
    when I know" is part of the "later": nothing stored, nothing asked."""
    part = parts[index]
    return (part.hedges and not part.about_later and index + 1 < len(parts) and parts[index + 1].about_later
            and all(token.value != KNOWN_BY for token in parts[index + 1].tokens))


def _only_later(parts: Sequence[_Part], chat: Sequence[bool], explained: Sequence[bool]) -> bool:
    """下周的时间我 let you know later: "later" with nothing clear beside it leaves the bot a question to ask."""
    return any(part.about_later for part in parts) and not any(
        part.content for part, talk, later in zip(parts, chat, explained, strict=True)
        if not (talk or part.about_later or later))


def _sorted(sorting: list[tuple[_Part, bool, bool]]) -> Sorted:
    kept = [part for part, doubt, talk in sorting if not (doubt or talk)]
    clear = "".join(part.text for part in kept)
    quotes = tuple(_quote(part.text) for part, doubt, _ in sorting if doubt and part.content)
    if any(doubt for _, doubt, _ in sorting) and not quotes:
        quotes = tuple(_quote(part.text) for part, doubt, _ in sorting if doubt)
    about = any(part.content or doubt for part, doubt, talk in sorting if not talk or doubt)
    doubted = [token for part, doubt, _ in sorting if doubt and part.content
               for token in (*part.tokens, Token(Kind.STOP))]
    first = next(((part, doubt) for part, doubt, talk in sorting if part.content and not talk), None)
    leads_with_doubt = first is not None and first[1]
    tokens = [Token(Kind.STOP) if token.kind is Kind.QUESTION and part.requests else token
              for part in kept for token in part.tokens if not _rough(token)]
    return Sorted(clear, tokens, quotes, about, doubted, leads_with_doubt, tuple(sorting))


def _rough(token: Token) -> bool:
    return token.kind is Kind.VAGUE and token.value == ROUGHLY


def _english_stops(text: str) -> str:
    """An English full stop ends a sentence unless it ends an abbreviation (Tue. / a.m.); after a number it
    does too (free until 4. Sunday until 10)."""
    if ". " not in text and ".\n" not in text:
        return text
    pieces, start = [], 0
    for stop in _ENGLISH_STOP.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, stop.start() - _LONGEST_ABBREVIATION), stop.start())
        after_number = text[stop.start() - 1:stop.start()].isdigit()
        if (word[0] not in _ABBREVIATIONS) if word is not None else after_number:
            pieces.append(text[start:stop.start()] + "。")
            start = stop.end()
    return "".join(pieces) + text[start:]


def _chatty(sentence: Sequence[_Part]) -> list[bool]:
    """Which parts are chat: a question, or talk that offers or refuses no time to come. In 周一晚上可以，
    要看孩子那边怎么安排 only the part with the question word is; a sentence that offers nothing is all chat."""
    asking = [part.has(_QUESTION) and not part.requests for part in sentence]
    if any(asking):
        if any((part.has(_PREDICATES) or _lists_times(part)) and part.content and not asks
               for part, asks in zip(sentence, asking, strict=True)):
            talk = iter(_talk([part for part, asks in zip(sentence, asking, strict=True) if not asks]))
            return [asks or next(talk) for asks in asking]
        return [asks or not part.keeps_the_week for part, asks in zip(sentence, asking, strict=True)]
    return _talk(sentence)


def _talk(sentence: Sequence[_Part]) -> list[bool]:
    """Which parts of a sentence without a question are talk: all of them when the sentence has talk and
    offers or refuses no time to come; a wish that names no time of its own, always."""
    if not any(part.has(_TALK) for part in sentence):
        return [False] * len(sentence)
    wishes = [part.wishes for part in sentence]
    wished = any(wishes)
    offers = any(((part.has(_PREDICATES) and not part.remark and not (wished and part.only_a_story))
                  or _lists_times(part)) and not wish
                 for part, wish in zip(sentence, wishes, strict=True))
    future = any(part.content and not wish and (part.has(_ABOUT_TIME) or any(day > 0 for day in part.days_ahead()))
                 for part, wish in zip(sentence, wishes, strict=True))
    return [wish or (not (offers and future) and not part.keeps_the_week)
            for part, wish in zip(sentence, wishes, strict=True)]


def _lists_times(part: _Part) -> bool:
    """周三周四 afternoon，周四要3点以后 because 要开会: days and times listed with no talk of their own offer them."""
    return part.has(_DAY_NAMES) and part.has(_TIMES) and not part.has(_TALK)


def _hedged(parts: Sequence[_Part], explained: Sequence[bool], chat: Sequence[bool]) -> list[bool]:
    """Which parts to ask about: those with a hedge, and the part a hedge standing alone refers to (not one in
    a question: 请问一次值班大概要做些什么呢 doubts nothing said before it)."""
    hedged = [part.hedges for part in parts]
    for index, part in enumerate(parts):
        if explained[index]:
            hedged[index] = False
        elif hedged[index] and not part.content and not part.about_later and not (
                chat[index] and part.has(_QUESTION)):
            neighbour = index - 1 if index > 0 else index + 1
            if neighbour < len(parts):
                hedged[neighbour] = True
    for index in range(1, len(parts)):
        if hedged[index - 1] and parts[index - 1].has(_TIMES) and parts[index].only_days:
            hedged[index] = True
        if hedged[index - 1] and parts[index - 1].has(_DAY_NAMES) and parts[index].only_times:
            hedged[index] = True
    return hedged


def _quote(text: str) -> str:
    return text.strip(" ，,。；;！!\n")[:_QUOTE_LIMIT]
