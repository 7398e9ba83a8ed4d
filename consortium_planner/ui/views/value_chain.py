"""The value chain of a project: which participant holds which role (editable, one undo step
per tick), the roles nobody holds with a partner finder filtered for each, the picture of the
chain from research to market, the shares of companies, SMEs and start-ups, the sectors,
ecosystems and clusters present, and the smart-specialisation (S3) areas of the regions.

Every figure comes from `snapshot.value_chain`, the computation the checks and the exports use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.value_chain import (
    ChainRole,
    GroupShare,
    ValueChain,
    share_percent,
)
from consortium_planner.exporting.chain_picture import ChainPicture, chain_picture
from consortium_planner.reference.vocab_labels import chain_role_label
from consortium_planner.rules.findings import with_article
from consortium_planner.ui import choices
from consortium_planner.ui.commands import S3AreasCommand, UpdateCommand
from consortium_planner.ui.formatting import decimal_mark_text, money_text
from consortium_planner.ui.language import texts, window_language, window_wording
from consortium_planner.ui.views.base import Page, tr
from consortium_planner.ui.widgets import plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.project import ParticipantInfo, ProjectSnapshot
    from consortium_planner.services.editing import Changes

MISSING_COLOUR = "#b00020"
MISSING_MARK = "⚠ "
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def participant_label(participant: ParticipantInfo) -> str:
    return f"P{participant.number} {participant.short_name}"


def window_chain(chain: ValueChain) -> ValueChain:
    """The chain with its roles named in the window's language, as the PDF in that language
    names them (built-in roles translated, a workspace's own kept as written)."""
    from dataclasses import replace

    catalogue = texts()
    return replace(chain, roles=tuple(replace(role, label=chain_role_label(role.label, catalogue))
                                      for role in chain.roles))


def role_in_sentence(label: str) -> str:
    """A role's label inside a sentence: "a manufacturer" in English; other languages' sentences
    take the bare label (their translations place any article themselves)."""
    return with_article(label.lower()) if window_language() == "en" else label


# --- the matrix -------------------------------------------------------------------------------


class RoleMatrixModel(QAbstractTableModel):
    """Roles (rows) x participants (columns, then the regions holding the role): a tick per
    role a participant holds. Ticking asks `on_toggle(participant, role key, held)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles: list[ChainRole] = []
        self.participants: list[ParticipantInfo] = []
        self.chain: ValueChain | None = None
        self.editable = True
        self.on_toggle: Any = None

    def set_chain(self, chain: ValueChain, participants: list[ParticipantInfo]) -> None:
        self.beginResetModel()
        self.chain = chain
        self.roles = [*chain.roles, *(ChainRole(key, key) for key in chain.unknown_roles)]
        self.participants = list(participants)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.roles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.participants) + 1

    def _holds(self, row: int, column: int) -> bool:
        return self.roles[row].key in self.participants[column].value_chain_roles

    def missing(self, row: int) -> bool:
        return self.chain is not None and self.roles[row].key in self.chain.missing_roles

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.chain is None:
            return None
        row, column = index.row(), index.column()
        key = self.roles[row].key
        if column == len(self.participants):  # the regions holding the role
            regions = ", ".join(self.chain.region_holders.get(key, ()))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return regions
            return None
        held = self._holds(row, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            who = participant_label(self.participants[column])
            text = (translate("ValueChainPage", "{participant}: {role} (held)") if held
                    else translate("ValueChainPage", "{participant}: {role} (not held)"))
            return text.format(participant=who, role=self.roles[row].label)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.participants):
                return translate("ValueChainPage",
                                 "Regions") if role == Qt.ItemDataRole.DisplayRole else None
            participant = self.participants[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return participant_label(participant)
            if role == Qt.ItemDataRole.ToolTipRole:
                return participant.organisation.legal_name
            return None
        if section >= len(self.roles):
            return None
        missing = self.missing(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return (MISSING_MARK if missing else "") + self.roles[section].label
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(QColor(MISSING_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ValueChainPage",
                             "Nobody in the consortium holds this role") if missing else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.participants) and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() >= len(self.participants) or self.on_toggle is None):
            return False
        held = Qt.CheckState(value) == Qt.CheckState.Checked
        participant = self.participants[index.column()]
        return bool(self.on_toggle(participant, self.roles[index.row()].key, held))


# --- the picture ------------------------------------------------------------------------------


class ChainPictureWidget(QWidget):
    """The chain from research to market (exporting/chain_picture.py), laid out to the width."""

    STAGE = QColor("#1F4E79")
    SUPPORT = QColor("#DCE6F1")
    MEMBER = QColor("#EEF2F6")
    RULE = QColor("#9AA5B1")
    INK = QColor("#1F2933")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chain: ValueChain | None = None
        self.names: dict[int, str] = {}
        self.picture = ChainPicture(0, 0, ())
        self.setAccessibleName(self.tr("Picture of the value chain from research to market"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_chain(self, chain: ValueChain, names: dict[int, str]) -> None:
        self.chain = chain
        self.names = names
        self._layout(max(self.width(), 600))
        self.setAccessibleDescription(describe_chain(chain, names))

    def _layout(self, width: int) -> None:
        if self.chain is None:
            return
        self.picture = chain_picture(self.chain, lambda n: self.names.get(n, f"P{n}"), width,
                                     window_wording())
        self.setFixedHeight(int(self.picture.height) + 2)
        self.update()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.chain is not None and int(self.picture.width) != self.width():
            self._layout(self.width())

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        paint_picture(painter, self.picture, self.font())
        painter.end()

    def image(self, width: int = 1600) -> QImage:
        """The picture at `width` pixels, for the proposal (a PNG file)."""
        assert self.chain is not None
        picture = chain_picture(self.chain, lambda n: self.names.get(n, f"P{n}"), width / 2,
                                window_wording())
        image = QImage(width, int(picture.height * 2) + 4, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(2, 2)
        paint_picture(painter, picture, self.font())
        painter.end()
        return image


def paint_picture(painter: QPainter, picture: ChainPicture, font: Any) -> None:
    """Draw the boxes of `picture` in the style of the PDF's figure."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    widget = ChainPictureWidget
    for box in picture.boxes:
        rect = QRectF(box.x, box.y, box.width, box.height)
        text_font = painter.font()
        text_font.setFamily(font.family())
        text_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        text_font.setBold(box.style in ("stage", "support", "caption"))
        painter.setFont(text_font)
        inset = 5.0
        if box.style == "caption":
            painter.setPen(widget.STAGE)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             box.text)
            continue
        if box.style == "stage":
            tip = 9.0
            path = QPainterPath()
            path.moveTo(box.x, box.y)
            path.lineTo(box.x + box.width - tip, box.y)
            path.lineTo(box.x + box.width, box.y + box.height / 2)
            path.lineTo(box.x + box.width - tip, box.y + box.height)
            path.lineTo(box.x, box.y + box.height)
            if box.x > 0:
                path.lineTo(box.x + tip, box.y + box.height / 2)
            path.closeSubpath()
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(widget.STAGE)
            painter.drawPath(path)
            painter.setPen(QColor("white"))
            inset = tip + 4
        elif box.style == "support":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(widget.SUPPORT)
            painter.drawRect(rect)
            painter.setPen(widget.INK)
        elif box.style == "missing":
            pen = QPen(QColor(MISSING_COLOUR), 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor("white"))
            painter.drawRect(rect)
            painter.setPen(QColor(MISSING_COLOUR))
        else:
            painter.setPen(QPen(widget.RULE, 0.5))
            painter.setBrush(widget.MEMBER)
            painter.drawRect(rect)
            painter.setPen(widget.INK)
        text_rect = rect.adjusted(inset, 1, -4, -1)
        text = box.text
        if box.height <= 20:
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                    int(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                                        | Qt.TextFlag.TextWordWrap), text)


def describe_chain(chain: ValueChain, names: dict[int, str]) -> str:
    """The picture in words, for screen readers and tooltips."""
    parts = []
    for role in chain.roles:
        holders = chain.holders.get(role.key, ())
        who = ", ".join(names.get(n, f"P{n}") for n in holders) or translate("ValueChainPage",
                                                                             "nobody")
        parts.append(translate("ValueChainPage", "{role}: {holders}").format(role=role.label,
                                                                             holders=who))
    return "; ".join(parts)


# --- S3 areas ---------------------------------------------------------------------------------


class S3AreasDialog(QDialog):
    """A region's S3 areas (one per line) and the source they come from."""

    def __init__(self, code: str, areas: list[str], source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Smart-specialisation areas of {code}").format(code=code))
        self.areas = QPlainTextEdit("\n".join(areas), self)
        self.areas.setAccessibleName(self.tr("S3 areas, one per line"))
        self.areas.setTabChangesFocus(True)
        self.source = QLineEdit(source, self)
        self.source.setAccessibleName(self.tr("Source of the areas"))
        self.source.setPlaceholderText(
            self.tr("e.g. the region's smart specialisation strategy 2021-2027"))
        form = QFormLayout()
        form.addRow(self.tr("&Areas (one per line):"), self.areas)
        form.addRow(self.tr("&Source:"), self.source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 320)


# --- the page ---------------------------------------------------------------------------------


class ValueChainPage(Page):
    title = "Value chain"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.snapshot_: ProjectSnapshot | None = None
        self.chain_: ValueChain | None = None  # its roles named in the window's language

        self.priority = QComboBox(self)
        self.priority.setEditable(True)
        self.priority.setAccessibleName(self.tr("Thematic priority"))
        self.priority.activated.connect(lambda _i: self._save_priority())
        self.priority.lineEdit().editingFinished.connect(self._save_priority)
        self.priority_note = plain_label("", self, wrap=True)
        top = QFormLayout()
        top.addRow(self.tr("Thematic p&riority:"), self.priority)
        top.addRow(self.priority_note)

        self.model = RoleMatrixModel(self)
        self.model.on_toggle = self.toggle_role
        self.matrix = QTableView(self)
        self.matrix.setModel(self.model)
        self.matrix.setAccessibleName(self.tr("Value-chain roles of the participants"))
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setTabKeyNavigation(False)
        self.matrix.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_box = QWidget(self)
        self.missing_layout = QGridLayout(self.missing_box)
        self.missing_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_layout.setColumnStretch(3, 1)  # buttons keep their own width
        self.find_buttons: dict[str, QPushButton] = {}
        matrix_box = QGroupBox(self.tr("Roles × participants (Space ticks a role)"), self)
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.addWidget(self.matrix)
        self.missing_label = plain_label("", self)
        matrix_layout.addWidget(self.missing_label)
        matrix_layout.addWidget(self.missing_box)

        self.picture = ChainPictureWidget(self)
        self.save_picture_button = QPushButton(self.tr("Save the pi&cture…"), self)
        self.save_picture_button.clicked.connect(lambda _checked=False: self.save_picture())
        picture_box = QGroupBox(self.tr("The chain from research to market"), self)
        picture_layout = QVBoxLayout(picture_box)
        picture_layout.addWidget(self.picture)
        picture_row = QHBoxLayout()
        picture_row.addStretch(1)
        picture_row.addWidget(self.save_picture_button)
        picture_layout.addLayout(picture_row)

        self.shares = plain_label("", self, wrap=True)
        self.shares.setAccessibleName(self.tr("Companies, SMEs and start-ups"))
        shares_box = QGroupBox(self.tr("Companies, SMEs and start-ups"), self)
        QVBoxLayout(shares_box).addWidget(self.shares)
        self.sectors = plain_label("", self, wrap=True)
        self.sectors.setAccessibleName(self.tr("Sectors and ecosystems"))
        sectors_box = QGroupBox(self.tr("Sectors (NACE Rev. 2) and industrial ecosystems"), self)
        QVBoxLayout(sectors_box).addWidget(self.sectors)
        self.clusters = plain_label("", self, wrap=True)
        for label in (self.shares, self.sectors, self.clusters):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.clusters.setAccessibleName(self.tr("Clusters and the partners they bring"))
        clusters_box = QGroupBox(self.tr("Clusters and the partners they bring"), self)
        QVBoxLayout(clusters_box).addWidget(self.clusters)

        self.s3_summary = plain_label("", self, wrap=True)
        self.s3_table = QTableWidget(0, 4, self)
        self.s3_table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Name"), self.tr("S3 areas"), self.tr("Source")])
        self.s3_table.setAccessibleName(self.tr("Smart-specialisation areas per region"))
        self.s3_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.s3_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.s3_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.s3_table.verticalHeader().hide()
        self.s3_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.s3_table.setWordWrap(False)
        header = self.s3_table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, 200)
        self.s3_table.setTabKeyNavigation(False)
        self.s3_table.activated.connect(lambda _index: self.edit_areas())
        self.edit_areas_button = QPushButton(self.tr("Edit &areas…"), self)
        self.edit_areas_button.clicked.connect(lambda _checked=False: self.edit_areas())
        s3_box = QGroupBox(self.tr("Smart-specialisation (S3) areas of the regions"), self)
        s3_layout = QVBoxLayout(s3_box)
        s3_layout.addWidget(self.s3_summary)
        s3_layout.addWidget(self.s3_table)
        s3_row = QHBoxLayout()
        s3_row.addStretch(1)
        s3_row.addWidget(self.edit_areas_button)
        s3_layout.addLayout(s3_row)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(matrix_box, 1, 0, 1, 2)
        grid.addWidget(picture_box, 2, 0, 1, 2)
        grid.addWidget(shares_box, 3, 0)
        grid.addWidget(sectors_box, 3, 1)
        grid.addWidget(clusters_box, 4, 0)
        grid.addWidget(s3_box, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def relevant(self, changes: Changes) -> bool:
        return (changes.participants or changes.budget or changes.directory or changes.project)

    def apply_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only
        self.model.layoutChanged.emit()
        for widget in (self.priority, self.edit_areas_button, *self.find_buttons.values()):
            widget.setEnabled(not read_only)

    # -- showing -----------------------------------------------------------------------------------

    def reload(self) -> None:
        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        self.snapshot_ = snapshot
        self.chain_ = chain = window_chain(snapshot.value_chain)
        names = {p.number: participant_label(p) for p in snapshot.participants}
        self._loading = True
        try:
            self.priority.clear()
            self.priority.addItems(list(snapshot.profile.thematic_priorities))
            self.priority.setEditText(snapshot.project.thematic_priority)
        finally:
            self._loading = False
        thematic = snapshot.profile.thematic
        self.priority_note.setText(
            (self.tr("The call's priorities: {priorities}. Source: {source} (check against the "
                     "call document)") if thematic.verify
             else self.tr("The call's priorities: {priorities}. Source: {source}")).format(
                priorities=", ".join(texts().gettext(priority)
                                     for priority in snapshot.profile.thematic_priorities),
                source=thematic.source)
            if snapshot.profile.thematic_priorities else "")
        self.priority_note.setVisible(bool(snapshot.profile.thematic_priorities))
        self.model.editable = not self.context.read_only
        self.model.set_chain(chain, list(snapshot.participants))
        self.matrix.setFixedHeight(self.matrix.horizontalHeader().height()
                                   + sum(self.matrix.rowHeight(r)
                                         for r in range(self.model.rowCount()))
                                   + 2 * self.matrix.frameWidth() + 2)
        self._show_missing(chain)
        self.picture.set_chain(chain, names)
        from consortium_planner.exporting.value_chain_tables import startup_note

        self.shares.setText(shares_text(chain, len(snapshot.participants)) + "\n"
                            + startup_note(snapshot, window_wording()))
        self.sectors.setText(sectors_text(snapshot))
        self.clusters.setText(clusters_text(snapshot))
        self._show_s3(snapshot)

    def _show_missing(self, chain: ValueChain) -> None:
        while self.missing_layout.count():
            item = self.missing_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.find_buttons = {}
        if not chain.missing_roles:
            self.missing_label.setText(self.tr("Every role of the chain is held by someone."))
            return
        self.missing_label.setText(MISSING_MARK + self.tr(
            "Nobody holds {missing} of the %n role(s). Find partners whose usual roles include "
            "one:", "", len(chain.roles)).format(missing=len(chain.missing_roles)))
        for position, key in enumerate(chain.missing_roles):
            button = QPushButton(
                self.tr("Find {role}…").format(role=role_in_sentence(chain.label(key))),
                self.missing_box)
            button.setAccessibleName(
                self.tr("Find partners for the role {role}").format(role=chain.label(key)))
            button.setEnabled(not self.context.read_only)
            button.clicked.connect(lambda _checked=False, key=key: self.find_partners(key))
            self.missing_layout.addWidget(button, position // 3, position % 3)
            self.find_buttons[key] = button
        # Buttons made after the page was built join the end of the window's focus chain,
        # where Tab never reaches them: put them right after the matrix.
        chain = [self.matrix, *self.find_buttons.values(), self.save_picture_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _show_s3(self, snapshot: ProjectSnapshot) -> None:
        from consortium_planner.services.value_chain import region_areas

        s3 = snapshot.value_chain.s3
        if not s3.regions:
            summary = self.tr("No participant has a NUTS 2 region yet.")
        elif s3.shared:
            summary = self.tr("Shared by every region: {areas}.").format(areas="; ".join(s3.shared))
        else:
            summary = MISSING_MARK + self.tr("No area is shared by every region.")
        if s3.isolated:
            summary += " " + self.tr("Sharing no area with any other region: {regions}.").format(
                regions=", ".join(s3.isolated))
        if s3.unrecorded:
            summary += " " + self.tr("No areas recorded for {regions}.").format(
                regions=", ".join(s3.unrecorded))
        self.s3_summary.setText(summary)
        self.s3_table.setRowCount(len(s3.regions))
        for row, code in enumerate(s3.regions):
            entries = self.context.read(region_areas, code)
            sources = sorted({entry.source for entry in entries if entry.source})
            cells = (code, choices.region_name(code),
                     "; ".join(entry.area for entry in entries), "; ".join(sources))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and not entries:
                    item.setText(MISSING_MARK + self.tr("none recorded"))
                    item.setForeground(QBrush(QColor(MISSING_COLOUR)))
                item.setData(Qt.ItemDataRole.UserRole, code)
                self.s3_table.setItem(row, column, item)
        self.s3_table.setFixedHeight(self.s3_table.horizontalHeader().height()
                                     + sum(self.s3_table.rowHeight(r)
                                           for r in range(self.s3_table.rowCount()))
                                     + 2 * self.s3_table.frameWidth() + 2)

    # -- editing -----------------------------------------------------------------------------------

    def toggle_role(self, participant: ParticipantInfo, key: str, held: bool) -> bool:
        """Tick or untick a role of a participant: one undo step."""
        if self.context.read_only or self.chain_ is None:
            return False
        roles = set(participant.value_chain_roles)
        roles = roles | {key} if held else roles - {key}
        label = self.chain_.label(key)
        if window_language() != "de":
            label = label.lower()
        text = (self.tr("Give the role {role} to {participant}") if held
                else self.tr("Take the role {role} from {participant}")).format(
            role=label, participant=participant_label(participant))
        return self.context.execute(UpdateCommand(
            self.context, "participant",
            [(participant.id, {"value_chain_roles": sorted(roles)})], text))

    def _save_priority(self) -> None:
        if self._loading or self.project_id is None or self.context.read_only:
            return
        value = self.priority.currentText()
        current = self.context.snapshot(self.project_id).project
        if current.thematic_priority == value:
            return
        if not self.context.execute(UpdateCommand(
                self.context, "project", [(self.project_id, {"thematic_priority": value})],
                self.tr("Change thematic priority of {acronym}").format(
                    acronym=current.acronym))):
            self.refresh()

    def find_partners(self, key: str) -> None:
        """The partner finder, filtered for organisations whose usual roles include `key`."""
        from dataclasses import replace

        from consortium_planner.reference.messages import verbatim
        from consortium_planner.services.directory_search import DirectoryQuery, Gap
        from consortium_planner.ui.partner_finder import PartnerFinder
        from consortium_planner.ui.views.directory import add_participants

        assert self.project_id is not None and self.chain_ is not None
        role = role_in_sentence(self.chain_.label(key))
        gap = Gap("value_chain_roles",
                  verbatim(self.tr("{role}: organisations whose usual roles include it").format(
                      role=role[:1].upper() + role[1:])),
                  replace(DirectoryQuery(exclude_project=self.project_id),
                          roles=frozenset({key})))
        finder = PartnerFinder(self.context, self.project_id, self, wanted=gap)
        self.finder = finder  # for tests and screenshots
        if finder.exec() == QDialog.DialogCode.Accepted and finder.chosen_ids():
            add_participants(self.context, self.project_id, finder.chosen_ids())

    def current_region(self) -> str | None:
        row = self.s3_table.currentRow()
        item = self.s3_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def edit_areas(self) -> None:
        from consortium_planner.services.value_chain import parse_areas, region_areas

        code = self.current_region()
        if code is None or self.context.read_only:
            return
        entries = self.context.read(region_areas, code)
        sources = sorted({entry.source for entry in entries if entry.source})
        dialog = S3AreasDialog(code, [entry.area for entry in entries], "; ".join(sources), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_areas(code, parse_areas(dialog.areas.toPlainText()), dialog.source.text())

    def set_areas(self, code: str, areas: list[str], source: str) -> bool:
        from consortium_planner.services.value_chain import S3Area

        return self.context.execute(S3AreasCommand(
            self.context, code, [S3Area(area, source.strip()) for area in areas],
            self.tr("S3 areas of {code}").format(code=code)))

    def save_picture(self, path: Path | None = None) -> bool:
        if self.picture.chain is None:
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the picture of the value chain"), "value-chain.png",
                self.tr("PNG images (*.png)"))
            if not name:
                return False
            path = Path(name)
        return self.picture.image().save(str(path))


# --- texts ------------------------------------------------------------------------------------


def _group_line(label: str, group: GroupShare, participants: int) -> str:
    if not participants:
        return translate("ValueChainPage", "{group}: no participants yet.").format(group=label)
    if group.share_of_eu_contribution is not None:
        of_eu = translate("ValueChainPage", "EUR {amount}, {share} of the EU contribution").format(
            amount=money_text(group.eu_contribution),
            share=decimal_mark_text(share_percent(group.share_of_eu_contribution)))
    else:
        of_eu = translate("ValueChainPage", "no EU contribution planned yet")
    numbers = f" (P{', P'.join(str(n) for n in group.participants)})" if group.participants else ""
    return tr("{group}: {count} of %n participant(s){numbers}, {share}; {of_eu}.", "",
              participants).format(
        group=label, count=group.count, numbers=numbers,
        share=decimal_mark_text(share_percent(group.share_of_participants)), of_eu=of_eu)


def shares_text(chain: ValueChain, participants: int) -> str:
    return "\n".join((
        _group_line(translate("ValueChainPage", "Companies (SMEs and large enterprises)"),
                    chain.companies,
                    participants),
        _group_line(translate("ValueChainPage", "SMEs"), chain.smes, participants),
        _group_line(translate("ValueChainPage", "Start-ups"), chain.startups, participants),
    ))


def sectors_text(snapshot: ProjectSnapshot) -> str:
    from consortium_planner.exporting.value_chain_tables import presence_lines

    sectors, ecosystems = presence_lines(snapshot, window_wording())
    none = translate("ValueChainPage", "none recorded")
    return "\n".join((
        translate("ValueChainPage", "Sectors:"),
        *(f"  {line}" for line in sectors or [none]),
        translate("ValueChainPage", "Ecosystems:"),
        *(f"  {line}" for line in ecosystems or [none]),
    ))


def clusters_text(snapshot: ProjectSnapshot) -> str:
    from consortium_planner.exporting.value_chain_tables import cluster_lines

    return "\n".join(cluster_lines(snapshot, window_wording())) or (
        translate("ValueChainPage", "No participant is recorded as a member of a cluster."))
