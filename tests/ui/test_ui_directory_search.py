"""The directory at scale in the window: a model of ids that reads rows a block at a time, search as
you type, facets with counts, sorting by the database, saved searches and the partner finder."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consortium_planner.domain.text import fold
from consortium_planner.services.change_feed import FeedNotice
from consortium_planner.services.directory_search import DirectoryQuery, search
from consortium_planner.ui.commands import RemoveCommand
from consortium_planner.ui.paged_model import (
    BLOCK_SIZE,
    CACHED_BLOCKS,
    READ_AHEAD,
    PagedTableModel,
)
from consortium_planner.ui.partner_finder import PartnerFinder
from consortium_planner.ui.table_model import Column, Editor
from consortium_planner.ui.views.directory import DirectoryPage, add_participants


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def fake_model(count: int, fetched: list[list[int]]) -> PagedTableModel:
    def fetch(ids):
        fetched.append(list(ids))
        return [Row(i, f"Organisation {i}") for i in ids]

    model = PagedTableModel([Column("name", "Name", lambda r: r.name, editor=Editor("text"))],
                            fetch, sortable=lambda key: key == "name")
    model.on_edit = lambda *_: True
    model.set_ids(range(1, count + 1))
    return model


def test_paged_model_passes_the_model_tester(qtmodeltester):
    model = fake_model(2 * BLOCK_SIZE + 7, [])
    qtmodeltester.check(model, force_py=True)


def test_rows_are_read_a_screen_at_a_time_and_the_cache_stays_small(qapp):
    fetched: list[list[int]] = []
    model = fake_model(100_000, fetched)
    assert not fetched  # ids only until something is drawn
    assert model.index(5, 0).data() == "Organisation 6"
    assert model.index(5 + READ_AHEAD, 0).data() == f"Organisation {6 + READ_AHEAD}"
    assert fetched == [list(range(1, (5 + READ_AHEAD) // BLOCK_SIZE * BLOCK_SIZE
                                  + BLOCK_SIZE + 1))]
    for row in range(0, 100_000, BLOCK_SIZE):  # scroll from top to bottom
        model.index(row, 0).data()
    assert all(len(block) <= READ_AHEAD + BLOCK_SIZE for block in fetched)
    assert model.cached_rows() <= CACHED_BLOCKS * BLOCK_SIZE
    assert model.row_of_id(99_999) == 99_998


def test_a_jump_reads_the_screen_it_lands_on_in_one_fetch(qapp):
    """A drag of the scroll bar lands anywhere: the rows of the screen shown there, whatever
    blocks they straddle, cost one read (each read runs several statements)."""
    fetched: list[list[int]] = []
    model = fake_model(100_000, fetched)
    for top in (50_000 - 3, 70_000 + BLOCK_SIZE // 2, 99_990):
        fetched.clear()
        shown = [model.index(row, 0).data() for row in range(top, min(top + 40, 100_000))]
        assert shown == [f"Organisation {row + 1}" for row in range(top, min(top + 40, 100_000))]
        assert len(fetched) == 1
    fetched.clear()
    first = (50_000 - 3) // BLOCK_SIZE * BLOCK_SIZE  # of the first screen's blocks
    model.index(first - 1, 0).data()  # a row up: only the block not held yet is read
    assert fetched == [list(range(first - BLOCK_SIZE + 1, first + 1))]


def test_an_edit_marks_the_rows_stale_and_keeps_their_order(qapp):
    fetched: list[list[int]] = []
    model = fake_model(10, fetched)
    model.index(0, 0).data()
    resets: list[bool] = []
    changed: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *_: changed.append(True))
    model.set_ids([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])  # the same rows: an edit, not a new list
    assert model.ids == tuple(range(1, 11)) and not resets and changed
    model.index(0, 0).data()
    assert len(fetched) == 2  # read again
    model.set_ids([1, 2, 3])
    assert resets and model.rowCount() == 3


def test_a_header_click_asks_for_a_sort_and_ignores_other_columns(qapp):
    model = fake_model(3, [])
    asked: list[tuple[str, bool]] = []
    model.sort_requested = lambda key, descending: asked.append((key, descending))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    model.columns.append(Column("", "Projects", lambda r: ""))
    model.sort(1)
    assert asked == [("name", True), ("", False)]


# -- the directory page ---------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, context):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # the first search follows the first frame
    return page


def test_the_first_search_waits_for_the_pages_first_frame(qtbot, context):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0  # shown at once, without searching first
    assert page.count_label.text() == "Searching…"
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    assert page.count_label.text() == "9 organisations"


def test_typing_before_the_first_frame_is_not_undone_by_the_first_search(qtbot, context):
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.show()
    page.table.search.setText("zzz-nothing")
    page.searcher.run()
    assert page.model.rowCount() == 0
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the first frame, and whatever it had scheduled
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 organisations"


def shown_ids(page) -> list[int]:
    return [page.table.row_at_proxy(page.table.proxy.index(row, 0)).id
            for row in range(page.table.proxy.rowCount())]


def facet_items(page, key) -> dict[str, str]:
    facet = page.facets.lists[key]
    return {facet.item(row).data(Qt.ItemDataRole.UserRole + 10): facet.item(row).text()
            for row in range(facet.count())}


def click_value(qtbot, page, key, value):
    facet = page.facets.lists[key]
    item = next(facet.item(row) for row in range(facet.count())
                if facet.item(row).data(Qt.ItemDataRole.UserRole + 10) == value)
    facet.scrollToItem(item)
    qtbot.mouseClick(facet.viewport(), Qt.MouseButton.LeftButton,
                     pos=facet.visualItemRect(item).center())


def test_the_window_never_reads_the_whole_directory(qtbot, window, context, project_id,
                                                    monkeypatch):
    import consortium_planner.services.directory as directory

    def refuse(_session):
        raise AssertionError("the window read the whole directory")

    monkeypatch.setattr(directory, "list_organisations", refuse)
    context.notify_everything()
    window.show_page("directory", None)
    qtbot.waitUntil(lambda: window.pages["directory"].model.rowCount() > 0)
    window.show_page("consortium", project_id)
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    assert window.pages["directory"].model.rowCount() == 9


def test_typing_searches_after_a_pause_without_accents_or_case(qtbot, page, caplog):
    assert page.model.rowCount() == 9
    qtbot.keyClicks(page.table.search, "stajer")
    assert page.model.rowCount() == 9  # not yet: the search waits for a pause in the typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Štajerska" in page.model.index(0, page.model.column_of_key("legal_name")).data()
    assert page.count_label.text() == "1 organisation"  # its plural form (views_en.ts)
    page.table.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # the worker's search ran


def test_a_late_background_result_never_replaces_a_newer_one(qtbot, page):
    blocked = page.table.search.blockSignals(True)
    page.table.search.setText("stajer")
    page.searcher.run_in_background()  # what a pause in typing starts
    page.table.search.setText("")
    page.table.search.blockSignals(blocked)
    page.searcher.run()  # a facet click meanwhile: searches at once
    page.searcher._pool.waitForDone()
    QApplication.processEvents()  # the worker's result arrives, too late
    assert page.model.rowCount() == 9


def test_counts_taken_over_while_typing_are_counted_afresh_after_a_change(qtbot, page, context):
    """Typing on keeps the counts of the same organisations (services: search(counted=...)),
    but never past a change of the workspace: the page's reload counts again."""
    from consortium_planner.services.editing import Entity

    page.table.search.setText("stajer")
    page.searcher.run()
    assert list(facet_items(page, "country")) == ["SI"]
    organisation = page.model.row_at(0)
    context.notify(context.editing.update(Entity.ORGANISATION, organisation.id,
                                          {"country": "AT", "nuts2": ""}))
    assert list(facet_items(page, "country")) == ["AT"]
    page.table.search.setText("stajersk")  # the same organisation: its counts taken over
    assert page.searcher.run().facets is page.searcher._counted.facets
    assert list(facet_items(page, "country")) == ["AT"]


def test_the_facet_table_read_after_a_result_counts_until_a_change(qtbot, page, context):
    """The page's first result (the whole directory) is painted without the directory's facet
    columns being read; the next search starts their reading on the worker, and the searches
    after it count with them. A change of the workspace drops them: the search after the
    change counts the changed organisation where it is now, and its own slot is read when
    the search after it starts."""
    from consortium_planner.services.editing import Entity

    slot = page.searcher._counted.slot
    page.searcher._pool.waitForDone()
    assert slot is not None and slot.table is None  # nothing read beside the first rows
    page.table.search.setText("stajer")
    assert page.searcher.run().slot is slot
    page.searcher._pool.waitForDone()  # the worker's reading, started with that search
    assert slot.table is not None
    page.table.search.setText("staje")
    assert page.searcher.run().slot is slot
    assert list(facet_items(page, "country")) == ["SI"]
    organisation = page.model.row_at(0)
    context.notify(context.editing.update(Entity.ORGANISATION, organisation.id,
                                          {"country": "AT", "nuts2": ""}))
    page.table.search.setText("staj")
    after = page.searcher.run().slot
    assert after is not slot
    assert list(facet_items(page, "country")) == ["AT"]
    page.table.search.setText("sta")
    assert page.searcher.run().slot is after
    page.searcher._pool.waitForDone()  # the worker's reading of the new slot
    assert after.table is not None
    page.table.search.setText("staj")
    assert page.searcher.run().slot is after
    assert list(facet_items(page, "country")) == ["AT"]


def test_a_notice_of_someone_else_s_change_drops_the_facet_table_at_once(qtbot, window,
                                                                        monkeypatch):
    """The counts taken over and the facet table go as soon as the change feed's notice of
    someone else's change arrives, even while an open cell editor holds the pages' reload
    back: the counts are never older than the last notice."""
    page = window.show_page("directory", None)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.search.setText("stajer")
    page.searcher.run()
    page.searcher._pool.waitForDone()  # the facet table, read on the worker
    assert page.searcher._counted.slot.table is not None
    notified: list[object] = []
    window.context.changed.connect(notified.append)
    monkeypatch.setattr(window.live_changes, "editing_in_progress", lambda: True)
    window.live_changes._received(FeedNotice(directory=True))  # what the feed delivers
    assert notified == []  # the reload waits for the editor
    assert page.searcher._counted is None  # the counts and the table do not
    monkeypatch.undo()
    window.live_changes._flush()
    assert notified


def test_a_team_workspace_counts_from_the_table_until_a_colleague_s_change(
        qtbot, settings, reporter, postgres_database):
    """On a team workspace the searches count with the directory's facet table too, read on
    the worker; a colleague's change, arriving through the change feed (LISTEN/NOTIFY),
    drops it, and the next searches count the organisation where it is now."""
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import EditingService
    from consortium_planner.ui.main_window import MainWindow
    from consortium_planner.workspace import Workspace

    Workspace.init_server(postgres_database).close()
    with Workspace.open(postgres_database) as colleague:
        service = EditingService(colleague)
        moved = service.add_organisation({"legal_name": "Stajerska Tehnologija d.o.o.",
                                          "country": "SI"}).created_id
        for name, country in (("Stajer Holz GmbH", "AT"), ("Lodz Composites", "PL")):
            service.add_organisation({"legal_name": name, "country": country})
        context = AppContext(settings)
        context.open_workspace(postgres_database)
        window = MainWindow(context, reporter)
        qtbot.addWidget(window)
        window.show()
        try:
            page = window.show_page("directory", None)
            qtbot.waitUntil(lambda: page.model.rowCount() == 3)
            page.table.search.setText("stajer")
            page.searcher.run()
            page.searcher._pool.waitForDone()  # the facet table, read on the worker
            slot = page.searcher._counted.slot
            assert slot is not None and slot.table is not None
            page.table.search.setText("staje")
            assert page.searcher.run().slot is slot
            assert facet_items(page, "country").keys() == {"SI", "AT"}
            service.update("organisation", moved, {"country": "HR"})
            qtbot.waitUntil(lambda: page.searcher._counted is None
                            or page.searcher._counted.slot is not slot, timeout=2000)
            page.table.search.setText("staj")
            assert page.searcher.run().slot is not slot
            assert facet_items(page, "country").keys() == {"HR", "AT"}
        finally:
            context.close_workspace()


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    """Edit > Find (Ctrl+F) reaches the directory's search box, the one that searches the
    database."""
    page = window.show_page("directory", None)
    window.activateWindow()
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.table.search


def test_ctrl_f_in_the_finder_focuses_its_search_box(qtbot, context, project_id):
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    with qtbot.waitActive(finder):
        finder.show()
        finder.activateWindow()
    finder.table.setFocus()
    qtbot.keyClick(finder.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is finder.search


def test_facet_clicks_filter_and_the_counts_follow_the_search(qtbot, page, context):
    assert facet_items(page, "country")["ES"] == "Spain  (2)"
    click_value(qtbot, page, "country", "ES")
    assert {page.model.row_at(row).country for row in range(page.model.rowCount())} == {"ES"}
    assert page.model.rowCount() == 2
    # another value of the same facet widens, a value of another facet narrows
    click_value(qtbot, page, "country", "IT")
    assert page.model.rowCount() == 4
    click_value(qtbot, page, "org_type", "sme")
    assert sorted(page.model.row_at(r).short_name for r in range(page.model.rowCount())) == \
        ["GMI", "LEVANTE"]
    # counts of the other countries stay visible, for the search and the other facets
    assert facet_items(page, "country")["DE"] == "Germany  (1)"
    page.table.search.setText("galicia")
    page.searcher.run()
    # IT stays listed while chosen, with what it would add to the search (nothing)
    assert facet_items(page, "country") == {"ES": "Spain  (1)", "IT": "IT  (0)"}
    assert page.model.rowCount() == 1
    page.facets.clear("country")
    assert page.facets.chosen("country") == set()
    page.facets.clear()
    page.table.search.clear()
    page.searcher.run()
    assert page.model.rowCount() == 9


def test_space_picks_a_facet_value_from_the_keyboard(qtbot, page):
    facet = page.facets.lists["sme_class"]
    facet.setFocus()
    # the arrow keys move the current value without choosing it
    facet.setCurrentRow(0, facet.selectionModel().SelectionFlag.NoUpdate)
    assert page.facets.chosen("sme_class") == set()
    value = facet.item(0).data(Qt.ItemDataRole.UserRole + 10)
    qtbot.keyClick(facet, Qt.Key.Key_Space)
    assert page.facets.chosen("sme_class") == {value}
    assert {page.model.row_at(r).sme_class for r in range(page.model.rowCount())} == {value}


def test_sorting_by_a_header_is_done_by_the_database(qtbot, page, context):
    header = page.table.view.horizontalHeader()
    column = page.model.column_of_key("legal_name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, column))
    names = [page.model.row_at(row).legal_name for row in range(page.model.rowCount())]
    assert names == sorted(names, key=fold)
    assert page.searcher.query.sort == "legal_name"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, column))
    assert [page.model.row_at(row).legal_name for row in range(page.model.rowCount())] == \
        names[::-1]
    expected = context.read(search, DirectoryQuery(sort="legal_name", descending=True)).ids
    assert page.model.ids == expected


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def test_an_edit_and_its_undo_keep_the_row_in_place(qtbot, page, context):
    page.searcher.sort_by("legal_name", False)
    first = page.model.row_at(0)
    column = page.model.column_of_key("legal_name")
    index = page.table.proxy.index(0, column)
    page.table.view.setCurrentIndex(index)
    assert page.table.proxy.setData(index, "Zeta Works Ltd", Qt.ItemDataRole.EditRole)
    # sorted by name, the row would move; it stays where the user is editing
    assert page.model.row_at(0).id == first.id
    assert page.model.index(0, column).data() == "Zeta Works Ltd"
    assert page.model.row_of_id(first.id) == 0
    assert page.table.current_row().id == first.id
    context.undo_stack.undo()
    assert page.model.index(0, column).data() == first.legal_name
    assert page.model.row_of_id(first.id) == 0 and page.model.row_at(0).id == first.id
    assert page.model.rowCount() == 9


def test_paste_and_delete_still_work(qtbot, page, context):
    first = page.model.row_at(0)
    page.table.select_row_id(first.id, "city")
    page.table.paste_text("Łódź\n")
    assert page.model.row_at(page.model.row_of_id(first.id)).city == "Łódź"
    page.table.search.setText("lodz")
    page.searcher.run()
    assert page.model.ids == (first.id,)
    page.add_organisation()  # shown even though the search hides it: the search is cleared
    added = page.table.current_row()
    assert added.legal_name == "New organisation" and page.model.rowCount() == 10
    page.table.remove_rows()
    assert page.model.row_of_id(added.id) is None and page.model.rowCount() == 9
    context.undo_stack.undo()
    assert page.model.row_of_id(added.id) is not None


def test_saved_searches(qtbot, page, context):
    page.table.search.setText("s")
    page.facets.choose("country", "ES")
    expected = page.model.ids
    assert expected
    assert page.save_search("Spanish S")
    page.facets.clear()
    page.table.search.clear()
    page.searcher.run()
    assert page.model.rowCount() == 9
    [(name, query)] = page.saved()
    assert name == "Spanish S"
    page.apply_saved(query)
    assert page.model.ids == expected
    assert page.table.search.text() == "s" and page.facets.chosen("country") == {"ES"}
    page.delete_saved("Spanish S")
    assert page.saved() == []


def test_markup_in_facet_values_and_rows_is_shown_as_typed(qtbot, page, context):
    organisation = page.model.row_at(0)
    cluster = context.editing.add_organisation({"legal_name": "<b>Bold</b>"}).created_id
    context.editing.update("organisation", organisation.id, {"cluster_ids": [cluster]})
    context.notify_everything()
    assert "<b>Bold</b>  (1)" in facet_items(page, "cluster").values()
    row = shown_ids(page).index(organisation.id)
    assert page.model.index(row, page.model.column_of_key("cluster_ids")).data() == "<b>Bold</b>"


# -- the partner finder ------------------------------------------------------------------------


def remove_coordinator(context, project_id) -> int:
    """Take the coordinator (a cluster organisation in a less developed region) out."""
    coordinator = context.snapshot(project_id).participants[0]
    assert context.execute(RemoveCommand(context, "participant", [coordinator.id], "Remove"))
    return coordinator.organisation.id


def test_the_finder_proposes_the_project_gaps(qtbot, context, project_id):
    removed = remove_coordinator(context, project_id)
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    finder.show()
    gaps = [finder.gap_list.item(row).text() for row in range(finder.gap_list.count())]
    assert len(gaps) >= 2 and "public body" in gaps[1].lower()
    assert finder.gap_list.currentRow() == 1  # the first gap is proposed at once
    assert finder.model.ids == (removed,)
    assert finder.facets.chosen("org_type")  # the gap's filter is shown, and can be cleared
    finder.facets.clear()
    assert finder.model.ids == (removed,)  # still only organisations not in the project


def test_the_finder_proposes_a_second_less_developed_partner(qtbot, context, project_id):
    """The demo without its less developed beneficiaries still meets the region mix through
    its coordinator (ITF4); the finder proposes the other option's missing partner first."""
    taken = [p for p in context.snapshot(project_id).participants if p.number in (2, 3, 4, 5)]
    assert context.execute(RemoveCommand(context, "participant", [p.id for p in taken],
                                         "Remove"))
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    finder.show()
    assert finder.gap_list.currentRow() == 1
    item = finder.gap_list.currentItem()
    assert item.text() == "A second partner in a less developed region other than ITF4"
    assert "at least 2 partners in 2 different less developed regions" in item.toolTip()
    by_country = {p.organisation.country: p.organisation.id for p in taken}
    # best matches first: Portugal and Slovenia are new to the consortium, Spain and Italy not
    assert finder.model.ids == tuple(by_country[c] for c in ("PT", "SI", "ES", "IT"))
    assert finder.facets.chosen("category") == {"less_developed"}


def test_the_finder_adds_two_organisations_in_one_undo_step(qtbot, context, project_id, stored):
    ids = [context.editing.add_organisation({"legal_name": name}).created_id
           for name in ("Delta Łódź Labs", "Delta Instituto")]
    context.notify_everything()
    before = len(stored(project_id).participants)
    finder = PartnerFinder(context, project_id)
    qtbot.addWidget(finder)
    finder.show()
    finder.gap_list.setCurrentRow(0)
    qtbot.keyClicks(finder.search, "delta")
    qtbot.waitUntil(lambda: finder.model.rowCount() == 2)
    finder.table.setFocus()
    finder.table.selectAll()
    accepted: list[bool] = []
    finder.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClick(finder.table, Qt.Key.Key_Return)
    assert accepted
    assert sorted(finder.chosen_ids()) == sorted(ids)
    add_participants(context, project_id, finder.chosen_ids())
    assert len(stored(project_id).participants) == before + 2
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert len(stored(project_id).participants) == before


def test_the_consortium_page_opens_the_finder(qtbot, context, project_id, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from consortium_planner.ui.views.consortium import ConsortiumPage

    removed = remove_coordinator(context, project_id)
    page = ConsortiumPage(context)
    qtbot.addWidget(page)
    page.set_project(project_id)
    page.show()
    monkeypatch.setattr(PartnerFinder, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.add_participants()
    assert removed in {p.organisation.id for p in context.snapshot(project_id).participants}
    assert context.undo_stack.count() == 2


def test_eu_project_experience_is_a_facet_and_a_column(qtbot, page, context, tmp_path):
    from cordis_files import first_export, write_csv

    from consortium_planner.services.file_import import ImportRequest, import_file

    path = write_csv(tmp_path / "organization.csv", first_export())
    assert import_file(context.workspace, ImportRequest(path)).status == "imported"
    context.notify_everything()
    page.searcher.run()
    assert facet_items(page, "experience") == {
        "any": "Has EU project experience  (9)", "coordinated": "Has coordinated an EU project  (3)"}
    click_value(qtbot, page, "experience", "coordinated")
    assert page.model.rowCount() == 3
    column = next(i for i, c in enumerate(page.model.columns) if c.title == "EU projects")
    shown = {page.model.index(row, column).data() for row in range(page.model.rowCount())}
    assert "coordinated 1 Horizon Europe project, EUR 1.5 M; took part in 1 Horizon 2020 " \
        "project, EUR 450 k" in shown
