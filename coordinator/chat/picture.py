"""Tables drawn as a PNG that reads well on a phone; None when no CJK font is installed (send text only).

Big tables are cut (rows, columns, long cells) to keep the picture bounded; the text version stays complete.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from coordinator.chat.reply import Table

FONT_ENV = "COORDINATOR_CJK_FONT"
FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian fonts-wqy-microhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian fonts-noto-cjk
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  # Debian fonts-wqy-zenhei
    "/System/Library/Fonts/PingFang.ttc",  # macOS
    "C:/Windows/Fonts/msyh.ttc",  # Windows
)
PROBE = "值班缺人"
UNASSIGNED = "\u0378"  # no font maps it, so it draws the font's .notdef (tofu) glyph

SCALE = 2  # drawn at twice the size so text stays crisp on high-density screens
TEXT_PX, TITLE_PX, SMALL_PX = 28, 32, 22
PAD_X, PAD_Y, MARGIN = 16, 10, 20
MIN_WIDTH, MAX_SIDE = 720, 4000
MAX_ROWS, MAX_COLUMNS, MAX_CHARS = 30, 12, 80
MAX_CAPTION_LINES, MAX_CAPTION_CHARS = 3, 400
PALETTE = 64  # colours in the PNG: a third of the bytes of RGB, and faster to encode

PAPER, INK, MUTED = (255, 255, 255), (33, 37, 41), (134, 142, 150)
HEADER_BG, RULE = (231, 238, 248), (222, 226, 230)
WARM, WARM_BG = (201, 74, 20), (255, 240, 230)
MARKS = frozenset("·●○◐★✕")
GAP = re.compile(r"缺\s*\d+\s*人|\b\d+ short\b")


@dataclass(frozen=True, slots=True)
class _Fonts:
    text: ImageFont.FreeTypeFont
    title: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont


@dataclass(frozen=True, slots=True)
class _Layout:
    title: str
    grid: list[list[str]]  # the header row first
    centred: list[bool]
    widths: list[int]
    hidden: int
    caption: list[str]
    width: int
    height: int
    row_height: int


def table_png(table: Table, *, title: str = "") -> bytes | None:
    """The table as a PNG, or None when no CJK font is installed (never tofu boxes)."""
    fonts = _fonts(os.environ.get(FONT_ENV, ""), FONT_PATHS)
    if fonts is None:
        return None
    layout = _layout(table, title, fonts)
    buffer = io.BytesIO()
    _draw(layout, fonts).quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(buffer, "PNG")
    return buffer.getvalue()


def cjk_font(size: int = TEXT_PX * SCALE) -> ImageFont.FreeTypeFont | None:
    """The CJK font table_png draws with, at ``size`` pixels, or None when there is none."""
    found = _font_file(os.environ.get(FONT_ENV, ""), FONT_PATHS)
    return ImageFont.truetype(found[0], size, index=found[1]) if found else None


def font_path() -> str | None:
    """The file of the CJK font table_png draws with, or None."""
    found = _font_file(os.environ.get(FONT_ENV, ""), FONT_PATHS)
    return found[0] if found else None


@lru_cache(maxsize=8)
def _fonts(env: str, paths: tuple[str, ...]) -> _Fonts | None:
    """The three sizes of the first usable CJK font."""
    found = _font_file(env, paths)
    if found is None:
        return None
    path, index = found
    sizes = (TEXT_PX, TITLE_PX, SMALL_PX)
    return _Fonts(*(ImageFont.truetype(path, px * SCALE, index=index) for px in sizes))


@lru_cache(maxsize=8)
def _font_file(env: str, paths: tuple[str, ...]) -> tuple[str, int] | None:
    """The first candidate (the environment variable first) that loads and really has CJK glyphs."""
    for path in (env, *paths) if env else paths:
        if not os.path.isfile(path):
            continue
        try:
            index = _face_index(path)
            font = ImageFont.truetype(path, TEXT_PX * SCALE, index=index)
        except OSError:
            continue
        if all(_covered(font, ch) for ch in PROBE):
            return path, index
    return None


def _face_index(path: str) -> int:
    """In a font collection, the Simplified Chinese face when it is named so, else the first."""
    names = []
    for index in range(8):
        try:
            names.append(ImageFont.truetype(path, 12, index=index).getname()[0] or "")
        except OSError:
            break
    return next((i for i, name in enumerate(names) if name.endswith(" SC")), 0)


@lru_cache(maxsize=4096)
def _covered(font: ImageFont.FreeTypeFont, ch: str) -> bool:
    """Whether the font has a glyph for ``ch``, i.e. it does not draw as the .notdef box."""
    return ch.isspace() or _glyph(font, ch) != _glyph(font, UNASSIGNED)


@lru_cache(maxsize=64)
def _glyph(font: ImageFont.FreeTypeFont, ch: str) -> bytes:
    """The pixels of one character on a small canvas."""
    canvas = Image.new("L", (int(font.size) * 2, int(font.size) * 2))
    ImageDraw.Draw(canvas).text((font.size // 2, font.size // 2), ch, font=font, fill=255)
    return canvas.tobytes()


def _clean(font: ImageFont.FreeTypeFont, text: str, limit: int = MAX_CHARS) -> str:
    """One line, at most ``limit`` + 1 characters (so a cut still shows), those the font lacks as "?"."""
    text = re.sub(r"[^\S ]+", " ", str(text))[: limit + 1]
    return "".join(ch if _covered(font, ch) else "?" for ch in text)


def _fit(font: ImageFont.FreeTypeFont, text: str, width: float, limit: int = MAX_CHARS) -> str:
    """The text, cut with an ellipsis when it is wider than ``width`` pixels or longer than ``limit``."""
    if len(text) <= limit and font.getlength(text) <= width:
        return text
    low, high = 0, min(len(text), limit, int(width / (font.size * 0.15)) + 1)
    while low < high:
        middle = (low + high + 1) // 2
        if font.getlength(text[:middle] + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _column_widths(natural: list[float], room: float) -> list[float]:
    """Natural widths, the widest capped at one value so that together they fit in ``room``."""
    cap = max(natural, default=0.0)
    used = 0.0
    for count, width in enumerate(sorted(natural)):
        share = (room - used) / (len(natural) - count)
        if width > share:
            cap = share
            break
        used += width
    return [min(width, cap) for width in natural]


def _wrap(font: ImageFont.FreeTypeFont, text: str, width: float, limit: int) -> list[str]:
    """The text broken into at most ``limit`` lines at spaces (a word too long for a line is cut)."""
    lines: list[str] = []
    for paragraph in str(text).splitlines()[:limit]:
        line = ""
        for token in re.findall(r"\S+\s*", _clean(font, paragraph, limit=MAX_CAPTION_CHARS)):
            if line and font.getlength(line + token.rstrip()) > width:
                lines.append(line.rstrip())
                line = ""
            line += token
        lines.append(line.rstrip())
    lines = [line for line in lines if line]
    if len(lines) > limit:
        lines[limit - 1:] = [" ".join(lines[limit - 1:]) + "…"]
    return [_fit(font, line, width, limit=MAX_CAPTION_CHARS) for line in lines]


def _layout(table: Table, title: str, fonts: _Fonts) -> _Layout:
    """Where everything goes, in device pixels, within MAX_SIDE each way."""
    font, pads, margins = fonts.text, 2 * PAD_X * SCALE, 2 * MARGIN * SCALE
    columns = min(max(len(table.headers), *(len(row) for row in table.rows), 1), MAX_COLUMNS)
    grid = [_cells(font, row, columns) for row in (table.headers, *table.rows[:MAX_ROWS])]
    natural = [max(font.getlength(row[c]) for row in grid) for c in range(columns)]
    widths = _column_widths(natural, MAX_SIDE - margins - columns * pads)
    grid = [[_fit(font, cell, widths[c]) for c, cell in enumerate(row)] for row in grid]
    title = _fit(fonts.title, _clean(fonts.title, title), MAX_SIDE - margins) if title else ""
    used = sum(widths) + columns * pads
    content = min(max(used, fonts.title.getlength(title), MIN_WIDTH - margins), MAX_SIDE - margins)
    caption = _wrap(fonts.small, table.caption, content, MAX_CAPTION_LINES)
    hidden = len(table.rows) - (len(grid) - 1)
    row_height = _line(font) + 2 * PAD_Y * SCALE
    lines = len(grid) + (1 if hidden else 0)
    return _Layout(
        title=title, grid=grid, centred=[_marks_only(row[c] for row in grid[1:]) for c in range(columns)],
        widths=[int(w + (content - used) / columns) for w in widths], hidden=hidden, caption=caption,
        width=int(content) + margins, height=_height(fonts, bool(title), lines * row_height, len(caption)),
        row_height=row_height,
    )


def _height(fonts: _Fonts, titled: bool, rows: int, caption_lines: int) -> int:
    """The height for a title (or not), ``rows`` pixels of rows and the caption; at most MAX_SIDE."""
    title = _line(fonts.title) + PAD_Y * SCALE if titled else 0
    caption = caption_lines * _line(fonts.small) + PAD_Y * SCALE if caption_lines else 0
    return min(2 * MARGIN * SCALE + title + rows + caption, MAX_SIDE)


def _cells(font: ImageFont.FreeTypeFont, cells: tuple[str, ...], columns: int) -> list[str]:
    """Exactly ``columns`` cleaned cells."""
    return [_clean(font, cell) for cell in (*cells, *("",) * columns)[:columns]]


def _line(font: ImageFont.FreeTypeFont) -> int:
    """The height of one line of text."""
    ascent, descent = font.getmetrics()
    return int(ascent + descent)


def _marks_only(cells: Iterable[str]) -> bool:
    """Whether every cell is a grid mark (or empty), so the column is centred."""
    listed = list(cells)
    return bool(listed) and all(_is_mark(cell) or not cell for cell in listed)


def _is_mark(cell: str) -> bool:
    """Whether the cell holds only grid marks such as "●" or "·"."""
    return bool(cell) and all(ch in MARKS for ch in cell.replace(" ", ""))


def _draw(layout: _Layout, fonts: _Fonts) -> Image.Image:
    """The picture: title, tinted header, rows with light rules, the "… +N" line and the caption."""
    image = Image.new("RGB", (layout.width, layout.height), PAPER)
    draw = ImageDraw.Draw(image)
    left, right, y = MARGIN * SCALE, layout.width - MARGIN * SCALE, MARGIN * SCALE
    if layout.title:
        draw.text((left, y), layout.title, font=fonts.title, fill=INK, stroke_width=1, stroke_fill=INK)
        y += _line(fonts.title) + PAD_Y * SCALE
    draw.rectangle((left, y, right, y + layout.row_height), fill=HEADER_BG)
    for number, row in enumerate(layout.grid):
        _draw_row(draw, layout, row, y, fonts.text, header=number == 0)
        y += layout.row_height
        if number:
            draw.line((left, y, right, y), fill=RULE, width=SCALE)
    if layout.hidden:
        at = (left + PAD_X * SCALE, y + layout.row_height // 2)
        draw.text(at, f"… +{layout.hidden}", font=fonts.text, fill=MUTED, anchor="lm")
        y += layout.row_height
    for number, line in enumerate(layout.caption):
        draw.text((left, y + PAD_Y * SCALE + number * _line(fonts.small)), line, font=fonts.small, fill=MUTED)
    return image


def _draw_row(draw: ImageDraw.ImageDraw, layout: _Layout, cells: list[str], top: int,
              font: ImageFont.FreeTypeFont, *, header: bool) -> None:
    """One row of cells, vertically centred; gaps warm, marks centred."""
    x, middle, pad = MARGIN * SCALE, top + layout.row_height // 2, PAD_X * SCALE
    for cell, width, centred in zip(cells, layout.widths, layout.centred, strict=True):
        if not header and GAP.search(cell):
            bottom = top + layout.row_height - SCALE
            draw.rectangle((x, top + SCALE, x + width + 2 * pad, bottom), fill=WARM_BG)
        if centred or _is_mark(cell):
            fill = MUTED if cell == "·" else INK
            draw.text((x + pad + width / 2, middle), cell, font=font, fill=fill, anchor="mm")
        else:
            _draw_segments(draw, (x + pad, middle), cell, font)
        x += width + 2 * pad


def _draw_segments(draw: ImageDraw.ImageDraw, at: tuple[float, float], text: str,
                   font: ImageFont.FreeTypeFont) -> None:
    """Text drawn left to right, the gap parts ("缺2人") in the warm colour."""
    x, y = at
    for number, part in enumerate(re.split(f"({GAP.pattern})", text)):
        if part:
            draw.text((x, y), part, font=font, fill=WARM if number % 2 else INK, anchor="lm")
            x += font.getlength(part)
