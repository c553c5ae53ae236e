"""The cached regex helpers answer exactly as the ``re`` functions they stand for."""

import re

from geo import rx

TEXT = "Gunmen stormed Kabul University, killing 22; police said. A bomb hit Kunduz."


def test_each_helper_answers_as_re_does():
    pat = r"\b(k\w+)\b"
    assert rx.search(pat, TEXT, re.IGNORECASE).group(1) == re.search(pat, TEXT, re.IGNORECASE).group(1) == "Kabul"
    assert rx.match(r"gunmen", TEXT, re.IGNORECASE) and not rx.match(r"gunmen", TEXT)
    assert rx.fullmatch(r"\d+", "22") and not rx.fullmatch(r"\d+", "22 people")
    assert [m.span() for m in rx.finditer(pat, TEXT, re.IGNORECASE)] == \
        [m.span() for m in re.finditer(pat, TEXT, re.IGNORECASE)]
    assert rx.findall(r"K\w+", TEXT) == re.findall(r"K\w+", TEXT) == ["Kabul", "Kunduz"]
    assert rx.split(r"[;.]\s*", TEXT, maxsplit=1) == re.split(r"[;.]\s*", TEXT, maxsplit=1)
    assert rx.sub(r"kabul", "X", TEXT, flags=re.IGNORECASE) == re.sub(r"kabul", "X", TEXT, flags=re.IGNORECASE)


def test_a_pattern_is_compiled_once_per_flag_set():
    rx.compiled.cache_clear()
    for _ in range(5):
        rx.search(r"police\s+said", TEXT)
        rx.search(r"police\s+said", TEXT, re.IGNORECASE)
    info = rx.compiled.cache_info()
    assert info.misses == 2 and info.hits == 8
