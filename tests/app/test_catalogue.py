"""One way to speak: every message is in the catalogue in Chinese and English; no code branches on language.

The catalogue is ``coordinator.i18n``: features register ``key: (zh, en)`` pairs and speak through ``t``.
These checks load every feature, then hold each pair to the same shape (both texts, the same placeholders,
English free of Chinese characters, Chinese actually translated) and look through the source for
``lang == "zh"`` style branches and per-language word tables, which belong in the catalogue instead.
"""

from __future__ import annotations

import importlib
import re
import string
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from coordinator.i18n import LANGUAGES, all_keys, t, texts

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coordinator"

CJK = re.compile(
    "["
    "\u2e80-\u2fdf"  # CJK radicals, Kangxi radicals
    "\u3000-\u303f"  # CJK punctuation: 、。「」
    "\u3040-\u30ff"  # kana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    "\uff00-\uffef"  # full-width forms: ，：（）
    "]"
)

# English texts that must show Chinese, with why. Keep it tiny; an English example is always better.
ENGLISH_MAY_SHOW_CHINESE: dict[str, str] = {}


def _load_every_feature() -> None:
    from coordinator.app import build_registry

    build_registry()
    importlib.import_module("coordinator.chat.console")
    for path in sorted(PACKAGE.rglob("messages.py")):
        importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))


_load_every_feature()
KEYS = all_keys()


def _fields(text: str) -> list[tuple[str, str]]:
    """Each ``{placeholder}`` of ``text`` as (field name, format spec)."""
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name is not None]


def _placeholders(text: str) -> set[str]:
    """The argument names a text needs: ``{on.day}`` and ``{on:%b}`` both need ``on``."""
    return {re.split(r"[.\[]", name, maxsplit=1)[0] for name, _ in _fields(text)}


class _Anything:
    """A dummy that survives attribute access, indexing and any format spec."""

    def __getattr__(self, name: str) -> _Anything:
        return self

    def __getitem__(self, key: object) -> _Anything:
        return self

    def __format__(self, spec: str) -> str:
        return "x"


def _dummies(text: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, spec in _fields(text):
        root = re.split(r"[.\[]", name, maxsplit=1)[0]
        plain = name == root and not spec
        values[root] = "X" if plain and not isinstance(values.get(root), _Anything) else _Anything()
    return values


def test_the_catalogue_is_loaded() -> None:
    prefixes = {key.split(".", 1)[0] for key in KEYS}
    expected = {"error", "team", "avail", "roster", "shift", "ical", "help", "console", "day", "slot", "list"}
    assert expected <= prefixes, sorted(expected - prefixes)


@pytest.mark.parametrize("key", KEYS)
def test_every_message_has_both_languages(key: str) -> None:
    entry = texts(key)
    assert set(entry) == set(LANGUAGES), key
    for lang in LANGUAGES:
        assert entry[lang].strip(), f"{key} has no {lang} text"


@pytest.mark.parametrize("key", KEYS)
def test_both_texts_use_the_same_placeholders(key: str) -> None:
    entry = texts(key)
    assert _placeholders(entry["zh"]) == _placeholders(entry["en"]), (key, entry)


@pytest.mark.parametrize("key", KEYS)
def test_english_texts_hold_no_chinese(key: str) -> None:
    if key in ENGLISH_MAY_SHOW_CHINESE:
        return
    found = CJK.findall(texts(key)["en"])
    assert not found, f"{key}: English text contains {''.join(found)!r}"


def test_the_english_allow_list_is_still_needed() -> None:
    for key in ENGLISH_MAY_SHOW_CHINESE:
        assert key in KEYS and CJK.search(texts(key)["en"]), f"{key} no longer needs to show Chinese"


@pytest.mark.parametrize("key", KEYS)
def test_chinese_texts_are_translated(key: str) -> None:
    entry = texts(key)
    if entry["zh"] == entry["en"]:
        words = "".join(literal for literal, *_ in string.Formatter().parse(entry["zh"]))
        assert not any(char.isalpha() for char in words), f"{key}: the Chinese text is the English one"


@pytest.mark.parametrize("key", KEYS)
def test_every_message_formats_in_both_languages(key: str) -> None:
    entry = texts(key)
    values = {**_dummies(entry["zh"]), **_dummies(entry["en"])}
    for lang in LANGUAGES:
        assert isinstance(t(key, lang, **values), str)


def test_unknown_languages_speak_the_default() -> None:
    assert t("day.short.mon", "fr") == t("day.short.mon", "zh")


# ---- no branching on language outside the catalogue ----

BRANCH = re.compile(
    r"""[=!]=\s*(["'])(?:zh|en)\1"""  # lang == "zh", x != 'en'
    r"""|(["'])(?:zh|en)\2\s*[=!]="""  # "zh" == lang
    r"""|(["'])(?:zh|en)\3\s*:"""  # {"zh": ..., "en": ...}: a private word table
)
EXEMPT = {"coordinator/i18n.py"}
"""The catalogue itself; settings*.py are exempt too (they validate the configured language)."""

# Known branches in files owned elsewhere, as file: how many matching lines. Move their words into the
# catalogue (coordinator/*/messages.py, ``t(key, lang)``) and shrink this list; files not listed have none.
KNOWN_BRANCHES: dict[str, int] = {}


def _branches() -> Counter[str]:
    found: Counter[str] = Counter()
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in EXEMPT or re.fullmatch(r"coordinator/settings[^/]*\.py", name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("#") and BRANCH.search(line):
                found[name] += 1
    return found


def test_the_pattern_finds_branches_and_tables() -> None:
    branches = ('if lang == "zh":', "a if lang=='zh' else b", 'lang != "en"', '_DAY = {"zh": "全天"}')
    for line in branches:
        assert BRANCH.search(line), line
    for line in ('t("day.short.mon", lang)', 'choices=("zh", "en")', 'LANGUAGES = ("zh", "en")'):
        assert not BRANCH.search(line), line


def test_no_new_language_branches() -> None:
    found = _branches()
    new = {name: count for name, count in found.items() if count > KNOWN_BRANCHES.get(name, 0)}
    assert not new, (
        f"branches on the language or per-language word tables in {new}: put the words in the catalogue "
        "(coordinator/*/messages.py) and use t(key, lang)"
    )
