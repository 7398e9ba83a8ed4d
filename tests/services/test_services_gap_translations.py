"""The partner finder's gap phrases in another language: every phrase of project_gaps has a
translation in fr, de, es, it and pl (finder.po) with the same placeholders, and a gap computed
once is worded in any of them."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from test_services_directory_search import _region_gaps, _strand1_project
from translation_coverage import PACKAGE, TRANSLATED, literals, placeholders, untranslated

from consortium_planner.models import Project, RegionCategoryEntry
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.wording import wording

MODULES = [PACKAGE / "services" / "directory_search.py"]


def test_every_gap_phrase_has_a_translation_in_every_language() -> None:
    found = literals(MODULES)
    assert len(found) >= 20
    assert untranslated(found) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_gap_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in literals(MODULES):
        assert placeholders(texts.gettext(message)) == placeholders(message), (language, message)


def test_a_gap_is_worded_in_the_language(tmp_path) -> None:
    with _strand1_project(tmp_path / "second.cpw") as workspace:
        with workspace.sessions() as session:
            project_id = session.scalar(select(Project.id))
        [(gap, _)] = _region_gaps(workspace, project_id)
    assert gap.description_in(wording("en")) == gap.description
    assert gap.description_in(wording("fr")) == (
        "Un deuxième partenaire dans une région de catégorie moins développée (hors ES61)")
    assert gap.description_in(wording("de")) == (
        "Ein zweiter Partner in einer Region der Kategorie Weniger entwickelt (außer ES61)")
    assert gap.detail_in(wording("pl")).startswith(
        "Wymagane w naborze połączenie kategorii regionów to ")
    assert "Konsorcjum spełnia dziś ten wymóg tylko dzięki innej opcji" in gap.detail_in(
        wording("pl"))


def test_plural_gaps_follow_the_language_plural(tmp_path) -> None:
    with _strand1_project(tmp_path / "second.cpw") as workspace:
        with workspace.transaction() as session:
            session.add_all(RegionCategoryEntry(nuts_code=code, category="more_developed",
                                                source="test")
                            for code in ("ES61", "DED2", "BE32", "IE04"))  # every member
            project_id = session.scalar(select(Project.id))
        gaps = [gap for gap, _ in _region_gaps(workspace, project_id)]
    assert [gap.description_in(wording("pl")) for gap in gaps] == [
        "2 partnerów w regionach kategorii: słabiej rozwinięty",
        "Partner w regionie kategorii: słabiej rozwinięty, przejściowy lub najbardziej oddalony",
    ]
    assert gaps[1].description_in(wording("es")) == (
        "Un socio en una región de la categoría menos desarrollada, en transición o "
        "ultraperiférica")
