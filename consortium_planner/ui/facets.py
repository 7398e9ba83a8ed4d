"""Facets beside the directory: each value of a field with its count for the current search.

Clicking values filters: several values of one facet widen the result (OR), choices in different
facets narrow it (AND). Arrows move through a facet's values and Space picks one, as in any list.
The panel only holds the choice; the directory page asks the search engine for the rows and the
counts, and gives the counts back with `set_facets`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.services.directory_search import DirectoryQuery, FacetValue
from consortium_planner.ui.widgets import heading_label, plain_label

VALUE_ROLE = Qt.ItemDataRole.UserRole + 10
VISIBLE_VALUES = 6  # rows of a facet's list before it scrolls


class FacetList(QListWidget):
    """One facet's values; the selected ones are the filter (shown checked as well)."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setAccessibleName(title)
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a long value ("Forschungs- und Technologieorganisation") wraps onto a second line
        # rather than losing its middle: rows differ in height and follow the list's width
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self._shown: tuple[tuple[FacetValue, ...], set[str]] | None = None
        self._fitted_width = -1

    def selected_values(self) -> set[str]:
        return {item.data(VALUE_ROLE) for item in self.selectedItems()}

    def show_values(self, values: tuple[FacetValue, ...], chosen: set[str]) -> None:
        """The facet's values and counts; a chosen value with no match stays listed (count 0),
        so it can be unchosen. The very same counts (a search finding the same organisations
        as the last) leave the list as it is."""
        if self._shown is not None and self._shown[0] is values and self._shown[1] == chosen:
            return
        self._shown = (values, set(chosen))
        shown = list(values)
        missing = chosen - {value.value for value in values}
        shown.extend(FacetValue(value, value or "–", 0) for value in sorted(missing))
        current = self.currentItem().data(VALUE_ROLE) if self.currentItem() else None
        blocked = self.blockSignals(True)
        self.clear()
        for value in shown:
            item = QListWidgetItem(f"{value.label}  ({value.count:,})")
            item.setData(VALUE_ROLE, value.value)
            item.setToolTip(value.label)  # the whole label, however the row wraps
            # the tick only shows the selection (sync_checks): a checkable item would take
            # Space as "tick" and filter nothing, so Space selects, as a click does
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.addItem(item)
            picked = value.value in chosen
            item.setSelected(picked)
            item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
            if value.value == current:
                self.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.blockSignals(blocked)
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as its first VISIBLE_VALUES rows, wrapped at the list's width (beyond them
        it scrolls)."""
        self._fitted_width = self.viewport().width()
        rows = min(VISIBLE_VALUES, self.count())
        height = sum(self.visualItemRect(self.item(row)).height() for row in range(rows))
        self.setFixedHeight(height + 2 * self.frameWidth() if rows
                            else self.fontMetrics().height() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:  # rows wrap anew at another width
            self.doItemsLayout()
            self._fit_height()

    def sync_checks(self) -> None:
        blocked = self.blockSignals(True)
        for position in range(self.count()):
            item = self.item(position)
            item.setCheckState(
                Qt.CheckState.Checked if item.isSelected() else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)


class FacetPanel(QWidget):
    """Every facet of the directory, in a scrolling column; `changed` when a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            "country": self.tr("Country"),
            "region": self.tr("NUTS 2 region"),
            "category": self.tr("Region category"),
            "org_type": self.tr("Organisation type"),
            "sme_class": self.tr("SME class"),
            "cluster": self.tr("Cluster"),
            "project": self.tr("Project"),
            "experience": self.tr("EU project experience"),
        }
        self.lists: dict[str, FacetList] = {}
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 6, 0)
        self.top = top = QHBoxLayout()  # the owner may add its own buttons
        top.addWidget(heading_label(self.tr("Filters"), self, size=1.1))
        top.addStretch(1)
        self.clear_all_button = QPushButton(self.tr("Clear all"), self)
        self.clear_all_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_all_button.clicked.connect(lambda _checked=False: self.clear())
        top.addWidget(self.clear_all_button)
        column_layout.addLayout(top)
        for key, title in titles.items():
            header = QHBoxLayout()
            label = plain_label(title, column)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            header.addWidget(label)
            header.addStretch(1)
            clear = QToolButton(column)
            clear.setText(self.tr("Clear"))
            clear.setAutoRaise(True)
            clear.setAccessibleName(self.tr("Clear {0}").format(title))
            clear.clicked.connect(lambda _checked=False, key=key: self.clear(key))
            header.addWidget(clear)
            facet = FacetList(key, title, column)
            facet.itemSelectionChanged.connect(lambda facet=facet: self._picked(facet))
            label.setBuddy(facet)
            column_layout.addLayout(header)
            column_layout.addWidget(facet)
            self.lists[key] = facet
        column_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Squeezed narrower than its widest row (a title and its Clear button, in the window's
        # language), the column scrolls sideways rather than cutting the buttons off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._column, self._scroll = column, scroll
        self._chosen: dict[str, set[str]] = {key: set() for key in self.lists}

    def preferred_width(self) -> int:
        """The width at which no title or button is squeezed (it varies with the language):
        the column's own, plus room for its vertical scroll bar."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        return self._column.sizeHint().width() + bar + 2

    # -- the choice ------------------------------------------------------------------------------

    def chosen(self, key: str) -> set[str]:
        return set(self._chosen[key])

    def choose(self, key: str, value: str, picked: bool = True) -> None:
        """Pick or unpick one value (as a click does)."""
        (self._chosen[key].add if picked else self._chosen[key].discard)(value)
        self._show_choice(key)
        self.changed.emit()

    def clear(self, key: str | None = None) -> None:
        keys = list(self.lists) if key is None else [key]
        if not any(self._chosen[k] for k in keys):
            return
        for k in keys:
            self._chosen[k].clear()
            self._show_choice(k)
        self.changed.emit()

    def apply_to(self, query: DirectoryQuery) -> DirectoryQuery:
        """`query` narrowed by the chosen values."""
        chosen = self._chosen
        projects = chosen["project"]
        return replace(
            query,
            countries=frozenset(chosen["country"]),
            regions=frozenset(chosen["region"]),
            categories=frozenset(chosen["category"]),
            org_types=frozenset(chosen["org_type"]),
            sme_classes=frozenset(chosen["sme_class"]),
            clusters=frozenset(chosen["cluster"]),
            in_projects=frozenset(int(value) for value in projects if value),
            in_no_project="" in projects,
            experience=frozenset(chosen["experience"]),
        )

    def take_from(self, query: DirectoryQuery) -> None:
        """Show the facets chosen in `query` (a saved search, a gap of the partner finder)."""
        self._chosen = {
            "country": set(query.countries),
            "region": set(query.regions),
            "category": set(query.categories),
            "org_type": set(query.org_types),
            "sme_class": set(query.sme_classes),
            "cluster": set(query.clusters),
            "project": {str(value) for value in query.in_projects}
            | ({""} if query.in_no_project else set()),
            "experience": set(query.experience),
        }
        for key in self.lists:
            self._show_choice(key)

    def set_facets(self, facets: Mapping[str, tuple[FacetValue, ...]]) -> None:
        """The counts of the current search (the chosen values stay chosen)."""
        for key, facet in self.lists.items():
            facet.show_values(facets.get(key, ()), self._chosen[key])

    # -- the lists -------------------------------------------------------------------------------

    def _picked(self, facet: FacetList) -> None:
        facet.sync_checks()
        self._chosen[facet.key] = facet.selected_values()
        self.changed.emit()

    def _show_choice(self, key: str) -> None:
        facet = self.lists[key]
        blocked = facet.blockSignals(True)
        for position in range(facet.count()):
            item = facet.item(position)
            item.setSelected(item.data(VALUE_ROLE) in self._chosen[key])
        facet.blockSignals(blocked)
        facet.sync_checks()
