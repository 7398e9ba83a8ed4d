"""The code page of a list that is not UTF-8 (readers.decode_text, with chardet): every file of a
labelled set (charset_samples.py: twelve languages, member lists and CORDIS-like exports of 4
and 300 rows, each in the encodings its offices send) reads as the text that was written, and
its note names a code page that reads it so."""

from __future__ import annotations

import codecs

import pytest

from consortium_planner.importing.readers import decode_text, read_workbook
from tests.importing.charset_samples import ENCODINGS, Sample, csv_text, encoded, samples

SAMPLES = samples()
# The code page each note names, as the user reads it.
NAMED = {"Windows-1252": "cp1252", "Windows-1250": "cp1250", "Windows-1253": "cp1253",
         "Windows-1251": "cp1251", "Mac Roman": "mac_roman", "ISO 8859-2": "iso8859_2",
         "ISO 8859-7": "iso8859_7", "Latin-1": "latin-1"}


def named_code_page(note: str) -> str:
    (code_page,) = [codec for name, codec in NAMED.items() if f" {name} " in note]
    return code_page


def misread(encoding: str) -> list[str]:
    return [sample.label for sample in SAMPLES
            if sample.encoding == encoding and decode_text(sample.data)[0] != sample.text]


def of(encoding: str) -> list[Sample]:
    return [sample for sample in SAMPLES if sample.encoding == encoding]


@pytest.mark.parametrize("encoding", sorted({
    encoding for encodings in ENCODINGS.values() for encoding in encodings} - {"iso-8859-7"}))
def test_every_list_reads_as_written(encoding: str) -> None:
    assert misread(encoding) == []


@pytest.mark.parametrize("encoding", ["cp1252", "iso-8859-1", "mac_roman", "cp1250",
                                      "iso-8859-2", "cp1253", "iso-8859-7", "cp1251"])
def test_the_note_names_a_code_page_that_reads_the_file(encoding: str) -> None:
    for sample in of(encoding):
        _, note = decode_text(sample.data)
        reading = sample.data.decode(named_code_page(note))
        assert reading == decode_text(sample.data)[0], sample.label


def test_a_western_list_is_named_by_the_code_page_excel_writes() -> None:
    """An ISO 8859-1 file reads as Windows-1252 does (it has none of the bytes where they
    differ); a Hungarian ISO 8859-2 file as Windows-1250: the note names Excel's."""
    assert {named_code_page(decode_text(s.data)[1]) for s in of("iso-8859-1")} == {"cp1252"}
    hungarian = [s for s in of("iso-8859-2") if s.language == "hu"]
    assert {named_code_page(decode_text(s.data)[1]) for s in hungarian} == {"cp1250"}


def test_czech_and_hungarian_windows_1250_are_not_taken_for_western() -> None:
    """Their letters are letters in Windows-1252 too ("Tøebíè", "Gyõr"): telling them apart takes
    a language model, which chardet has."""
    for sample in of("cp1250"):
        text, note = decode_text(sample.data)
        assert (text, named_code_page(note)) == (sample.text, "cp1250"), sample.label


def test_greek_iso_8859_7_reads_as_windows_1253_where_the_two_share_letters() -> None:
    """chardet rates the two alike; Windows-1253 (what Excel writes) wins, so an ISO 8859-7
    euro sign reads as "¤" and "Ά" as "¶" (the bytes where they differ): every other letter
    reads as written, and the note says which code page was assumed."""
    for sample in of("iso-8859-7"):
        text, note = decode_text(sample.data)
        assert named_code_page(note) == "cp1253"
        assert {(a, b) for a, b in zip(sample.text, text) if a != b} <= {("€", "¤"), ("Ά", "¶")}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_not_refused(tmp_path, encoding: str) -> None:
    """Some database tools write UTF-16 without a mark; its NULs made it look binary."""
    text, data = encoded(csv_text("el", "members", 4), encoding)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    path = tmp_path / "meli.csv"
    path.write_bytes(data)
    workbook = read_workbook(path)
    assert workbook.sheets[0].rows[0][0] == "Επωνυμία"
    assert [row[4] for row in workbook.sheets[0].rows[1:]] == ["Ελλάδα"] * 4
    assert any("UTF-16" in note for note in workbook.notes)


def test_binary_bytes_with_nuls_are_still_refused(tmp_path) -> None:
    from consortium_planner.importing.errors import ImportFileError

    path = tmp_path / "list.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFileError, match="neither a spreadsheet"):
        read_workbook(path)
