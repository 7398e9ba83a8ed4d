"""One organisation matching rule: `import` and `load` give the same answer on the same cases."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import select

from consortium_planner.models import Organisation, Participant
from consortium_planner.names import normalised_name
from consortium_planner.services.file_import import ImportRequest, prepare_import
from consortium_planner.services.interchange import load_project
from consortium_planner.services.matching import Candidate, Match, choose
from consortium_planner.workspace import Workspace

DIRECTORY = [  # legal name, country, PIC, VAT
    ("Acme GmbH", "DE", "999999999", "DE123456789"),
    ("Beta SARL", "FR", "888888888", "FR12345678901"),
    ("Gamma Sp. z o.o.", "PL", "777777777", None),
    ("Delta BV", "NL", None, "NL123456789B01"),
    ("Техно ЕООД", "BG", None, None),
    ("Τεχνική ΑΕ", "EL", None, None),
]

# (case, incoming legal name, country, PIC, VAT) -> the directory organisation it is (or None),
# by which key, and whether the answer notes a conflict.
CASES = {
    "pic match": (("Acme Holding", "DE", "999999999", None), ("Acme GmbH", "pic", False)),
    "vat match, no PIC": (("Beta", "FR", None, "FR12345678901"), ("Beta SARL", "vat", False)),
    "vat match with another PIC": (("Beta", "FR", "911111111", "FR12345678901"),
                                   (None, "", True)),
    "name match with another PIC": (("Gamma Sp. z o.o.", "PL", "922222222", None),
                                    (None, "", True)),
    "name match, no PIC on either side": (("DELTA B.V.", "NL", None, None),
                                          ("Delta BV", "name", False)),
    "name match in another country": (("Gamma Sp. z o.o.", "CZ", None, None), (None, "", False)),
    "no match": (("Epsilon AB", "SE", "933333333", "SE556677889901"), (None, "", False)),
    # legal forms written in Cyrillic and Greek letters ("ЕООД" and "ООД", "ΑΕ" and "Α.Ε.")
    "name match, Cyrillic legal form": (("ТЕХНО ООД", "BG", None, None),
                                        ("Техно ЕООД", "name", False)),
    "name match, Greek legal form": (("Τεχνική Α.Ε.", "EL", None, None),
                                     ("Τεχνική ΑΕ", "name", False)),
}


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    path = tmp_path / "directory.cpw"
    with Workspace.create(path) as workspace, workspace.transaction() as session:
        session.add_all([
            Organisation(legal_name=name, name_key=normalised_name(name), country=country,
                         pic=pic, vat=vat) for name, country, pic, vat in DIRECTORY])
    return path


def names_by_id(path: Path) -> dict[int, str]:
    with Workspace.open(path, read_only=True) as workspace, workspace.sessions() as session:
        return dict(session.execute(select(Organisation.id, Organisation.legal_name)).all())


def import_answer(path: Path, folder: Path, record: tuple) -> tuple[str | None, str, bool]:
    name, country, pic, vat = record
    csv = folder / "list.csv"
    csv.write_text(f"Legal name;Country;PIC;VAT\n{name};{country};{pic or ''};{vat or ''}\n",
                   encoding="utf-8")
    with Workspace.open(path, read_only=True) as workspace:
        preview = prepare_import(workspace, ImportRequest(csv)).preview
    assert not preview.errors, preview.errors
    names = names_by_id(path)
    record_preview = preview.matches.get(0)
    conflict = any("imported as a new organisation" in w.message for w in preview.warnings)
    if record_preview is None:
        return None, "", conflict
    return names[record_preview.organisation_id], record_preview.matched_by, conflict


def one_organisation(document: dict, record: tuple) -> dict:
    """The demo project cut down to one participant, whose organisation is `record`."""
    name, country, pic, vat = record
    document = copy.deepcopy(document)
    organisation = dict(document["organisations"][0], legal_name=name, country=country, pic=pic,
                        vat=vat, nuts2=None, region_category=None,
                        clusters=[])  # no cluster organisations made beside it
    document["organisations"] = [organisation]
    document["participants"] = [document["participants"][0]]
    for part in ("work_packages", "milestones", "effort", "costs"):
        document[part] = []
    return document


def load_answer(path: Path, document: dict, record: tuple) -> tuple[str | None, bool]:
    document = one_organisation(document, record)
    before = names_by_id(path)
    with Workspace.open(path) as workspace:
        result = load_project(workspace, document)
    after = names_by_id(path)
    conflict = bool(result.conflicts)
    if result.organisations_created:
        assert len(after) == len(before) + 1
        return None, conflict
    # Matched: the participant is the directory's organisation (nothing was added).
    assert after == before
    with Workspace.open(path, read_only=True) as workspace, workspace.sessions() as session:
        organisation_id = session.scalar(select(Participant.organisation_id))
    return after[organisation_id], conflict


@pytest.mark.parametrize("case", sorted(CASES))
def test_import_and_load_give_the_same_answer(case, directory, tmp_path, demo_document):
    record, (expected_name, expected_by, expected_conflict) = CASES[case]
    imported = import_answer(directory, tmp_path, record)
    assert imported == (expected_name, expected_by, expected_conflict)
    assert load_answer(directory, demo_document, record) == (expected_name, expected_conflict)


def test_the_rule_itself():
    acme = Candidate(1, "999999999", "DE123456789")
    no_keys = Candidate(2, None, None)
    assert choose("999999999", None, acme, None, None) == Match(1, "pic")
    assert choose(None, "DE123456789", None, acme, None) == Match(1, "vat")
    assert choose("911111111", "DE123456789", None, acme, None).organisation_id is None
    # A conflict by VAT, but a name candidate without keys is still the organisation.
    assert choose("911111111", "DE123456789", None, acme, no_keys) == Match(2, "name")
    other_vat = choose(None, "DE999999999", None, None, acme)
    assert other_vat.organisation_id is None and "VAT number" in other_vat.conflict
    assert choose(None, None, None, None, None) == Match(None)


def test_load_names_a_conflict_on_its_output(directory, tmp_path, demo_document, capsys):
    import json

    from consortium_planner.cli import main

    document = one_organisation(demo_document, CASES["vat match with another PIC"][0])
    path = tmp_path / "project.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["load", str(directory), str(path)]) == 0
    err = capsys.readouterr().err
    assert "1 new and 0 matched" in err
    assert ("note: $.organisations[0] (Beta) has the VAT number of directory organisation #2, "
            "which has another PIC; it was created as a new organisation") in err
