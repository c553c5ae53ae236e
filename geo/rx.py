"""The ``re`` functions the extraction rules call with pattern strings, over a compiled-pattern
cache of their own.

The rules write their patterns inline, next to the case they handle; there are several hundred
of them, more than the ``re`` module's own cache keeps, so with ``re.search(pattern, ...)`` they
were compiled again and again. These functions take the same arguments as their ``re``
namesakes.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

IGNORECASE = re.IGNORECASE


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string, maxsplit)


def sub(pattern: str, repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)
