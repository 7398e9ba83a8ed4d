"""Dialogs: set a participant's overrides, name a project (the partner finder has its module)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.domain.money import AmountError, parse_rate
from consortium_planner.domain.project import ParticipantInfo
from consortium_planner.ui import choices
from consortium_planner.ui.errors import error_text
from consortium_planner.ui.formatting import rate_text
from consortium_planner.ui.widgets import plain_label


class OverrideDialog(QDialog):
    """A participant's funding rate and region category overrides, each with its reason."""

    def __init__(self, participant: ParticipantInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overrides for P{number} {name}").format(
            number=participant.number, name=participant.short_name))
        self.rate_check = QCheckBox(self.tr("Override the funding rate"), self)
        self.rate = QLineEdit(self)
        self.rate.setAccessibleName(self.tr("Funding rate"))
        self.rate.setPlaceholderText(self.tr("e.g. 70 %"))
        self.rate_reason = QLineEdit(self)
        self.rate_reason.setAccessibleName(self.tr("Reason for the funding rate"))
        self.region_check = QCheckBox(self.tr("Override the region category"), self)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region category"))
        for label, value in choices.region_categories():
            self.region.addItem(label, value)
        self.region_reason = QLineEdit(self)
        self.region_reason.setAccessibleName(self.tr("Reason for the region category"))

        rate_override = participant.funding_rate_override
        self.rate_check.setChecked(rate_override is not None)
        self.rate.setText(rate_text(rate_override if rate_override is not None
                                    else participant.funding_rate))
        self.rate_reason.setText(participant.funding_rate_override_reason)
        self.region_check.setChecked(participant.region_category_override is not None)
        current = participant.region_category_override or participant.region_category.category
        self.region.setCurrentIndex(max(self.region.findData(current), 0))
        self.region_reason.setText(participant.region_category_override_reason)

        form = QFormLayout()
        form.addRow(self.rate_check)
        form.addRow(self.tr("Funding rate:"), self.rate)
        form.addRow(self.tr("Reason:"), self.rate_reason)
        form.addRow(plain_label(self.tr("From the call profile and data: {rate}").format(
            rate=rate_text(participant.funding_rate)), self))
        form.addRow(self.region_check)
        form.addRow(self.tr("Region category:"), self.region)
        form.addRow(self.tr("Reason:"), self.region_reason)
        category = choices.label_of(choices.region_categories(),
                                    participant.region_category.category)
        form.addRow(plain_label(self.tr("Current: {category} ({source})").format(
            category=category or self.tr("unknown"),
            source=participant.region_category.source), self, wrap=True))
        for check, widgets in ((self.rate_check, (self.rate, self.rate_reason)),
                               (self.region_check, (self.region, self.region_reason))):
            for widget in widgets:
                widget.setEnabled(check.isChecked())
                check.toggled.connect(widget.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def values(self) -> dict[str, Any]:
        """The four override fields for the service; AmountError if the rate cannot be read."""
        rate: Decimal | None = None
        if self.rate_check.isChecked():
            try:
                rate = parse_rate(self.rate.text())
            except AmountError as error:
                raise ValueError(error_text(error)) from None
        return {
            "funding_rate_override": rate,
            "funding_rate_override_reason": self.rate_reason.text() if rate is not None else "",
            "region_category_override": (
                self.region.currentData() if self.region_check.isChecked() else None
            ),
            "region_category_override_reason": (
                self.region_reason.text() if self.region_check.isChecked() else ""
            ),
        }


class ProjectDialog(QDialog):
    """Acronym (and, for a new project, call profile and duration; for a scenario, what it
    tries)."""

    def __init__(self, title: str, acronym: str = "", *, full: bool = False,
                 scenario: bool = False, parent: QWidget | None = None,
                 refuse: Callable[[str], str] | None = None) -> None:
        """`refuse(acronym)`: why the acronym cannot be taken (empty when it can); OK then
        shows the reason and the dialog stays open with everything typed in it."""
        super().__init__(parent)
        self._refuse = refuse
        self.setWindowTitle(title)
        self.acronym = QLineEdit(acronym, self)
        self.acronym.setAccessibleName(self.tr("Acronym"))
        self.acronym.setMaxLength(40)
        self.acronym.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Acronym:"), self.acronym)
        self.scenario_name: QLineEdit | None = None
        if scenario:  # what the scenario tries, shown beside its acronym in the navigator
            self.scenario_name = QLineEdit(self)
            self.scenario_name.setAccessibleName(self.tr("Scenario"))
            self.scenario_name.setMaxLength(200)
            self.scenario_name.setPlaceholderText(self.tr("e.g. P7 leaves, a Polish SME joins"))
            form.addRow(self.tr("&Scenario:"), self.scenario_name)
        self.title_edit: QLineEdit | None = None
        self.profile: QComboBox | None = None
        self.duration: QSpinBox | None = None
        if full:
            from consortium_planner.rules.profiles import available_profiles

            self.title_edit = QLineEdit(self)
            self.title_edit.setAccessibleName(self.tr("Title"))
            self.profile = QComboBox(self)
            self.profile.setAccessibleName(self.tr("Call profile"))
            for profile in sorted(available_profiles().values(), key=lambda p: p.name):
                self.profile.addItem(profile.name, profile.id)
            self.profile.setCurrentIndex(max(self.profile.findData("generic"), 0))
            self.duration = QSpinBox(self)
            self.duration.setAccessibleName(self.tr("Duration in months"))
            self.duration.setRange(1, 120)
            self.duration.setValue(36)
            self.duration.setSuffix(self.tr(" months"))
            form.addRow(self.tr("&Title:"), self.title_edit)
            form.addRow(self.tr("Call &profile:"), self.profile)
            form.addRow(self.tr("&Duration:"), self.duration)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # A project needs an acronym: OK stays off until one is typed, so nothing typed is lost
        # to a refusal after the dialog has closed.
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.acronym.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(acronym.strip()))
        self.problem = plain_label("", self, wrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.acronym.textChanged.connect(lambda _text: self._show_problem(""))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(440, 0)

    def accept(self) -> None:
        reason = self._refuse(self.acronym.text()) if self._refuse is not None else ""
        if reason:
            self._show_problem(reason)
            self.acronym.setFocus()
            self.acronym.selectAll()
            return
        super().accept()

    def _show_problem(self, reason: str) -> None:
        """Under the field, and as the field's description: a screen reader reads it where
        the focus goes back to, not only where the eye sees it."""
        self.problem.setText(reason)
        self.problem.setVisible(bool(reason))
        self.acronym.setAccessibleDescription(reason)
