"""Tables drawn as pictures for phones: valid PNGs, real CJK glyphs (no tofu), bounded size."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from coordinator.chat import picture
from coordinator.chat.picture import cjk_font, font_path, table_png
from coordinator.chat.reply import Table

DAYS = ("周一 11/23", "周二 11/24", "周三 11/25", "周四 11/26", "周五 11/27", "周六 11/28", "周日 11/29")
ROSTER = Table(
    ("", "上午 09-13", "下午 13-19", "晚上 19-22"),
    tuple((day, "张伟、王芳", "李娜、缺1人" if n % 2 else "刘洋、陈静、赵磊", "缺1人" if n == 3 else "周敏")
          for n, day in enumerate(DAYS)),
)
WEEK_GRID = Table(
    ("", "周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    (("上午 09-13", "●", "○", "◐", "·", "●", "●", "·"),
     ("下午 13-19", "·", "●", "●", "○", "◐", "·", "·"),
     ("晚上 19-22", "○", "·", "●", "●", "·", "◐", "●")),
    caption="● 可以  ★ 优先  ◐ 部分时间  ○ 机动  ✕ 请假",
)
NO_FONT = "/nonexistent/font.ttc"


@pytest.fixture
def font() -> ImageFont.FreeTypeFont:
    """The CJK font pictures are drawn with; CI must have one (.ci/run installs fonts-wqy-microhei)."""
    found = cjk_font()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no CJK font found; CI must have one (apt-get install fonts-wqy-microhei)")
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    return found


def _open(data: bytes | None) -> Image.Image:
    assert data is not None
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    image.load()
    return image


def _pixels(font: ImageFont.FreeTypeFont, text: str) -> bytes:
    canvas = Image.new("L", (int(font.size) * (len(text) + 1), int(font.size) * 2))
    ImageDraw.Draw(canvas).text((font.size // 2, font.size // 2), text, font=font, fill=255)
    return canvas.tobytes()


def _warm_pixels(image: Image.Image) -> int:
    red, green, blue = picture.WARM
    colours = image.convert("RGB").getcolors(1 << 24) or []
    return sum(count for count, (r, g, b) in colours
               if abs(r - red) < 24 and abs(g - green) < 24 and abs(b - blue) < 24)


def test_roster_is_a_phone_sized_png(font: ImageFont.FreeTypeFont) -> None:
    image = _open(table_png(ROSTER, title="值班表 11月23日—29日"))
    assert 600 <= image.width <= 2400
    assert 300 <= image.height <= 2400


def test_week_grid_is_a_phone_sized_png(font: ImageFont.FreeTypeFont) -> None:
    image = _open(table_png(WEEK_GRID, title="王芳 本周空闲时间"))
    assert 600 <= image.width <= 2400
    assert 200 <= image.height <= 1600


def test_the_font_has_real_cjk_glyphs(font: ImageFont.FreeTypeFont) -> None:
    tofu = _pixels(font, picture.UNASSIGNED * 2)
    assert _pixels(font, "值班") != tofu
    assert _pixels(font, "值班") != _pixels(font, "缺人")
    assert _pixels(font, "值班") != _pixels(font, "  ")


def test_different_cjk_cells_draw_different_pictures(font: ImageFont.FreeTypeFont) -> None:
    one = _open(table_png(Table(("", "上午"), (("周一", "值班"),))))
    other = _open(table_png(Table(("", "上午"), (("周一", "排班"),))))
    assert one.size == other.size
    assert one.convert("RGB").tobytes() != other.convert("RGB").tobytes()


def test_characters_the_font_lacks_are_drawn_as_question_marks_not_tofu(font: ImageFont.FreeTypeFont) -> None:
    missing = _open(table_png(Table(("名字",), (("张伟" + picture.UNASSIGNED,),))))
    marked = _open(table_png(Table(("名字",), (("张伟?",),))))
    assert missing.convert("RGB").tobytes() == marked.convert("RGB").tobytes()


def test_gaps_are_drawn_in_the_warm_colour(font: ImageFont.FreeTypeFont) -> None:
    assert _warm_pixels(_open(table_png(ROSTER))) > 100
    assert _warm_pixels(_open(table_png(WEEK_GRID))) == 0


def test_a_huge_table_is_cut_to_a_bounded_picture(font: ImageFont.FreeTypeFont) -> None:
    huge = Table(tuple(f"列{c}" for c in range(10)),
                 tuple(tuple("很长的名字" * 40 for _ in range(10)) for _ in range(100)), caption="说明 " * 500)
    started = time.perf_counter()
    image = _open(table_png(huge, title="标题" * 500))
    assert time.perf_counter() - started < 10
    assert image.width <= picture.MAX_SIDE and image.height <= picture.MAX_SIDE


def test_an_empty_table_still_draws(font: ImageFont.FreeTypeFont) -> None:
    image = _open(table_png(Table((), ())))
    assert 600 <= image.width <= 2400


def test_no_cjk_font_means_no_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(picture, "FONT_PATHS", (NO_FONT,))
    monkeypatch.setenv(picture.FONT_ENV, NO_FONT)
    assert table_png(ROSTER) is None
    assert cjk_font() is None and font_path() is None


def test_a_font_without_cjk_glyphs_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.is_file():
        pytest.skip("DejaVu Sans is not installed")
    monkeypatch.setattr(picture, "FONT_PATHS", ())
    monkeypatch.setenv(picture.FONT_ENV, str(latin))
    assert table_png(ROSTER) is None


def test_the_environment_variable_names_the_font(font: ImageFont.FreeTypeFont,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = font_path()
    assert path is not None
    monkeypatch.setattr(picture, "FONT_PATHS", ())
    monkeypatch.setenv(picture.FONT_ENV, path)
    assert font_path() == path
    _open(table_png(ROSTER))
