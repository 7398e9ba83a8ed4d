"""Dialogs: set a participant's overrides, name a project (the partner finder has its module)."""

from __future__ import annotations

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
from consortium_planner.ui.formatting import rate_text
from consortium_planner.ui.widgets import plain_label


class OverrideDialog(QDialog):
    """A participant's funding rate and region category overrides, each with its reason."""

    def __init__(self, participant: ParticipantInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Overrides for P{participant.number} {participant.short_name}")
        self.rate_check = QCheckBox("Override the funding rate", self)
        self.rate = QLineEdit(self)
        self.rate.setAccessibleName("Funding rate")
        self.rate.setPlaceholderText("e.g. 70 %")
        self.rate_reason = QLineEdit(self)
        self.rate_reason.setAccessibleName("Reason for the funding rate")
        self.region_check = QCheckBox("Override the region category", self)
        self.region = QComboBox(self)
        self.region.setAccessibleName("Region category")
        for label, value in choices.region_categories():
            self.region.addItem(label, value)
        self.region_reason = QLineEdit(self)
        self.region_reason.setAccessibleName("Reason for the region category")

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
        form.addRow("Funding rate:", self.rate)
        form.addRow("Reason:", self.rate_reason)
        form.addRow(plain_label(f"From the call profile and data: "
                                f"{rate_text(participant.funding_rate)}", self))
        form.addRow(self.region_check)
        form.addRow("Region category:", self.region)
        form.addRow("Reason:", self.region_reason)
        form.addRow(plain_label(f"Current: {participant.region_category.category or 'unknown'} "
                                f"({participant.region_category.source})", self, wrap=True))
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
                raise ValueError(str(error)) from None
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
                 scenario: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.acronym = QLineEdit(acronym, self)
        self.acronym.setAccessibleName("Acronym")
        self.acronym.setMaxLength(40)
        self.acronym.selectAll()
        form = QFormLayout()
        form.addRow("&Acronym:", self.acronym)
        self.scenario_name: QLineEdit | None = None
        if scenario:  # what the scenario tries, shown beside its acronym in the navigator
            self.scenario_name = QLineEdit(self)
            self.scenario_name.setAccessibleName("Scenario")
            self.scenario_name.setMaxLength(200)
            self.scenario_name.setPlaceholderText("e.g. P7 leaves, a Polish SME joins")
            form.addRow("&Scenario:", self.scenario_name)
        self.title_edit: QLineEdit | None = None
        self.profile: QComboBox | None = None
        self.duration: QSpinBox | None = None
        if full:
            from consortium_planner.rules.profiles import available_profiles

            self.title_edit = QLineEdit(self)
            self.title_edit.setAccessibleName("Title")
            self.profile = QComboBox(self)
            self.profile.setAccessibleName("Call profile")
            for profile in sorted(available_profiles().values(), key=lambda p: p.name):
                self.profile.addItem(profile.name, profile.id)
            self.profile.setCurrentIndex(max(self.profile.findData("generic"), 0))
            self.duration = QSpinBox(self)
            self.duration.setAccessibleName("Duration in months")
            self.duration.setRange(1, 120)
            self.duration.setValue(36)
            self.duration.setSuffix(" months")
            form.addRow("&Title:", self.title_edit)
            form.addRow("Call &profile:", self.profile)
            form.addRow("&Duration:", self.duration)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 0)
