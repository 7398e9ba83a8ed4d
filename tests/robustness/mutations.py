"""A deterministic mutator for the robustness fuzz test (issue 10): hostile variants of the
project's own files, so the command line meets what a hostile world sends it.

Seeds are made from the project itself: organisation lists (.xlsx, .ods, .csv) filled with the
demo's organisations (written the way tests/importing/conftest.py writes them, and the CSV that
`export --csv` writes), a partner workbook from `template`, and the demo's project JSON from
`dump`. `generate_cases(count, seed)` then derives `count` cases from them with a seeded
`random.Random`: the same (count, seed) always gives the same bytes, so a failing case is
reproduced from its id alone (`python -m ... --only ID`, see benchmarks/fuzz_campaign.py).

Mutations, by family (the category a case is reported under is "<kind>/<mutation>"):
- zip: byte flips, truncation, bad CRC, corrupt or truncated deflate, lying sizes, missing,
  duplicated or unknown-method members;
- xml (xlsx, ods): a huge dimension or one far cell (XFD20000), bad cell references, shared
  strings whose count lies or whose index is out of range, huge repeats (ods), deep nesting,
  entity declarations, hostile numbers and text, malformed XML; row moves in partner workbooks;
- csv: unclosed quotes, odd delimiters, NUL bytes, BOMs, mixed encodings, huge fields and
  numbers, lone surrogates, CR line ends;
- json: type swaps, huge ints, deep nesting, surrogates, nulls, missing and duplicated keys,
  duplicated entries, byte damage.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_GENERATED_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)

# kind -> (suffix, command, workspace the command runs against)
KINDS: dict[str, tuple[str, str, str]] = {
    "list-xlsx": (".xlsx", "import", "empty"),
    "list-ods": (".ods", "import", "empty"),
    "list-csv": (".csv", "import", "empty"),
    "partner-xlsx": (".xlsx", "import", "demo"),
    "project-json": (".json", "load", "empty"),
}


@dataclass(frozen=True)
class Case:
    """One mutated file and the command that reads it."""

    ident: str  # "<seed>-<index>", enough to regenerate it
    kind: str  # a key of KINDS
    mutation: str  # "+"-joined mutation names
    data: bytes
    options: tuple[str, ...]  # extra command options, e.g. ("--skip-invalid",)

    @property
    def category(self) -> str:
        return f"{self.kind}/{self.mutation.split('+')[0]}"

    @property
    def suffix(self) -> str:
        return KINDS[self.kind][0]

    @property
    def command(self) -> str:
        return KINDS[self.kind][1]

    @property
    def workspace(self) -> str:
        return KINDS[self.kind][2]

    @property
    def same_figures(self) -> bool:
        """Only rows moved in an unedited partner workbook: the right reading changes nothing."""
        return self.kind == "partner-xlsx" and self.mutation == "insert_row"

    def argv(self, workspace: Path, file: Path) -> list[str]:
        if self.command == "load":
            return ["load", str(workspace), str(file), *self.options]
        return ["import", str(workspace), str(file), "--json", *self.options]


# --- seeds -----------------------------------------------------------------------------------

LIST_HEADER = ["Legal name", "Short name", "PIC", "VAT", "Country", "NUTS 2",
               "Organisation type", "Staff", "Turnover", "City", "E-mail"]
LIST_FIELDS = ["legal_name", "short_name", "pic", "vat", "country", "nuts2", "org_type", "staff",
               "turnover", "city", "email"]


def _importing_conftest():
    """tests/importing/conftest.py, whose writers make the importing tests' spreadsheets."""
    spec = importlib.util.spec_from_file_location(
        "_importing_conftest", ROOT / "tests" / "importing" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _organisation_rows(document: dict) -> list[list[object]]:
    rows: list[list[object]] = []
    for organisation in document["organisations"]:
        row = [organisation.get(name) for name in LIST_FIELDS]
        row[LIST_FIELDS.index("turnover")] = float(organisation.get("turnover") or 0)
        rows.append(row)
    return rows


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed times (and fixed document dates) so seeds are byte-stable."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb">\d{4}-\d\d-\d\dT[^<]*<", b">2026-01-01T00:00:00Z<", payload)
            fresh = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fresh.compress_type = info.compress_type
            target.writestr(fresh, payload)
    return out.getvalue()


def with_shared_strings(data: bytes) -> bytes:
    """The same workbook with its text in a shared-strings table, as Excel writes it (openpyxl
    writes inline strings, which would leave the shared-strings mutations nothing to bite)."""
    entries = read_entries(data)
    strings: list[bytes] = []

    def share(match: re.Match) -> bytes:
        strings.append(match.group(2))
        return match.group(1) + b' t="s"><v>' + str(len(strings) - 1).encode() + b"</v></c>"

    for entry in entries:
        if entry.name.startswith(b"xl/worksheets/"):
            plain = zlib.decompress(entry.payload, -15) if entry.method == 8 else entry.payload
            plain = re.sub(rb'(<c r="[A-Z]+\d+"[^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
                           share, plain)
            entries[entries.index(entry)] = entry_for(entry.name.decode(), plain)
        elif entry.name == b"[Content_Types].xml":
            plain = zlib.decompress(entry.payload, -15) if entry.method == 8 else entry.payload
            plain = plain.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                  b'ContentType="application/vnd.openxmlformats-officedocument.'
                                  b'spreadsheetml.sharedStrings+xml"/></Types>')
            entries[entries.index(entry)] = entry_for(entry.name.decode(), plain)
        elif entry.name == b"xl/_rels/workbook.xml.rels":
            plain = zlib.decompress(entry.payload, -15) if entry.method == 8 else entry.payload
            plain = plain.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://'
                                  b"schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                  b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            entries[entries.index(entry)] = entry_for(entry.name.decode(), plain)
    table = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
             b'schemas.openxmlformats.org/spreadsheetml/2006/main" count="'
             + str(len(strings)).encode() + b'" uniqueCount="' + str(len(strings)).encode()
             + b'">' + b"".join(b"<si><t>" + text + b"</t></si>" for text in strings) + b"</sst>")
    entries.append(entry_for("xl/sharedStrings.xml", table))
    return write_entries(entries)


def build_seeds(folder: Path) -> dict[str, list[tuple[str, bytes]]]:
    """Make the seed files (and the demo workspace they belong to) in `folder`.

    Returns kind -> [(seed name, bytes)]; `folder / "demo.cpw"` and `folder / "empty.cpw"` are
    the workspaces the cases run against (copied per case).
    """
    from consortium_planner.cli import main
    from consortium_planner.demo import create_demo_workspace
    from consortium_planner.exporting.partner_template import write_partner_workbook
    from consortium_planner.services.snapshot import find_project_id, load_snapshot
    from consortium_planner.workspace import Workspace

    folder.mkdir(parents=True, exist_ok=True)
    demo = create_demo_workspace(folder / "demo.cpw", overwrite=True)
    empty = folder / "empty.cpw"
    if empty.exists():
        empty.unlink()
    Workspace.create(empty).close()
    document_path = folder / "demo.json"
    with Workspace.open(demo, read_only=True) as workspace:
        with workspace.sessions() as session:
            snapshot = load_snapshot(session, find_project_id(session, None))
    document_path.write_text(json.dumps(_dump(snapshot), indent=2, ensure_ascii=False),
                             encoding="utf-8")
    document = json.loads(document_path.read_text(encoding="utf-8"))
    writers = _importing_conftest()
    rows = _organisation_rows(document)
    table = [LIST_HEADER, *rows]

    seeds: dict[str, list[tuple[str, bytes]]] = {kind: [] for kind in KINDS}
    xlsx = writers.write_xlsx(folder / "members.xlsx", table)
    seeds["list-xlsx"].append(("members.xlsx", normalise_zip(xlsx.read_bytes())))
    titled = writers.write_xlsx(folder / "titled.xlsx",
                                [["Cluster members 2026"], [], *table], title="Mitglieder")
    seeds["list-xlsx"].append(("titled.xlsx", normalise_zip(titled.read_bytes())))
    seeds["list-xlsx"].append(("shared.xlsx", with_shared_strings(seeds["list-xlsx"][0][1])))
    ods = writers.write_ods(folder / "members.ods",
                            [("Members", table, False), ("Old", [["x"]], True)])
    seeds["list-ods"].append(("members.ods", normalise_zip(ods.read_bytes())))
    text = "\n".join(";".join("" if v is None else str(v) for v in row) for row in table) + "\n"
    seeds["list-csv"].append(("members.csv", text.encode("utf-8")))
    exported = folder / "csv"
    if main(["export", str(demo), "--csv", str(exported)]) != 0:
        raise RuntimeError("export --csv of the demo failed")
    seeds["list-csv"].append(("partners.csv", (exported / "partners.csv").read_bytes()))
    for number in (2, 3):
        path = write_partner_workbook(snapshot, number, folder / f"partner{number}.xlsx",
                                      generated_at=FIXED_GENERATED_AT)
        seeds["partner-xlsx"].append((path.name, normalise_zip(path.read_bytes())))
    seeds["partner-xlsx"].append(("partner2-shared.xlsx",
                                  with_shared_strings(seeds["partner-xlsx"][0][1])))
    seeds["project-json"].append(("demo.json", document_path.read_bytes()))
    return seeds


def _dump(snapshot) -> dict:
    from consortium_planner.services.interchange import dump_project

    return dump_project(snapshot)


# --- zip level ---------------------------------------------------------------------------------


@dataclass
class Entry:
    """One zip member as it will be written, every header field under our control."""

    name: bytes
    payload: bytes  # the bytes as stored (compressed for method 8)
    method: int
    crc: int
    compressed: int
    size: int


def read_entries(data: bytes) -> list[Entry]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    entries = []
    for info in archive.infolist():
        plain = archive.read(info.filename)
        entries.append(entry_for(info.filename, plain, deflate=info.compress_type == 8))
    return entries


def entry_for(name: str, plain: bytes, *, deflate: bool = True) -> Entry:
    if deflate:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        payload = packer.compress(plain) + packer.flush()
    else:
        payload = plain
    return Entry(name.encode("utf-8"), payload, 8 if deflate else 0, zlib.crc32(plain),
                 len(payload), len(plain))


def write_entries(entries: list[Entry]) -> bytes:
    """A zip with exactly the header fields given (sizes and CRCs may lie)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for entry in entries:
        offset = out.tell()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, entry.method, 0, 0x5C21,
                             entry.crc & 0xFFFFFFFF, entry.compressed & 0xFFFFFFFF,
                             entry.size & 0xFFFFFFFF, len(entry.name), 0)
        out.write(header + entry.name + entry.payload)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, entry.method, 0,
                                  0x5C21, entry.crc & 0xFFFFFFFF,
                                  entry.compressed & 0xFFFFFFFF, entry.size & 0xFFFFFFFF,
                                  len(entry.name), 0, 0, 0, 0, 0, offset) + entry.name)
    start = out.tell()
    directory = central.getvalue()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                          len(directory), start, 0))
    return out.getvalue()


def _pick_entry(rng: random.Random, entries: list[Entry], prefer: str = "") -> Entry:
    preferred = [e for e in entries if prefer and prefer.encode() in e.name]
    return rng.choice(preferred or entries)


def _sheet_like(entries: list[Entry]) -> str:
    names = b" ".join(e.name for e in entries)
    if b"content.xml" in names:
        return "content.xml"
    return "worksheets/"


def zip_byte_flip(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.choice([1, 2, 8, 64])):
        buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def zip_truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def zip_bad_crc(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    _pick_entry(rng, entries, _sheet_like(entries)).crc ^= rng.randrange(1, 2**32)
    return write_entries(entries)


def zip_corrupt_deflate(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    entry = _pick_entry(rng, [e for e in entries if e.method == 8] or entries,
                        _sheet_like(entries))
    payload = bytearray(entry.payload)
    for _ in range(rng.choice([1, 4, 32])):
        payload[rng.randrange(len(payload))] = rng.randrange(256)
    entry.payload = bytes(payload)
    return write_entries(entries)


def zip_truncated_deflate(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    entry = _pick_entry(rng, [e for e in entries if e.method == 8] or entries,
                        _sheet_like(entries))
    entry.payload = entry.payload[: rng.randrange(0, max(1, len(entry.payload)))]
    if rng.random() < 0.5:  # and say so in the headers, or keep the old size (a lie)
        entry.compressed = len(entry.payload)
    return write_entries(entries)


def zip_lying_sizes(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    entry = _pick_entry(rng, entries, _sheet_like(entries))
    entry.size = rng.choice([0, 1, entry.size // 2, entry.size * 1000, 0xFFFFFFFE])
    if rng.random() < 0.3:
        entry.compressed = rng.choice([0, entry.compressed + 1000, 0xFFFFFFFE])
    return write_entries(entries)


def zip_member_missing(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    del entries[rng.randrange(len(entries))]
    return write_entries(entries)


def zip_member_duplicated(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    original = _pick_entry(rng, entries, _sheet_like(entries))
    twin = entry_for(original.name.decode(), b"<garbage/>" if rng.random() < 0.5 else b"")
    entries.insert(rng.randrange(len(entries) + 1), twin)
    return write_entries(entries)


def zip_unknown_method(rng: random.Random, data: bytes) -> bytes:
    entries = read_entries(data)
    _pick_entry(rng, entries, _sheet_like(entries)).method = rng.choice([1, 12, 14, 99])
    return write_entries(entries)


@functools.lru_cache(maxsize=4)
def _bomb(megabytes: int) -> tuple[bytes, int, int]:
    """(deflated payload, CRC, size) of a member of `megabytes` MB of blanks, built once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * 1024 * 1024
    parts, crc = [packer.compress(b"<a>")], zlib.crc32(b"<a>")
    for _ in range(megabytes):
        parts.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(packer.compress(b"</a>") + packer.flush())
    crc = zlib.crc32(b"</a>", crc)
    return b"".join(parts), crc, megabytes * 1024 * 1024 + 7


def zip_bomb_member(rng: random.Random, data: bytes) -> bytes:
    """A sheet that inflates to 25-100 MB from a few hundred KB, its size told truthfully."""
    entries = read_entries(data)
    entry = _pick_entry(rng, entries, _sheet_like(entries))
    payload, crc, size = _bomb(rng.choice([25, 100]))
    entries[entries.index(entry)] = Entry(entry.name, payload, 8, crc, len(payload), size)
    return write_entries(entries)


ZIP_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "byte_flip": zip_byte_flip,
    "truncate": zip_truncate,
    "bad_crc": zip_bad_crc,
    "corrupt_deflate": zip_corrupt_deflate,
    "truncated_deflate": zip_truncated_deflate,
    "lying_sizes": zip_lying_sizes,
    "member_missing": zip_member_missing,
    "member_duplicated": zip_member_duplicated,
    "unknown_method": zip_unknown_method,
    "zip_bomb": zip_bomb_member,
}


# --- xml inside the zip ------------------------------------------------------------------------


def _edit_member(data: bytes, pattern: str, edit: Callable[[bytes, str], bytes],
                 rng: random.Random) -> bytes:
    """Apply `edit(xml, member name)` to one member whose name contains `pattern`."""
    entries = read_entries(data)
    candidates = [e for e in entries if pattern.encode() in e.name]
    if not candidates:
        return data
    entry = rng.choice(candidates)
    plain = zlib.decompress(entry.payload, -15) if entry.method == 8 else entry.payload
    name = entry.name.decode()
    entries[entries.index(entry)] = entry_for(name, edit(plain, name), deflate=entry.method == 8)
    return write_entries(entries)


def _sheet_member(data: bytes) -> str:
    return "content.xml" if b"content.xml" in data else "xl/worksheets/sheet"


HOSTILE_NUMBERS = [b"1e308", b"-1e308", b"1e400", b"NaN", b"inf", b"-0",
                   b"18446744073709551617", b"9" * 40, b"-9223372036854775809", b"0x10",
                   b"1,5", b"", b"2.5e-400", b"12345678901234567890.123"]
HOSTILE_TEXTS = ["\u0001=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)",
                 "x" * 40000, "\u202eevil", "\U0001F600\u4e2d\u6587", "WP1", "WP1\u00a0",
                 "<b>bold</b>", "'; DROP TABLE organisation; --", "", " ", "\t=1+1"]


def _xml_text(text: str) -> bytes:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .encode("utf-8"))


def _with_dimension(xml: bytes, ref: bytes) -> bytes:
    if re.search(rb"<dimension [^>]*/>", xml):
        return re.sub(rb"<dimension [^>]*/>", b'<dimension ref="' + ref + b'"/>', xml, count=1)
    return xml.replace(b"<sheetData", b'<dimension ref="' + ref + b'"/><sheetData', 1)


def xml_huge_dimension(rng: random.Random, data: bytes) -> bytes:
    ref = rng.choice([b"A1:XFD1048576", b"A1:XFD20000", b"A1:ZZZZZ99999999", b"XFD1048576",
                      b"A1:A4294967296"])
    return _edit_member(data, "xl/worksheets/sheet", lambda x, _: _with_dimension(x, ref), rng)


def xml_far_cell(rng: random.Random, data: bytes) -> bytes:
    """One value in a far corner (the issue's XFD20000), with or without a dimension to match."""
    ref = rng.choice([b"XFD20000", b"XFD1048576", b"A1048576", b"AAA100000"])
    row = re.match(rb"[A-Z]+(\d+)", ref).group(1)

    def edit(xml: bytes, _name: str) -> bytes:
        cell = b'<row r="' + row + b'"><c r="' + ref + b'" t="inlineStr"><is><t>far</t></is></c></row>'
        xml = xml.replace(b"</sheetData>", cell + b"</sheetData>", 1)
        if rng.random() < 0.5:
            xml = _with_dimension(xml, b"A1:" + ref)
        return xml
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def xml_bad_cell_ref(rng: random.Random, data: bytes) -> bytes:
    bad = rng.choice([b"A0", b"1A", b"", b"ZZZZZZZZ1", b"A99999999999", b"A-1", b"\xc3\xa91",
                      b"XFE1", b"A1048577", b"AA", b"$A$1"])

    def edit(xml: bytes, _name: str) -> bytes:
        refs = list(re.finditer(rb'<c r="[A-Z]+\d+"', xml))
        if not refs:
            return xml
        match = rng.choice(refs)
        return xml[: match.start()] + b'<c r="' + bad + b'"' + xml[match.end():]
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def xml_bad_row_number(rng: random.Random, data: bytes) -> bytes:
    bad = rng.choice([b"0", b"-1", b"1048577", b"4294967297", b"x", b""])

    def edit(xml: bytes, _name: str) -> bytes:
        rows = list(re.finditer(rb'<row r="\d+"', xml))
        if not rows:
            return xml
        match = rng.choice(rows)
        return xml[: match.start()] + b'<row r="' + bad + b'"' + xml[match.end():]
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def xml_shared_strings_count(rng: random.Random, data: bytes) -> bytes:
    lie = str(rng.choice([0, 1, 999999999, 2**31 + 5, 2**32 + 1, -1])).encode()

    def edit(xml: bytes, _name: str) -> bytes:
        xml = re.sub(rb'count="\d+"', b'count="' + lie + b'"', xml, count=1)
        return re.sub(rb'uniqueCount="\d+"', b'uniqueCount="' + lie + b'"', xml, count=1)
    if b"sharedStrings" not in data:
        data = with_shared_strings(data)
    return _edit_member(data, "sharedStrings", edit, rng)


def xml_shared_string_index(rng: random.Random, data: bytes) -> bytes:
    index = rng.choice([b"99999", b"-1", b"4294967296", b"1.5", b"x", b"", b"18446744073709551616"])

    def edit(xml: bytes, _name: str) -> bytes:
        cells = list(re.finditer(rb'(<c [^>]*t="s"[^>]*>)<v>\d+</v>', xml))
        match = rng.choice(cells)
        return xml[: match.start()] + match.group(1) + b"<v>" + index + b"</v>" + xml[match.end():]
    if b"sharedStrings" not in data:
        data = with_shared_strings(data)
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def xml_deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([1000, 50000, 200000])
    tag = rng.choice([b"x", b"is", b"text:span"])

    def edit(xml: bytes, name: str) -> bytes:
        blob = (b"<" + tag + b">") * depth + b"deep" + (b"</" + tag + b">") * depth
        anchor = b"</sheetData>" if b"</sheetData>" in xml else b"</table:table>"
        if anchor not in xml:
            anchor = xml[-20:]
        return xml.replace(anchor, blob + anchor, 1)
    return _edit_member(data, _sheet_member(data), edit, rng)


def xml_entity(rng: random.Random, data: bytes) -> bytes:
    doctype = rng.choice([
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
        b"<!DOCTYPE x [<!ELEMENT x ANY>]>",
    ])

    def edit(xml: bytes, _name: str) -> bytes:
        end = xml.find(b"?>")
        head, tail = (xml[: end + 2], xml[end + 2:]) if end >= 0 else (b"", xml)
        if rng.random() < 0.5:
            tail = re.sub(rb"<t>[^<]*</t>", b"<t>&d;</t>", tail, count=1)
        return head + doctype + tail
    pattern = rng.choice([_sheet_member(data), "sharedStrings", "workbook.xml", "xml"])
    return _edit_member(data, pattern, edit, rng)


def xml_hostile_number(rng: random.Random, data: bytes) -> bytes:
    value = rng.choice(HOSTILE_NUMBERS)

    def edit(xml: bytes, _name: str) -> bytes:
        if b"office:value=" in xml:
            found = list(re.finditer(rb'office:value="[^"]*"', xml))
            if found:
                match = rng.choice(found)
                return xml[: match.start()] + b'office:value="' + value + b'"' + xml[match.end():]
        found = list(re.finditer(rb"(<c [^>]*>)<v>([^<]*)</v>", xml))
        found = [m for m in found if b't="s"' not in m.group(1)] or found
        if not found:
            return xml
        match = rng.choice(found)
        return xml[: match.start()] + match.group(1) + b"<v>" + value + b"</v>" + xml[match.end():]
    return _edit_member(data, _sheet_member(data), edit, rng)


def xml_cell_type(rng: random.Random, data: bytes) -> bytes:
    kind = rng.choice([b'"b"', b'"e"', b'"d"', b'"str"', b'"inlineStr"', b'"zz"', b'"n"'])

    def edit(xml: bytes, _name: str) -> bytes:
        if b"office:value-type=" in xml:
            odf = rng.choice([b'"date"', b'"boolean"', b'"percentage"', b'"time"', b'"zz"'])
            return re.sub(rb'office:value-type="[^"]*"', b"office:value-type=" + odf, xml,
                          count=rng.randrange(1, 6))
        cells = list(re.finditer(rb'<c r="[A-Z]+\d+"( [^>]*)?>', xml))
        if not cells:
            return xml
        match = rng.choice(cells)
        head = re.sub(rb' t="[^"]*"', b"", match.group(0))
        return xml[: match.start()] + head[:-1] + b" t=" + kind + b">" + xml[match.end():]
    return _edit_member(data, _sheet_member(data), edit, rng)


def xml_hostile_text(rng: random.Random, data: bytes) -> bytes:
    text = rng.choice(HOSTILE_TEXTS)
    raw = rng.choice([_xml_text(text), b"&#xD800;", b"&#0;", b"\x00", b"\xff\xfe",
                      b"&#x1F600;" * 3, b"&bogus;"])

    def edit(xml: bytes, _name: str) -> bytes:
        found = list(re.finditer(rb"(<t[^>]*>|<text:p>)([^<]*)(</t>|</text:p>)", xml))
        if not found:
            return xml
        match = rng.choice(found)
        return xml[: match.start()] + match.group(1) + raw + match.group(3) + xml[match.end():]
    pattern = "sharedStrings" if b"sharedStrings" in data and rng.random() < 0.5 else _sheet_member(data)
    return _edit_member(data, pattern, edit, rng)


def xml_malformed(rng: random.Random, data: bytes) -> bytes:
    def edit(xml: bytes, _name: str) -> bytes:
        choice = rng.randrange(4)
        if choice == 0:
            return xml[: rng.randrange(1, len(xml))]
        if choice == 1:
            closings = list(re.finditer(rb"</[a-zA-Z:]+>", xml))
            if closings:
                match = rng.choice(closings)
                return xml[: match.start()] + xml[match.end():]
        if choice == 2:
            return xml.replace(b'encoding="UTF-8"', b'encoding="EBCDIC-CP-US"', 1) + b"\xff"
        position = rng.randrange(len(xml))
        return xml[:position] + b"<" + xml[position:]
    pattern = rng.choice([_sheet_member(data), "workbook.xml", "styles.xml", "rels",
                          "sharedStrings", "Content_Types", "manifest"])
    return _edit_member(data, pattern, edit, rng)


def ods_huge_repeat(rng: random.Random, data: bytes) -> bytes:
    """A repeated row or column that holds a value (LibreOffice pads with empty ones)."""
    count = rng.choice([b"1048576", b"16384", b"2147483647", b"99999999999", b"-5", b"0"])
    attribute = rng.choice([b"table:number-rows-repeated", b"table:number-columns-repeated"])

    def edit(xml: bytes, _name: str) -> bytes:
        target = b"<table:table-row" if b"rows" in attribute else b"<table:table-cell office"
        found = [m.start() for m in re.finditer(re.escape(target), xml)]
        if not found:
            return xml
        start = rng.choice(found) + len(target)
        return xml[:start] + b" " + attribute + b'="' + count + b'"' + xml[start:]
    return _edit_member(data, "content.xml", edit, rng)


def ods_spanned(rng: random.Random, data: bytes) -> bytes:
    span = rng.choice([b"1048576", b"16384", b"-1", b"0"])
    attribute = rng.choice([b"table:number-rows-spanned", b"table:number-columns-spanned"])
    return _edit_member(data, "content.xml", lambda x, _: x.replace(
        b"<table:table-cell office", b"<table:table-cell " + attribute + b'="' + span + b'" office',
        rng.randrange(1, 5)), rng)


# --- row moves in the sheet XML (what a partner does to the layout) ----------------------------


def _renumber(xml: bytes, offset_from: int, delta: int) -> bytes:
    def row(match: re.Match) -> bytes:
        number = int(match.group(2))
        return match.group(1) + str(number + delta if number >= offset_from else number).encode()

    xml = re.sub(rb'(<row r=")(\d+)', row, xml)
    return re.sub(rb'(<c r="[A-Z]+)(\d+)', row, xml)


def sheet_insert_row(rng: random.Random, data: bytes) -> bytes:
    def edit(xml: bytes, _name: str) -> bytes:
        numbers = [int(n) for n in re.findall(rb'<row r="(\d+)"', xml)]
        if not numbers:
            return xml
        return _renumber(xml, rng.choice(numbers), rng.choice([1, 1, 2]))
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def rows_moved(data: bytes, member: str, at: int, count: int = 1) -> bytes:
    """`data` with `count` blank rows inserted above row `at` of one sheet (values untouched)."""
    entries = read_entries(data)
    for index, entry in enumerate(entries):
        if entry.name == member.encode():
            plain = zlib.decompress(entry.payload, -15) if entry.method == 8 else entry.payload
            entries[index] = entry_for(member, _renumber(plain, at, count))
    return write_entries(entries)


def sheet_delete_row(rng: random.Random, data: bytes) -> bytes:
    def edit(xml: bytes, _name: str) -> bytes:
        rows = list(re.finditer(rb'<row r="\d+"[^>]*>.*?</row>', xml, re.S))
        if not rows:
            return xml
        match = rng.choice(rows)
        return xml[: match.start()] + xml[match.end():]
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def sheet_duplicate_row(rng: random.Random, data: bytes) -> bytes:
    """Copy one row's cells onto the next row (a work package or cost line listed twice)."""
    def edit(xml: bytes, _name: str) -> bytes:
        rows = list(re.finditer(rb'<row r="(\d+)"[^>]*>.*?</row>', xml, re.S))
        if not rows:
            return xml
        match = rng.choice(rows)
        number = int(match.group(1))
        copy = re.sub(rb'(<c r="[A-Z]+)\d+', lambda m: m.group(1) + str(number + 1).encode(),
                      match.group(0)).replace(match.group(0)[:30], match.group(0)[:30], 1)
        copy = re.sub(rb'<row r="\d+"', b'<row r="' + str(number + 1).encode() + b'"', copy, 1)
        shifted = _renumber(xml[match.end():], number + 1, 1)
        return xml[: match.end()] + copy + shifted
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


def sheet_clear_cell(rng: random.Random, data: bytes) -> bytes:
    def edit(xml: bytes, _name: str) -> bytes:
        cells = list(re.finditer(rb'<c r="[A-Z]+\d+"[^>]*?(/>|>.*?</c>)', xml, re.S))
        if not cells:
            return xml
        match = rng.choice(cells)
        return xml[: match.start()] + xml[match.end():]
    return _edit_member(data, "xl/worksheets/sheet", edit, rng)


XLSX_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "huge_dimension": xml_huge_dimension,
    "far_cell": xml_far_cell,
    "bad_cell_ref": xml_bad_cell_ref,
    "bad_row_number": xml_bad_row_number,
    "shared_strings_count": xml_shared_strings_count,
    "shared_string_index": xml_shared_string_index,
    "deep_nesting": xml_deep_nesting,
    "entity": xml_entity,
    "hostile_number": xml_hostile_number,
    "cell_type": xml_cell_type,
    "hostile_text": xml_hostile_text,
    "malformed_xml": xml_malformed,
}
ODS_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "huge_repeat": ods_huge_repeat,
    "spanned": ods_spanned,
    "deep_nesting": xml_deep_nesting,
    "entity": xml_entity,
    "hostile_number": xml_hostile_number,
    "cell_type": xml_cell_type,
    "hostile_text": xml_hostile_text,
    "malformed_xml": xml_malformed,
}
PARTNER_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    **XLSX_MUTATIONS,
    "insert_row": sheet_insert_row,
    "delete_row": sheet_delete_row,
    "duplicate_row": sheet_duplicate_row,
    "clear_cell": sheet_clear_cell,
}


# --- csv ---------------------------------------------------------------------------------------


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def csv_unclosed_quote(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(1, max(2, len(lines) - 1))
    fields = lines[index].split(b";" if b";" in lines[index] else b",")
    which = rng.randrange(len(fields))
    fields[which] = b'"' + fields[which]
    lines[index] = (b";" if b";" in lines[index] else b",").join(fields)
    return b"\n".join(lines)


def csv_delimiters(rng: random.Random, data: bytes) -> bytes:
    old = b";" if data.count(b";") > data.count(b",") else b","
    new = rng.choice([b"\t", b"|", b",", b";", b" ", b"\x1f", b";;"])
    lines = _lines(data)
    for index in rng.sample(range(len(lines)), k=rng.randrange(1, len(lines) + 1)):
        lines[index] = lines[index].replace(old, new)
    return b"\n".join(lines)


def csv_nul_bytes(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.choice([1, 3, 50])):
        buffer.insert(rng.randrange(len(buffer)), 0)
    return bytes(buffer)


def csv_bom(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    choice = rng.randrange(6)
    if choice == 0:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode("utf-8")
    if choice == 1:
        return b"\xff\xfe" + text.encode("utf-8")  # a UTF-16 mark on UTF-8 text
    if choice == 2:
        return text.encode("utf-16")
    if choice == 3:
        return text.encode("utf-16-be")  # no mark at all
    if choice == 4:
        return b"\xef\xbb\xbf"
    return b"\x00\x00\xfe\xff" + text.encode("utf-32-be")


def csv_mixed_encoding(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    for index in rng.sample(range(len(lines)), k=max(1, len(lines) // 3)):
        text = lines[index].decode("utf-8", "replace") + rng.choice(["Müller", "Łódź", "Ærø"])
        lines[index] = text.encode(rng.choice(["latin-1", "cp1250", "utf-8"]), "replace")
    return b"\n".join(lines)


def csv_huge_field(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(1, max(2, len(lines) - 1))
    size = rng.choice([70_000, 1_000_000, 5_000_000])
    blob = rng.choice([b"A", b"9", b"\xc3\xa9"]) * size
    separator = b";" if b";" in lines[0] else b","
    lines[index] = blob + separator + lines[index]
    return b"\n".join(lines)


def csv_many_columns(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    separator = b";" if b";" in lines[0] else b","
    extra = separator * rng.choice([5_000, 100_000])
    index = rng.randrange(len(lines))
    lines[index] = lines[index] + extra
    return b"\n".join(lines)


def csv_hostile_number(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    separator = b";" if b";" in lines[0] else b","
    header = lines[0].split(separator)
    columns = [i for i, name in enumerate(header)
               if re.search(rb"Staff|Turnover|PIC|personnel|No|Funding", name)] or [0]
    number = rng.choice(HOSTILE_NUMBERS + [b"2" * 5000, b"1" + b"0" * 19, b"9223372036854775808"])
    for _ in range(rng.randrange(1, 4)):
        index = rng.randrange(1, max(2, len(lines) - 1))
        fields = lines[index].split(separator)
        column = rng.choice(columns)
        if column < len(fields):
            fields[column] = number
        lines[index] = separator.join(fields)
    return b"\n".join(lines)


def csv_surrogate(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(1, max(2, len(lines) - 1))
    lone = rng.choice([b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80", b"\xc0\xaf"])
    lines[index] = lone + lines[index]
    return b"\n".join(lines)


def csv_line_ends(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", rng.choice([b"\r", b"\r\r\n", b"\n\n\n", b"\x0b",
                                         "\u2028".encode("utf-8")]))


def csv_hostile_text(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(1, max(2, len(lines) - 1))
    text = rng.choice(HOSTILE_TEXTS).encode("utf-8")
    lines[index] = text + lines[index]
    return b"\n".join(lines)


def csv_header_damage(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    choice = rng.randrange(4)
    if choice == 0:
        lines = lines[1:]
    elif choice == 1:
        lines.insert(1, lines[0])
    elif choice == 2:
        lines[0] = lines[0] + (b";" if b";" in lines[0] else b",") + lines[0]
    else:
        lines = [lines[0]] * 3
    return b"\n".join(lines)


def csv_bytes(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.5:
        return zip_byte_flip(rng, data)
    return zip_truncate(rng, data)


CSV_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "unclosed_quote": csv_unclosed_quote,
    "delimiters": csv_delimiters,
    "nul_bytes": csv_nul_bytes,
    "bom": csv_bom,
    "mixed_encoding": csv_mixed_encoding,
    "huge_field": csv_huge_field,
    "many_columns": csv_many_columns,
    "hostile_number": csv_hostile_number,
    "surrogate": csv_surrogate,
    "line_ends": csv_line_ends,
    "hostile_text": csv_hostile_text,
    "header_damage": csv_header_damage,
    "byte_damage": csv_bytes,
}


# --- json --------------------------------------------------------------------------------------


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, prefix + (index,))
    return found


def _set(document: object, path: tuple, value: object) -> object:
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


def _get(document: object, path: tuple) -> object:
    for step in path:
        document = document[step]
    return document


def _leaf_paths(document: object) -> list[tuple]:
    return [p for p in _paths(document) if p and not isinstance(_get(document, p), (dict, list))]


class _Raw:
    """A JSON fragment spliced in verbatim (numbers json cannot write, deep nests ...)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _render(document: object) -> bytes:
    raws: list[str] = []

    def default(value: object) -> str:
        if isinstance(value, _Raw):
            raws.append(value.text)
            return f"\u0000RAW{len(raws) - 1}\u0000"
        raise TypeError(value)

    text = json.dumps(document, indent=1, default=default, ensure_ascii=False)
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\u0000RAW{index}\u0000"), raw)
    return text.encode("utf-8", "surrogatepass")


def json_type_swap(rng: random.Random, document: object) -> object:
    for _ in range(rng.randrange(1, 4)):
        path = rng.choice([p for p in _paths(document) if p])
        _set(document, path, rng.choice([None, True, 0, -1, 1.5, "", "x", [], {}, [1], {"a": 1},
                                         "2027-02-30", "1e9999"]))
    return document


def json_huge_int(rng: random.Random, document: object) -> object:
    numeric = [p for p in _leaf_paths(document)
               if isinstance(_get(document, p), (int, float)) or str(p[-1]) in (
                   "staff", "turnover", "amount", "person_months", "duration_months", "number")]
    path = rng.choice(numeric or _leaf_paths(document))
    value = rng.choice([_Raw(str(2**63)), _Raw(str(2**64 + 1)), _Raw("-" + str(2**63 + 1)),
                        _Raw("1e400"), _Raw("-1e400"), _Raw("NaN"), _Raw("Infinity"),
                        _Raw("9" * 5000), _Raw("1" + "0" * 30), "99999999999999999999.99",
                        "1e400", "-0.00", _Raw("1.0e-400")])
    return _set(document, path, value)


def json_deep_nesting(rng: random.Random, document: object) -> object:
    depth = rng.choice([1_000, 100_000, 1_000_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    path = rng.choice([p for p in _paths(document) if p])
    return _set(document, path, _Raw(opener * depth + "1" + closer * depth))


def json_surrogate(rng: random.Random, document: object) -> object:
    strings = [p for p in _leaf_paths(document) if isinstance(_get(document, p), str)]
    path = rng.choice(strings)
    text = rng.choice(['"\\ud800"', '"A\\udfff B"', '"\\ud83d"', '"\\u0000"', '"\\u0001=1+1"',
                       '"\\udc00\\ud800"'])
    return _set(document, path, _Raw(text))


def json_nulls(rng: random.Random, document: object) -> object:
    for path in rng.sample([p for p in _paths(document) if p], k=rng.randrange(1, 6)):
        try:
            _set(document, path, None)
        except (KeyError, IndexError, TypeError):
            pass
    return document


def json_missing_key(rng: random.Random, document: object) -> object:
    keys = [p for p in _paths(document) if p and isinstance(p[-1], str)]
    for path in rng.sample(keys, k=rng.randrange(1, 4)):
        try:
            del _get(document, path[:-1])[path[-1]]
        except (KeyError, TypeError):
            pass
    return document


def json_duplicate_entry(rng: random.Random, document: object) -> object:
    lists = [p for p in _paths(document) if isinstance(_get(document, p), list) and _get(document, p)]
    path = rng.choice(lists)
    items = _get(document, path)
    index = rng.randrange(len(items))
    twin = json.loads(json.dumps(items[index]))
    if isinstance(twin, dict) and rng.random() < 0.5:  # the same thing under a new key/number
        for key in ("key", "number"):
            if key in twin:
                twin[key] = (twin[key] + "x") if isinstance(twin[key], str) else twin[key] + 100
    items.insert(index, twin)
    return document


def json_duplicate_key(rng: random.Random, document: object) -> object:
    objects = [p for p in _paths(document) if isinstance(_get(document, p), dict) and _get(document, p)]
    path = rng.choice(objects)
    node = _get(document, path)
    key = rng.choice(list(node))
    fragment = json.dumps(node)[:-1] + f", {json.dumps(key)}: " + rng.choice(
        ['null', '"other"', '-1', '[]', json.dumps(node[key])]) + "}"
    return _set(document, path, _Raw(fragment))


def json_hostile_value(rng: random.Random, document: object) -> object:
    strings = [p for p in _leaf_paths(document) if isinstance(_get(document, p), str)]
    for path in rng.sample(strings, k=rng.randrange(1, 4)):
        _set(document, path, rng.choice(HOSTILE_TEXTS + [
            "9999-12-31", "0001-01-01", "2027-13-45", "-1", "0", "1e9", "99999999999.99",
            "0.0000001", "100000000000000000000"]))
    return document


JSON_DOCUMENT_MUTATIONS: dict[str, Callable[[random.Random, object], object]] = {
    "type_swap": json_type_swap,
    "huge_int": json_huge_int,
    "deep_nesting": json_deep_nesting,
    "surrogate": json_surrogate,
    "nulls": json_nulls,
    "missing_key": json_missing_key,
    "duplicate_entry": json_duplicate_entry,
    "duplicate_key": json_duplicate_key,
    "hostile_value": json_hostile_value,
}


def _json_mutation(mutate: Callable[[random.Random, object], object]):
    def apply(rng: random.Random, data: bytes) -> bytes:
        return _render(mutate(rng, json.loads(data)))
    return apply


def json_bytes(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return zip_byte_flip(rng, data)
    if choice == 1:
        return zip_truncate(rng, data)
    if choice == 2:
        return b"\xef\xbb\xbf" + data
    if choice == 3:
        return data.decode("utf-8").encode("utf-16")
    return data.replace(b"\xc3", b"\xff", 3) + b"\x80"


JSON_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    **{name: _json_mutation(mutate) for name, mutate in JSON_DOCUMENT_MUTATIONS.items()},
    "byte_damage": json_bytes,
}

MUTATIONS: dict[str, dict[str, Callable[[random.Random, bytes], bytes]]] = {
    "list-xlsx": {**XLSX_MUTATIONS, **ZIP_MUTATIONS},
    "list-ods": {**ODS_MUTATIONS, **ZIP_MUTATIONS},
    "list-csv": CSV_MUTATIONS,
    "partner-xlsx": {**PARTNER_MUTATIONS, **ZIP_MUTATIONS},
    "project-json": JSON_MUTATIONS,
}
# how many rounds of its mutations each kind gets per cycle of PAIRS
WEIGHTS = {"list-xlsx": 1, "list-ods": 1, "list-csv": 2, "partner-xlsx": 1, "project-json": 2}
OPTIONS = {"import": [(), (), ("--skip-invalid",), ("--dry-run",)], "load": [(), ("--replace",)]}


def _pairs() -> list[tuple[str, str]]:
    """Every (kind, mutation), each kind repeated by its weight: case i takes pair i mod n, so
    a few hundred cases reach every mutation of every kind."""
    pairs = []
    for kind, weight in WEIGHTS.items():
        pairs += [(kind, name) for name in sorted(MUTATIONS[kind])] * weight
    order = sorted(range(len(pairs)), key=lambda i: (i % 7, i))  # interleave the kinds
    return [pairs[i] for i in order]


PAIRS = _pairs()


def make_case(seeds: dict[str, list[tuple[str, bytes]]], seed: int, index: int) -> Case:
    """Case `index` of campaign `seed`: a seed file with one mutation (sometimes two more)."""
    rng = random.Random(f"{seed}-{index}")
    kind, first = PAIRS[(index + seed) % len(PAIRS)]
    _name, data = rng.choice(seeds[kind])
    table = MUTATIONS[kind]
    names = [first]
    if rng.random() < 0.15:
        names.append(rng.choice(sorted(table)))
    for name in names:
        try:
            data = table[name](rng, data)
        except Exception:  # a first mutation broke what the second one parses: damage bytes
            names[names.index(name)] = "byte_flip"
            data = zip_byte_flip(rng, data)
    options = rng.choice(OPTIONS[KINDS[kind][1]])
    return Case(f"{seed}-{index}", kind, "+".join(names), data, options)


def generate_cases(seeds: dict[str, list[tuple[str, bytes]]], count: int, seed: int) -> list[Case]:
    return [make_case(seeds, seed, index) for index in range(count)]
