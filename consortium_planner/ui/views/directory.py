"""The partner directory: every organisation of the workspace, searched, filtered by facets and
edited in place, at any size (the rows are read a page at a time)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.project import OrganisationInfo
from consortium_planner.reference.words import yes_or_no
from consortium_planner.services.directory_search import (
    DirectoryQuery,
    SearchResult,
    delete_saved_search,
    fetch_rows,
    save_search,
    saved_searches,
)
from consortium_planner.services.errors import UserError
from consortium_planner.ui import choices
from consortium_planner.ui.commands import AddCommand
from consortium_planner.ui.directory_searcher import DirectorySearcher, paged_model
from consortium_planner.ui.empty_states import EmptyState, action_text, menu_path
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.facets import FacetPanel
from consortium_planner.ui.formatting import menu_text, money_text
from consortium_planner.ui.language import window_language
from consortium_planner.ui.table_model import Column, Editor
from consortium_planner.ui.table_section import TableSection
from consortium_planner.ui.views.base import Page, RowEditing, tr
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.services.editing import Changes, RowToAdd

translate = QCoreApplication.translate


def _choice_label(kind: str, value: Any, country: str = "") -> str:
    """How a type, country, region or SME class shows in the table, in the window's language."""
    return _label_in(window_language(), kind, value, country)


@lru_cache(maxsize=4096)
def _label_in(language: str, kind: str, value: Any, country: str) -> str:
    """_choice_label, looked up once per language and value: scrolling paints a few hundred
    such cells a frame, and each lookup built (types: translated) and searched a whole list."""
    options = {"org_type": choices.org_types, "country": choices.countries,
               "sme_class": choices.sme_classes}.get(kind)
    return choices.label_of(options() if options else choices.regions(country), value)


def _text_column(key: str, title: str, width: int = 0) -> Column:
    return Column(key, title, lambda o, key=key: getattr(o, key) or "", editor=Editor("text"),
                  width=width)


def _nace_titles(organisation: OrganisationInfo) -> str:
    from consortium_planner.reference.nace import get_item
    from consortium_planner.ui.language import window_language

    language = window_language()
    items = [get_item(code) for code in organisation.nace_codes]
    return "\n".join(item.label_in(language) for item in items if item is not None)


ClusterChoices = Callable[[], list[tuple[str, int]]]
"""(name, id) of the clusters an organisation may join, read when an edit or a paste needs them."""


def _cluster_ids(clusters: ClusterChoices) -> Any:
    """Pasted cluster names -> ids of the directory's clusters (an unknown name is refused)."""
    def parse(text: str, _row: Any) -> tuple[int, ...]:
        from consortium_planner.domain.text import fold

        by_name = {fold(name): cluster_id for name, cluster_id in clusters()}
        ids = []
        for name in filter(None, (part.strip() for part in text.split(";"))):
            if fold(name) not in by_name:
                raise ValueError(translate(
                    "DirectoryPage", "{name} is not a cluster organisation of the directory"
                ).format(name=repr(name)))
            ids.append(by_name[fold(name)])
        return tuple(ids)
    return parse


def value_chain_columns(clusters: ClusterChoices | None = None) -> list[Column]:
    """An organisation's sectors, ecosystems, founding year, clusters and usual roles."""
    columns = [
        Column("nace_codes", translate("DirectoryPage", "NACE codes"),
               lambda o: "; ".join(o.nace_codes),
               tooltip=_nace_titles, editor=Editor("text"), width=110,
               header_tooltip=translate("DirectoryPage",
                                        "NACE Rev. 2 codes, e.g. C25.62; 28.41 (any level)")),
        Column("ecosystems", translate("DirectoryPage", "Ecosystems"),
               lambda o: tuple(o.ecosystems),
               text=lambda o: choices.labels_of(choices.ecosystems(), o.ecosystems),
               editor=Editor("choices", choices=lambda _o: choices.ecosystems()),
               parse=lambda text, _row: text, width=150,
               header_tooltip=translate("DirectoryPage", "The industrial ecosystems of the EU "
                                        "Industrial Strategy (2021)")),
        Column("founded_year", translate("DirectoryPage", "Founded"), lambda o: o.founded_year,
               editor=Editor("text"),
               numeric=True, width=70,
               header_tooltip=translate("DirectoryPage", "Year of foundation (start-ups show)")),
    ]
    if clusters is not None:
        columns.append(Column(
            "cluster_ids", translate("DirectoryPage",
                                     "Clusters"), lambda o: tuple(link.id for link in o.clusters),
            text=lambda o: "; ".join(link.name for link in o.clusters),
            editor=Editor("choices", choices=lambda _o: clusters()), parse=_cluster_ids(clusters),
            width=140, header_tooltip=translate("DirectoryPage",
                                                "The cluster organisations it is a member of")))
    columns.append(Column(
        "usual_roles", translate("DirectoryPage", "Usual roles"), lambda o: tuple(o.usual_roles),
        text=lambda o: choices.labels_of(choices.value_chain_roles(), o.usual_roles),
        editor=Editor("choices", choices=lambda _o: choices.value_chain_roles()),
        parse=lambda text, _row: text, width=150,
        header_tooltip=translate("DirectoryPage",
                                 "Value-chain roles it usually holds (a project proposes them)")))
    return columns


def organisation_columns(participations: dict[int, list[str]] | None = None,
                         clusters: ClusterChoices | None = None) -> list[Column]:
    columns = [
        _text_column("short_name", translate("DirectoryPage", "Short name"), 110),
        _text_column("legal_name", translate("DirectoryPage", "Legal name"), 240),
        Column("org_type", translate("DirectoryPage", "Type"), lambda o: o.org_type,
               text=lambda o: _choice_label("org_type", o.org_type),
               editor=Editor("choice", choices=lambda _o: choices.org_types()), width=150),
        Column("country", translate("DirectoryPage", "Country"), lambda o: o.country,
               text=lambda o: _choice_label("country", o.country),
               editor=Editor("choice", choices=lambda _o: choices.countries(), filterable=True,
                             optional=True, resolve=choices.country_from_text), width=150),
        Column("nuts2", translate("DirectoryPage", "Region"), lambda o: o.nuts2,
               text=lambda o: _choice_label("nuts2", o.nuts2, o.country),
               editor=Editor("choice", choices=lambda o: choices.regions(o.country if o else ""),
                             filterable=True, optional=True), width=190),
        _text_column("pic", translate("DirectoryPage", "PIC"), 90),
        _text_column("vat", translate("DirectoryPage", "VAT number"), 120),
        Column("profit", translate("DirectoryPage", "Profit-making"), lambda o: o.profit,
               text=lambda o: choices.label_of(choices.profit_choices(), o.profit),
               editor=Editor("choice", choices=lambda _o: choices.profit_choices(), optional=True,
                             resolve=yes_or_no)),
        Column("staff_headcount", translate("DirectoryPage", "Staff"), lambda o: o.staff_headcount,
               editor=Editor("text"),
               numeric=True, width=60),
        Column("turnover", translate("DirectoryPage", "Turnover"), lambda o: o.turnover,
               text=lambda o: money_text(o.turnover),
               editor=Editor("money", optional=True), numeric=True, width=120),
        Column("balance_sheet", translate("DirectoryPage", "Balance sheet"),
               lambda o: o.balance_sheet,
               text=lambda o: money_text(o.balance_sheet),
               editor=Editor("money", optional=True), numeric=True, width=120),
        Column("sme_class", translate("DirectoryPage", "SME class"), lambda o: o.sme_class,
               text=lambda o: _choice_label("sme_class", o.sme_class),
               editor=Editor("choice", choices=lambda _o: choices.sme_classes(), optional=True)),
        _text_column("city", translate("DirectoryPage", "City"), 110),
        _text_column("postcode", translate("DirectoryPage", "Postcode")),
        _text_column("address", translate("DirectoryPage", "Address"), 160),
        _text_column("website", translate("DirectoryPage", "Website"), 150),
        _text_column("contact_name", translate("DirectoryPage", "Contact"), 130),
        _text_column("email", translate("DirectoryPage", "E-mail"), 160),
        _text_column("phone", translate("DirectoryPage", "Phone"), 110),
        *value_chain_columns(clusters),
    ]
    if participations is not None:
        columns.append(Column("", translate("DirectoryPage", "Projects"),
                              lambda o: ", ".join(participations.get(o.id, []))))
    # what a CORDIS export said of its EU projects (services/eu_experience.py); read-only
    columns.append(Column("", translate("DirectoryPage", "EU projects"), lambda o: o.eu_experience,
                          width=260,
                          tooltip=lambda o: o.eu_experience.replace("; ", "\n"),
                          header_tooltip=translate("DirectoryPage", "EU project experience, "
                                                   "from an imported CORDIS export")))
    columns.append(_text_column("notes", translate("DirectoryPage", "Notes"), 200))
    return columns


class DirectoryPage(Page):
    """The directory at any size: the search engine finds and sorts, the model shows a page of
    rows at a time, the facets beside it narrow the result and show its counts."""

    title = "Partner directory"
    per_project = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._participations: dict[int, list[str]] = {}
        self._clusters: list[tuple[str, int]] | None = None  # read at their first use
        self.model = paged_model(
            context, organisation_columns(self._participations, self.clusters), self)
        self.editing = RowEditing(
            context, "organisation", lambda o: o.short_name or o.legal_name,
            place=_place_organisation,
        )
        self.table = TableSection(
            "directory", self.tr("Partner directory"), self.model, context.settings,
            add=self.add_organisation, add_text=self.tr("Add organisation"),
            remove=self.editing.remove, paste=self.editing.paste,
            search=lambda text: self.searcher.typed(text), parent=self,
        )
        self.table.search.setPlaceholderText(
            self.tr("Search name, PIC, VAT, city…"))
        self.table.search.setMaximumWidth(420)
        self.table.header.setStretchFactor(self.table.search, 1)  # the directory's main tool
        self.editing.bind(self.table)
        self.facets = FacetPanel(self)
        # after the view's first sort, which must not search yet
        self.searcher = DirectorySearcher(context, self.table.search, self.facets, self.model,
                                          self.table.view, parent=self)
        self.count_label = plain_label("", self)
        # over the table's empty area: no organisation at all, or none that matches
        self.empty = EmptyState(self.table.view.viewport())
        empty_layout = QVBoxLayout(self.table.view.viewport())
        empty_layout.setContentsMargins(24, 24, 24, 24)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)
        self.empty.hide()
        self.searcher.searched.connect(self._searched)
        # the first search waits for the page's first frame (see reload)
        self._searched_once = False
        self._first_search_pending = False
        self.saved_button = QPushButton(self.tr("Saved searches"), self)
        self.saved_button.setAccessibleName(self.tr("Saved searches"))
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)
        # a row of its own under the facets' title: their narrow column has no room beside
        # "Clear all" in German or Polish
        column = self.facets.top.parent()
        assert isinstance(column, QBoxLayout)
        column.insertWidget(column.indexOf(self.facets.top) + 1, self.saved_button, 0,
                            Qt.AlignmentFlag.AlignRight)
        self.add_to_project_menu = QMenu(self.tr("Add to project"), self)
        self.add_to_project_menu.aboutToShow.connect(self._fill_project_menu)
        self.table.extra_actions.append(self.add_to_project_menu.menuAction())
        history = QAction(self.tr("History of this organisation…"), self)
        history.triggered.connect(self._show_history)
        self.table.extra_actions.append(history)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.facets)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        # wide enough for the facets' titles and buttons in the window's language
        splitter.setSizes([max(270, self.facets.preferred_width()), 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def relevant(self, changes: Changes) -> bool:
        return changes.directory or changes.projects or changes.participants

    def reload(self) -> None:
        """Search again with the same query: the same organisations keep their places (an edit
        only marks the fetched rows stale), an added or removed one changes the list.

        The very first search waits until the page has painted a frame ("Searching…"): a
        window opening on a large directory shows itself first, then its rows."""
        if not self._searched_once:
            self._wait_for_first_frame()
            return
        self._read_and_search()

    def _wait_for_first_frame(self) -> None:
        self.count_label.setText(self.tr("Searching…"))
        if not self._first_search_pending:
            self._first_search_pending = True
            self.table.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._first_search_pending and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._first_search)  # once this frame is on screen
        return super().eventFilter(watched, event)

    def _first_search(self) -> None:
        if not self._first_search_pending:
            return  # a search came first (typing, a facet)
        self._first_search_pending = False
        if self.context.workspace is not None:
            self._read_and_search()

    def _searched(self, result: SearchResult) -> None:
        self._searched_once = True
        self._first_search_pending = False
        self.table.view.viewport().removeEventFilter(self)
        self.count_label.setText(self.tr("{count} organisation(s)", "", len(result.ids)).format(
            count=f"{len(result.ids):,}"))
        self._show_empty_state(bool(result.ids))

    def _show_empty_state(self, found: bool) -> None:
        """Nothing found: say why and what to do. A search or filters that find nothing are not
        an empty directory: then a way to clear them."""
        if found:
            self.empty.hide()
            return
        query = self.searcher.query
        if query.text.strip() or replace(query, text="", sort="rank",
                                          descending=False) != DirectoryQuery():
            self.empty.say(self.tr("No matches"), self.tr(
                "No organisation matches the search and filters."),
                [(self.tr("Clear search and filters"), self.clear_search_and_filters)])
        elif not self.model.editable:
            self.empty.say(self.tr("Empty directory"),
                           self.tr("The directory holds no organisations."))
        else:
            _, add_key = menu_path("add_row")
            import_path, import_key = menu_path("import_organisations")
            import_text = action_text("import_organisations")
            self.empty.say(self.tr("Empty directory"), self.tr(
                "The directory holds no organisations yet. Add one with {add} ({add_key}), or "
                "import a list (Excel, CSV, a CORDIS export) with {import_path} ({import_key}); "
                "a file dropped onto the window is imported too.").format(
                    add=self.tr("Add organisation"), add_key=add_key, import_path=import_path,
                    import_key=import_key),
                [(self.tr("Add organisation"), self.add_organisation),
                 (import_text, self._import_organisations)])
        self.empty.show()

    def _import_organisations(self) -> None:
        """The window's File > Import organisations… (the page alone, as in tests, has none)."""
        action = getattr(self.window(), "action", None)
        if action is not None:
            action("import_organisations").trigger()

    def clear_search_and_filters(self) -> None:
        """Show every organisation again: no text, no facet chosen."""
        blocked = self.table.search.blockSignals(True)
        self.table.search.clear()
        self.table.search.blockSignals(blocked)
        self.facets.take_from(DirectoryQuery())
        self.searcher.run()

    def _read_and_search(self) -> None:
        self._participations.clear()
        self._participations.update(self.context.participations())
        self._clusters = None
        self.searcher.forget()  # a reload follows a change: count afresh
        self.searcher.run()

    def clusters(self) -> list[tuple[str, int]]:
        """The clusters an organisation may join (the Clusters column's editor and pasted
        names), read at their first use after each change, not with every search: a directory
        of 134,000 organisations can hold thousands, a tenth of a second to read and sort."""
        if self._clusters is None:
            from consortium_planner.services.clusters import cluster_choices

            self._clusters = self.context.read(cluster_choices) if self.context.workspace else []
        return self._clusters

    # -- saved searches --------------------------------------------------------------------------

    def saved(self) -> list[tuple[str, DirectoryQuery]]:
        return self.context.read(saved_searches) if self.context.workspace else []

    def save_search(self, name: str) -> bool:
        """Save what is typed and chosen now under `name` (replacing a search of that name)."""
        try:
            save_search(self.context.workspace, name, self.searcher.current_query())
        except UserError as error:
            self.context.user_error.emit(error_text(error))
            return False
        return True

    def apply_saved(self, query: DirectoryQuery) -> None:
        self.searcher.apply(query)

    def delete_saved(self, name: str) -> None:
        delete_saved_search(self.context.workspace, name)

    def _fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        saved = self.saved()
        for name, query in saved:
            action = menu.addAction(menu_text(name))
            action.triggered.connect(lambda _checked=False, query=query: self.apply_saved(query))
        if not saved:
            menu.addAction(self.tr("No saved search yet")).setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(self.tr("Save this search…"))
        save.triggered.connect(self._ask_name_and_save)
        save.setEnabled(not self.context.read_only)
        delete = menu.addMenu(self.tr("Delete saved search"))
        delete.setEnabled(bool(saved) and not self.context.read_only)
        for name, _query in saved:
            action = delete.addAction(menu_text(name))
            action.triggered.connect(lambda _checked=False, name=name: self.delete_saved(name))

    def _ask_name_and_save(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Save this search"), self.tr("Name of the search:"))
        if accepted:
            self.save_search(name)

    # -- rows ------------------------------------------------------------------------------------

    def sections(self) -> list[TableSection]:
        return [self.table]

    def select(self, kind: str, row_id: int) -> bool:
        return kind == "organisation" and self._select(row_id)

    def _select(self, row_id: int, column_key: str | None = None, *, edit: bool = False) -> bool:
        """Bring an organisation into view, clearing the search and filters if they hide it."""
        if self.model.row_of_id(row_id) is None:
            self.clear_search_and_filters()
        return self.table.select_row_id(row_id, column_key, edit=edit)

    def add_organisation(self) -> None:
        command = AddCommand(
            self.context, "organisation",
            lambda service: service.add_organisation({"legal_name": new_organisation()}),
            self.tr("Add organisation"),
        )
        if self.context.execute(command) and command.created_id is not None:
            self.refresh()
            self._select(command.created_id, "legal_name", edit=True)

    def _fill_project_menu(self) -> None:
        self.add_to_project_menu.clear()
        for project in self.context.projects():
            action = QAction(menu_text(project.acronym), self.add_to_project_menu)
            action.triggered.connect(
                lambda _checked=False, project_id=project.id: self.add_selected_to(project_id)
            )
            action.setEnabled(not self.context.read_only)
            self.add_to_project_menu.addAction(action)
        if not self.add_to_project_menu.actions():
            self.add_to_project_menu.addAction(self.tr("No project yet")).setEnabled(False)

    def _show_history(self) -> None:
        from consortium_planner.ui.history import open_organisation_history

        organisation = self.table.current_row()
        if organisation is not None:
            open_organisation_history(self.context, organisation, self.window())

    def add_selected_to(self, project_id: int) -> None:
        """Add the selected organisations to a project as participants (one undo step)."""
        organisations: list[OrganisationInfo] = self.table.selected_rows()
        add_participants(self.context, project_id, [o.id for o in organisations])


def _place_organisation(values: dict[str, Any]) -> RowToAdd:
    """A pasted organisation joins the directory; a line without a legal name gets one."""
    from consortium_planner.services.editing import RowToAdd

    return RowToAdd(None, {"legal_name": new_organisation(), **values})


def new_organisation() -> str:
    """The legal name a new organisation starts with."""
    return translate("DirectoryPage", "New organisation")


def add_participants(context: AppContext, project_id: int, organisation_ids: list[int]) -> None:
    """Bring organisations into a project: one service call, so one transaction (all of them or
    none) and one undo step."""
    if not organisation_ids:
        return
    if len(organisation_ids) == 1:
        found = context.read(fetch_rows, organisation_ids)
        name = found[0].short_name or found[0].legal_name if found else ""
        text = translate("DirectoryPage", "Add participant {name}").format(name=name)
    else:
        text = tr("Add %n participant(s)", "", len(organisation_ids))
    ids = list(organisation_ids)
    context.execute(AddCommand(
        context, "participant", lambda service: service.add_participants(project_id, ids), text))
