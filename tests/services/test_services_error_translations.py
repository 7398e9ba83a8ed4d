"""Refused edits, edit conflicts, workspace problems and History lines in the window's language:
every message id of services/, workspace.py and app.py (and the field names given to the
coercion functions, the phrases given to `require_writable`, the WorkspaceError templates) has
a translation in fr, de, es, it and pl with the same placeholders; `str(error)` stays English
for the command line and the logs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract
from sqlalchemy import select
from translation_coverage import KEYWORDS, PACKAGE, TRANSLATED, placeholders, untranslated

from consortium_planner.models import Participant
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.wording import wording
from consortium_planner.services import edit_log
from consortium_planner.services.editing import EditingService, RowToAdd
from consortium_planner.services.editing.conflicts import EditConflict
from consortium_planner.services.editing.entities import SPECS
from consortium_planner.services.editing.organisations import _TEXT_LIMITS
from consortium_planner.services.errors import UserError, worded
from consortium_planner.services.versions import KIND_LABELS
from consortium_planner.workspace import (
    IN_USE,
    INTERRUPTED_WRITE,
    NotAWorkspace,
    ReadOnlyWorkspace,
    Workspace,
    WorkspaceError,
)

# Functions whose argument at that place is a text to translate: a field's name in a refusal
# ("The {what} cannot be empty."), what a read-only workspace refused, a WorkspaceError's or an
# AmountError's template, a PostgreSQL problem's.
TEXT_ARGUMENTS = {
    **{name: (2,) for name in ("as_text", "as_money", "as_quantity", "as_integer", "as_month",
                               "as_enum", "as_boolean", "as_rate", "as_date")},
    "id_in_project": (5,),
    "require_writable": (1,),
    "Phrase": (1,),
    "AmountError": (1,),
    "_problem": (2,),
    **{name: (2,) for name in ("WorkspaceError", "WorkspaceLocked", "ReadOnlyWorkspace",
                               "NotAWorkspace", "InterruptedWrite", "WorkspaceTooNew",
                               "PasswordNeeded")},
}
MODULES = [*sorted((PACKAGE / "services").rglob("*.py")), PACKAGE / "workspace.py",
           PACKAGE / "app.py", PACKAGE / "domain" / "money.py", PACKAGE / "postgres.py"]


def messages() -> dict[str, str]:
    """Each message id -> where it was found; field names built from a variable and the
    constants of workspace.py included."""
    found: dict[str, str] = {}
    for path in MODULES:
        with path.open("rb") as handle:
            for line, message, _comments, _context in extract(
                    "python", handle, keywords={**KEYWORDS, **TEXT_ARGUMENTS}):
                key = message if isinstance(message, str) else message[0]
                if key:
                    found.setdefault(key, f"{path.name}:{line}")
    built = [IN_USE, INTERRUPTED_WRITE, "turnover", "balance sheet",
             *(name.replace("_", " ") for name in _TEXT_LIMITS if name not in ("vat", "email")),
             *(f"{spec.label} number" for spec in SPECS.values() if spec.number_order),
             *KIND_LABELS.values()]  # why a version was taken, shown in the navigator
    for text in built:
        found.setdefault(text, "built")
    return found


def test_every_error_message_has_a_translation_in_every_language() -> None:
    found = messages()
    assert len(found) >= 200
    assert "The {what} cannot be empty." in found and "legal name" in found
    assert untranslated(found) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_error_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in messages():
        assert placeholders(texts.gettext(message)) == placeholders(message), (language, message)


def test_a_refused_edit_is_english_for_the_command_line_and_german_in_the_window(
        tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "w.cpw") as workspace:
        service = EditingService(workspace)
        with pytest.raises(UserError) as refused:
            service.add_organisation({"legal_name": "Acme", "founded_year": "abc"})
    assert str(refused.value) == "The founding year must be a whole number, not 'abc'."
    assert worded(refused.value) == str(refused.value)
    assert worded(refused.value, wording("de")) == (
        "„Gründungsjahr“ muss eine ganze Zahl sein, nicht 'abc'.")
    assert worded(refused.value, wording("fr")).startswith(
        "Le champ « année de création » doit être un nombre entier")


def test_a_nested_refusal_is_worded_whole(demo_path: Path) -> None:
    """A paste names its line, then the refusal of the row: both in the language."""
    with Workspace.open(demo_path) as workspace:
        service = EditingService(workspace)
        with workspace.sessions() as session:
            project = session.scalar(select(Participant.project_id).limit(1))
        with pytest.raises(UserError) as refused:
            service.paste("work_package", [], [RowToAdd(project, {"start_month": "x"})])
    assert str(refused.value).startswith("Nothing was pasted: new row 1: The start month")
    assert worded(refused.value, wording("it")).startswith(
        "Non è stato incollato nulla: nuova riga 1: «mese di inizio»")


def test_a_conflict_is_worded_in_the_language_with_who_made_the_change(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        mine, theirs = EditingService(workspace), EditingService(workspace)
        with workspace.sessions() as session:
            participant = session.scalar(select(Participant.id).order_by(Participant.id))
            number = session.get(Participant, participant).number
        seen = mine.versions("participant", [participant])
        theirs.update("participant", participant, {"monthly_personnel_cost": "5000"})
        with pytest.raises(EditConflict) as refused:
            mine.update("participant", participant, {"monthly_personnel_cost": "4000"},
                        seen=seen)
    who = refused.value.conflicts[0].who
    assert str(refused.value) == (
        f"Someone else changed this since you saw it. The participant {number}'s monthly "
        f"personnel cost is now 5000.00 (by {who}); yours: “4000”. Nothing was changed.")
    assert worded(refused.value, wording("de")) == (
        f"Jemand anderes hat dies geändert, seit Sie es gesehen haben. „monatliche "
        f"Personalkosten“ von „Teilnehmer {number}“ ist jetzt 5000.00 (von {who}); Ihr Wert: "
        f"“4000”. Es wurde nichts geändert.")


def test_a_workspace_problem_is_worded_from_its_template(tmp_path: Path) -> None:
    error = NotAWorkspace(tmp_path / "w.cpw", "the file is damaged ({finding}); open a backup "
                          "copy instead", finding="page 3")
    assert str(error) == (f"{tmp_path / 'w.cpw'}: the file is damaged (page 3); open a backup "
                          "copy instead")
    assert worded(error, wording("fr")) == (
        f"{tmp_path / 'w.cpw'} : le fichier est endommagé (page 3) ; ouvrez plutôt une copie de "
        "sauvegarde")
    with pytest.raises(WorkspaceError) as missing:
        Workspace.open(tmp_path / "nothing.cpw")
    assert worded(missing.value, wording("pl")).endswith(
        "nothing.cpw: nie ma takiego pliku obszaru roboczego")


def test_a_read_only_refusal_translates_what_was_refused(demo_path: Path) -> None:
    with Workspace.open(demo_path, read_only=True) as workspace:
        with pytest.raises(ReadOnlyWorkspace) as refused:
            workspace.require_writable("merge organisations")
    assert str(refused.value).endswith("is open read-only; open it for editing to merge "
                                       "organisations.")
    assert worded(refused.value, wording("es")).endswith(
        "está abierto en solo lectura; ábralo para editar si quiere fusionar organizaciones.")


def test_history_lines_are_worded_in_the_language(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        service = EditingService(workspace)
        with workspace.sessions() as session:
            participant = session.scalar(select(Participant).order_by(Participant.id))
            participant_id, project_id = participant.id, participant.project_id
        service.update("participant", participant_id,
                       {"monthly_personnel_cost": Decimal("6100.00")})
        with workspace.sessions() as session:
            [entry] = edit_log.entries(session, project_id=project_id, limit=1)
    assert edit_log.change_text(entry) == f"participant {participant_id} monthly personnel " \
        f"cost: {entry.old_value} -> 610000"
    assert edit_log.change_text(entry, wording("de")) == (
        f"Teilnehmer {participant_id} monatliche Personalkosten: {entry.old_value} -> 610000")
