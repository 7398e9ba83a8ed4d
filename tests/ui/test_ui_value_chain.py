"""The Value chain page: the roles x participants matrix (a tick is one undo step, Space ticks
from the keyboard), missing roles with a partner finder filtered for each, the picture, the
figures and the S3 areas of the regions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from consortium_planner.services.value_chain import S3AreaService
from consortium_planner.ui.views.value_chain import MISSING_MARK, ValueChainPage


def shown(qtbot, context, project_id):
    page = ValueChainPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.resize(1400, 900)
    page.show()
    return page


def role_row(page, key):
    return next(i for i, role in enumerate(page.model.roles) if role.key == key)


def test_model_passes_the_model_tester(qtbot, qtmodeltester, context, project_id) -> None:
    page = shown(qtbot, context, project_id)
    assert page.model.rowCount() >= 11
    qtmodeltester.check(page.model)


def test_ticking_a_role_is_one_undo_step(qtbot, context, project_id) -> None:
    page = shown(qtbot, context, project_id)
    row = role_row(page, "training_provider")
    index = page.model.index(row, 0)
    before = index.data(Qt.ItemDataRole.CheckStateRole)
    wanted = (Qt.CheckState.Unchecked if before == Qt.CheckState.Checked
              else Qt.CheckState.Checked)
    steps = context.undo_stack.count()
    assert page.model.setData(index, wanted.value, Qt.ItemDataRole.CheckStateRole)
    assert context.undo_stack.count() == steps + 1
    assert page.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == wanted
    assert "training and skills provider" in context.undo_stack.undoText()
    context.undo_stack.undo()
    page.refresh()
    assert page.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == before


def test_space_ticks_the_current_cell(qtbot, context, project_id) -> None:
    page = shown(qtbot, context, project_id)
    row = role_row(page, "investor")
    index = page.model.index(row, 1)
    before = index.data(Qt.ItemDataRole.CheckStateRole)
    page.matrix.setFocus()
    page.matrix.setCurrentIndex(index)
    qtbot.keyClick(page.matrix, Qt.Key.Key_Space)
    assert page.model.index(row, 1).data(Qt.ItemDataRole.CheckStateRole) != before


def test_missing_roles_are_marked_and_offer_the_finder(qtbot, context, project_id,
                                                       monkeypatch) -> None:
    key = "investor"
    investor = context.editing.add_organisation(
        {"legal_name": "Fondo Capitale Paziente", "country": "IT", "org_type": "other",
         "usual_roles": [key]}).created_id
    context.editing.add_organisation({"legal_name": "Not An Investor", "country": "IT"})
    page = shown(qtbot, context, project_id)
    snapshot = context.snapshot(project_id)
    for participant in snapshot.participants:  # nobody holds it any more
        if key in participant.value_chain_roles:
            page.toggle_role(participant, key, False)
    page.refresh()
    row = role_row(page, key)
    assert page.model.headerData(row, Qt.Orientation.Vertical).startswith(MISSING_MARK)
    assert page.model.headerData(row, Qt.Orientation.Vertical,
                                 Qt.ItemDataRole.ForegroundRole) is not None
    button = page.find_buttons[key]
    assert button.isEnabled() and "investor" in button.text().lower()
    from PySide6.QtWidgets import QDialog

    from consortium_planner.ui import partner_finder

    opened = []

    def exec_(finder) -> int:
        opened.append(finder)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(partner_finder.PartnerFinder, "exec", exec_)
    button.click()
    [finder] = opened
    assert finder.gaps[0].query.roles == frozenset({key})
    assert finder.gap_list.currentRow() == 1  # the role's filter is chosen
    assert finder.searcher.query.roles == frozenset({key})
    shown_ids = set(finder.model.ids)
    with context.workspace.sessions() as session:
        from sqlalchemy import select

        from consortium_planner.models import OrganisationRole, Participant

        holders = set(session.scalars(select(OrganisationRole.organisation_id)
                                      .where(OrganisationRole.role == key)))
        members = set(session.scalars(select(Participant.organisation_id)
                                      .where(Participant.project_id == project_id)))
    assert shown_ids == holders - members
    assert investor in shown_ids


def test_s3_areas_of_a_region_are_edited_and_undone(qtbot, context, project_id) -> None:
    page = shown(qtbot, context, project_id)
    code = page.s3_table.item(0, 0).text()
    service = S3AreaService(context.workspace)
    before = service.areas(code)
    assert page.set_areas(code, ["Quantum sensing", "Agrifood"], "RIS3 2021-2027, p. 12")
    assert [a.area for a in service.areas(code)] == ["Agrifood", "Quantum sensing"]
    assert {a.source for a in service.areas(code)} == {"RIS3 2021-2027, p. 12"}
    page.refresh()
    assert "Quantum sensing" in page.s3_table.item(0, 2).text()
    context.undo_stack.undo()
    assert service.areas(code) == before


def test_the_page_shows_the_figures_and_saves_the_picture(qtbot, context, project_id,
                                                          tmp_path: Path) -> None:
    page = shown(qtbot, context, project_id)
    assert "Companies (SMEs and large enterprises):" in page.shares.text()
    assert "European Startup Monitor" in page.shares.text()
    assert page.sectors.text().startswith("Sectors:")
    assert page.picture.height() > 100
    assert "Research and technology provider:" in page.picture.accessibleDescription()
    path = tmp_path / "chain.png"
    assert page.save_picture(path)
    assert QImage(str(path)).width() == 1600


def test_read_only_disables_ticks(qtbot, context, project_id) -> None:
    page = shown(qtbot, context, project_id)
    page.apply_read_only(True)
    flags = page.model.flags(page.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsUserCheckable


def test_overview_lists_the_value_chain_rules_with_their_note() -> None:
    from consortium_planner.rules.profiles import get_profile
    from consortium_planner.ui.views.overview import profile_rules

    lines = profile_rules(get_profile("i3-strand1"))
    assert ("At least 70 % of the EU contribution to companies (SMEs and large enterprises) "
            "(check against the call document)") in lines
    assert any("research and technology provider, end user / customer" in line
               for line in lines)
    assert not any("smart-specialisation" in line for line in profile_rules(
        get_profile("generic")))


def test_a_missing_roles_finder_is_reached_by_keyboard_only(qtbot, window, context, project_id,
                                                            monkeypatch) -> None:
    """Tab from the matrix reaches each missing role's button; Space opens the finder."""
    from PySide6.QtWidgets import QApplication, QDialog

    from consortium_planner.ui import partner_finder

    page = window.show_page("value_chain", project_id)
    for participant in context.snapshot(project_id).participants:
        if "end_user" in participant.value_chain_roles:
            page.toggle_role(participant, "end_user", False)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    opened = []
    monkeypatch.setattr(partner_finder.PartnerFinder, "exec",
                        lambda finder: opened.append(finder) or QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: "end_user" in page.find_buttons
                    and page.find_buttons["end_user"].isVisible())
    page.matrix.setFocus()
    qtbot.keyClick(page.matrix, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.find_buttons["end_user"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    [finder] = opened
    assert finder.searcher.query.roles == frozenset({"end_user"})
    qtbot.keyClick(page.find_buttons["end_user"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_picture_button


def test_the_page_in_german_names_the_roles_and_shares_in_german(qtbot, context,
                                                                 project_id) -> None:
    """A German window showed the roles ('Research and technology provider'), the start-up
    note and the shares ('55.56 %') as the English PDF does, while the German PDF had them in
    German: the page now words them as the window's language."""
    from consortium_planner.ui.formatting import apply_window_locale
    from consortium_planner.ui.language import set_window_language

    set_window_language("de")
    apply_window_locale()
    try:
        page = shown(qtbot, context, project_id)
        row = role_row(page, "research_technology_provider")
        header = page.model.headerData(row, Qt.Orientation.Vertical)
        assert header.endswith("Forschungs- und Technologieanbieter")
        assert "Forschungs- und Technologieanbieter" in page.picture.accessibleDescription()
        picture_texts = [box.text for box in page.picture.picture.boxes]
        assert "Forschungs- und Technologieanbieter" in picture_texts
        assert any(text.startswith("Von der Forschung zum Markt") for text in picture_texts)
        assert "55,56 %" in page.shares.text() and "55.56 %" not in page.shares.text()
        assert "Unternehmen, die weniger als 10 Jahre" in page.shares.text()
    finally:
        set_window_language("en")
        apply_window_locale()
