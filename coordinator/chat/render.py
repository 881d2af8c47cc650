"""Plain-text rendering of tables, shared by the console and by Discord code blocks."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from coordinator.chat.reply import Button, Reply, Table


def rich_table(table: Table) -> RichTable:
    rendered = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, caption=Text(table.caption) if table.caption else None)
    for header in table.headers:
        rendered.add_column(Text(header), no_wrap=True)
    for row in table.rows:
        rendered.add_row(*(Text(cell) for cell in row))
    return rendered


def table_text(table: Table, width: int = 100) -> str:
    """The table as monospace text; rich measures CJK characters as two columns."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, legacy_windows=False).print(rich_table(table))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip("\n")


def reply_lines(reply: Reply, width: int = 100) -> list[str]:
    """A reply as plain text: title, text, table and the commands behind its buttons."""
    lines = [reply.title] if reply.title else []
    table = table_text(reply.table, width).splitlines() if reply.table else []
    if reply.table and reply.table.lead:
        lines.extend(table)
    if reply.text:
        lines.extend(reply.text.splitlines())
    if reply.table and not reply.table.lead:
        lines.extend(table)
    if reply.buttons:
        lines.append("  ".join(f"[{b.label}: /{b.command}{_button_args(b)}]" for b in reply.buttons))
    if reply.form:
        fields = " ".join(f"{field.name}:…" for field in reply.form.fields)
        lines.append(f"[{reply.form.title}: /{reply.form.command} {fields}]")
    if reply.thread:
        lines.append(f"[#{reply.thread}]")
    return lines


def _button_args(button: Button) -> str:
    return "".join(f" {name}:{value}" for name, value in button.args.items())
