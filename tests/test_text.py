"""Page furniture, paragraphs and sentences: spans always point into the original text."""

from geo.text import clean_text, furniture_spans, paragraphs, sentences, split_sentences


def _furniture(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in furniture_spans(text)]


def test_furniture_of_different_sites_is_recognised_by_shape():
    text = (
        "Watch Live\n\n"
        "Gunmen kill 12 in northwest Nigeria\n\n"
        "(AP Photo/Sunday Alamba)\n"
        "By Ahmed Kingimi and Garba Muhammad\n"
        "KANO, Nigeria (Reuters) - Gunmen killed 12 villagers in Zamfara state on Sunday, police said.\n\n"
        "Advertisement\n\n"
        "Read more on the Zamfara killings\n"
        "and the banditry crisis\n\n"
        "Share on Facebook\n"
        "Related\n"
        "Download our app\n"
        "  • Jane Doe\n"
        "    Jane Doe is a West Africa correspondent, based at the Lagos bureau.\n"
    )
    furn = _furniture(text)
    assert "Watch Live" in furn
    assert "(AP Photo/Sunday Alamba)" in furn
    assert "By Ahmed Kingimi and Garba Muhammad" in furn
    assert "Advertisement" in furn
    assert "Read more on the Zamfara killings" in furn
    assert "and the banditry crisis" in furn
    assert "Share on Facebook" in furn
    assert "Related" in furn and "Download our app" in furn
    assert "• Jane Doe" in furn
    assert any(f.startswith("Jane Doe is a West Africa correspondent") for f in furn)
    # the title and the reporting stay
    assert "Gunmen kill 12 in northwest Nigeria" not in furn
    assert not any("Zamfara state on Sunday" in f for f in furn)


def test_title_is_first_paragraph_and_offsets_refer_to_original_text():
    text = "Watch CBSN Live\n\nBlast hits Quetta market\n\nA bomb exploded in Quetta on Monday. Ten died.\n"
    paras = paragraphs(text)
    assert paras[0].text == "Blast hits Quetta market"
    for p in paras:
        assert text[p.start:p.end] == p.text
    sents = [s for _, s in sentences(text)]
    assert [s.text for s in sents] == ["Blast hits Quetta market", "A bomb exploded in Quetta on Monday.",
                                       "Ten died."]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_sentence_splitting_keeps_abbreviations_and_initials():
    text = ("U.S. officials said Lt. Gen. Ali met Mr. Khan on Jan. 5 near No. 3 checkpoint. "
            "The AP photographer K.M. Chaudary saw it. \"We ran,\" a witness said. Police arrived at 3 p.m. "
            "on Friday.")
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "U.S. officials said Lt. Gen. Ali met Mr. Khan on Jan. 5 near No. 3 checkpoint.",
        "The AP photographer K.M. Chaudary saw it.",
        "\"We ran,\" a witness said.",
        "Police arrived at 3 p.m. on Friday.",
    ]


def test_hard_wrapped_lines_are_joined_but_headings_are_not():
    text = ("Attack in Mogadishu\n"
            "A car bomb exploded near the parliament in Mogadishu on Saturday, killing at least\n"
            "five people, police said.\n")
    paras = paragraphs(text)
    assert [p.text.splitlines()[0] for p in paras] == ["Attack in Mogadishu",
                                                      "A car bomb exploded near the parliament in Mogadishu on Saturday, killing at least"]
    sents = [s.text for _, s in sentences(text)]
    assert len(sents) == 2 and sents[1].endswith("police said.")


def test_bad_text_never_raises():
    assert clean_text(None) == ("", ["article has no text"])
    text, warnings = clean_text("   ")
    assert warnings == ["article text is empty"]
    junk = "\x00\x01\x02" * 500 + "A bomb exploded in Kabul."
    text, warnings = clean_text(junk)
    assert len(text) == len(junk)  # offsets stay valid
    assert "\x00" not in text and warnings
    text, warnings = clean_text(b"Blast in Herat")
    assert text == "Blast in Herat" and warnings
    assert paragraphs("") == [] and sentences("") == []


def test_a_bare_caption_line_and_one_signed_ap_photo_are_furniture():
    text = ("Blast kills nine\n\n"
            "A bomb exploded in a market in Hilla on Monday, killing nine people, police said.\n\n"
            "Caption: Mourners carry a coffin in Hilla, Iraq, on Tuesday. (AP Photo)\n\n"
            "Iraqi soldiers guard the site of the blast in Hilla on Monday. (Reuters Photo)\n")
    furn = _furniture(text)
    assert any(f.startswith("Caption: Mourners carry a coffin") for f in furn)
    assert any(f.startswith("Iraqi soldiers guard the site") for f in furn)
    assert not any("killing nine people" in f for f in furn)
