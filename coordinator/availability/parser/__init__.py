"""Read free-text availability (Chinese, English or both) into slots, leave and a confidence flag."""

from .parse import parse_availability, read
from .result import ParseResult

__all__ = ["ParseResult", "parse_availability", "read"]
