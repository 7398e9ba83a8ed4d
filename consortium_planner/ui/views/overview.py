"""A project's own fields (acronym, title, call profile, priority, start, duration), its key
figures, and the rules of its call profile with their sources."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consortium_planner.reference.profile_texts import profile_text
from consortium_planner.reference.vocab_labels import (
    chain_role_label,
    org_type_label,
    region_category_label,
)
from consortium_planner.ui.commands import UpdateCommand
from consortium_planner.ui.date_edit import DateEdit
from consortium_planner.ui.formatting import money_text, months_text, rate_text
from consortium_planner.ui.language import texts
from consortium_planner.ui.views.base import Page, tr
from consortium_planner.ui.widgets import heading_label, plain_label

if TYPE_CHECKING:
    from consortium_planner.app import AppContext
    from consortium_planner.domain.call_profile import CallProfile, Sourced
    from consortium_planner.domain.project import ProjectSnapshot
    from consortium_planner.services.editing import Changes

translate = QCoreApplication.translate


def _sourced(text: str, sourced: Sourced) -> str:
    if not sourced.verify:
        return text
    return translate("OverviewPage", "{rule} (check against the call document)").format(rule=text)


def _rate_key_label(basis: str, key: str) -> str:
    """Whom a rate of the profile's funding rule is for ("non-profit", "SME", ...), in the
    window's language."""
    if basis == "profit":
        return {"profit": translate("OverviewPage", "profit-making"),
                "non_profit": translate("OverviewPage", "non-profit")}.get(key, key)
    if basis == "org_type":
        return org_type_label(key, texts()) or key
    if basis == "region_category":
        return region_category_label(key, texts()) or key
    return key


def profile_rules(profile: CallProfile) -> list[str]:
    """The profile's rules as sentences, each marked where the sources disagree."""
    lines = [
        _sourced(tr("At least %n participant(s) from {countries} in {regions}", "",
                    profile.min_participants).format(
                     countries=tr("%n country(ies)", "", profile.min_countries),
                     regions=tr("%n region(s)", "", profile.min_regions)),
                 profile.consortium_source),
    ]
    if profile.duration_min or profile.duration_max:
        lines.append(_sourced(
            translate("OverviewPage", "Duration {low}-{high} months").format(
                low=profile.duration_min or 1, high=profile.duration_max or "…"),
            profile.duration_source))
    if profile.eu_contribution_min or profile.eu_contribution_max:
        low = money_text(profile.eu_contribution_min) if profile.eu_contribution_min else "…"
        high = money_text(profile.eu_contribution_max) if profile.eu_contribution_max else "…"
        lines.append(_sourced(translate("OverviewPage",
                                        "EU contribution {low} to {high} {currency}")
                              .format(low=low, high=high, currency=profile.currency),
                              profile.eu_contribution_source))
    base = ", ".join(sorted(profile.indirect_base))
    lines.append(_sourced(translate("OverviewPage", "Indirect costs (E): {rate} of {base}").format(
        rate=rate_text(profile.indirect_rate), base=base),
                          profile.indirect_source))
    funding = profile.funding
    if funding.rates:
        rates = ", ".join(f"{_rate_key_label(funding.basis, key)} {rate_text(value)}"
                          for key, value in funding.rates.items())
        lines.append(_sourced(translate("OverviewPage", "Funding rate: {rates}").format(
            rates=rates), funding))
    else:
        lines.append(_sourced(translate("OverviewPage", "Funding rate {rate}").format(
            rate=rate_text(funding.default)), funding))
    for number, _option in enumerate(profile.region_mix, start=1):
        lines.append(_sourced(translate("OverviewPage", "Region mix option: {option}").format(
            option=profile_text(profile, f"consortium.region_mix.{number}.description",
                                texts())),
                              profile.region_mix_source))
    if profile.coordinator.description:
        lines.append(_sourced(translate("OverviewPage", "Coordinator: {rule}").format(
            rule=profile_text(profile, "consortium.coordinator.description", texts())),
                              profile.coordinator))
    if profile.third_party_cap is not None:
        lines.append(_sourced(
            translate("OverviewPage", "Financial support to third parties: at most {amount} per "
                      "third party").format(amount=money_text(profile.third_party_cap)),
            profile.third_party_source))
    chain = profile.value_chain
    for text, rule in (
        (translate("OverviewPage", "At least {share} of the EU contribution to companies (SMEs "
                   "and large enterprises)"), chain.company_share),
        (translate("OverviewPage", "At least {share} of the EU contribution to SMEs"),
         chain.sme_share),
    ):
        if rule is not None:
            lines.append(_sourced(text.format(share=rate_text(rule.minimum)), rule))
    if chain.required_roles is not None:
        from consortium_planner.reference.value_chain import Term, all_roles

        labels = {term.key: chain_role_label(term.label, texts()).lower() for term in all_roles(
            [Term(role.key, role.label) for role in chain.roles])}
        roles = ", ".join(labels.get(key, key) for key in chain.required_roles.roles)
        lines.append(_sourced(translate("OverviewPage",
                                        "Value-chain roles someone must hold: {roles}")
                              .format(roles=roles),
                              chain.required_roles))
    if chain.shared_s3_area is not None:
        lines.append(_sourced(translate("OverviewPage", "At least one smart-specialisation area "
                                        "shared by every participant's region"),
                              chain.shared_s3_area))
    if profile.thematic.required and profile.thematic_priorities:
        lines.append(_sourced(translate("OverviewPage",
                                        "One thematic priority: {priorities}").format(
            priorities=", ".join(texts().gettext(priority)
                                 for priority in profile.thematic_priorities)),
                              profile.thematic))
    return lines


class OverviewPage(Page):
    title = "Overview"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.acronym = QLineEdit(self)
        self.acronym.setMaxLength(40)
        self.title_edit = QLineEdit(self)
        self.profile = QComboBox(self)
        self.priority = QComboBox(self)
        self.priority.setEditable(True)
        self.start_known = QCheckBox(self.tr("Known"), self)
        self.start_date = DateEdit(self)  # the window's date form; ISO typed is read too
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 120)
        self.duration.setSuffix(self.tr(" months"))
        for widget, name in ((self.acronym, self.tr("Acronym")),
                             (self.title_edit, self.tr("Title")),
                             (self.profile, self.tr("Call profile")),
                             (self.priority, self.tr("Thematic priority")),
                             (self.start_known, self.tr("Start date known")),
                             (self.start_date, self.tr("Start date")),
                             (self.duration, self.tr("Duration"))):
            widget.setAccessibleName(name)

        self.acronym.editingFinished.connect(
            lambda: self._save("acronym", self.acronym.text()))
        self.title_edit.editingFinished.connect(
            lambda: self._save("title", self.title_edit.text()))
        self.profile.activated.connect(
            lambda _i: self._save("call_profile", self.profile.currentData()))
        self.priority.activated.connect(
            lambda _i: self._save("thematic_priority", self.priority.currentText()))
        self.priority.lineEdit().editingFinished.connect(
            lambda: self._save("thematic_priority", self.priority.currentText()))
        self.start_known.toggled.connect(self._start_toggled)
        self.start_date.editingFinished.connect(self._start_changed)
        self.duration.editingFinished.connect(
            lambda: self._save("duration_months", self.duration.value()))

        form = QFormLayout()
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Call profile:"), self.profile)
        form.addRow(self.tr("Thematic p&riority:"), self.priority)
        start_row = QWidget(self)
        start_layout = QHBoxLayout(start_row)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(self.start_known)
        start_layout.addWidget(self.start_date, 1)
        start_label = QLabel(self.tr("&Start date:"), self)
        start_label.setBuddy(self.start_known)
        form.addRow(start_label, start_row)
        form.addRow(self.tr("&Duration:"), self.duration)
        project_box = QGroupBox(self.tr("Project"), self)
        project_box.setLayout(form)

        self.figures_box = QGroupBox(self.tr("Key figures"), self)
        self.figures = QGridLayout(self.figures_box)
        self.figure_labels: dict[str, Any] = {}
        for row, (key, label, caption) in enumerate((
            ("participants", self.tr("Participants"), self.tr("Participants:")),
            ("countries", self.tr("Countries"), self.tr("Countries:")),
            ("regions", self.tr("Regions"), self.tr("Regions:")),
            ("work_packages", self.tr("Work packages"), self.tr("Work packages:")),
            ("deliverables", self.tr("Deliverables"), self.tr("Deliverables:")),
            ("milestones", self.tr("Milestones"), self.tr("Milestones:")),
            ("person_months", self.tr("Person-months"), self.tr("Person-months:")),
            ("total", self.tr("Total eligible costs"), self.tr("Total eligible costs:")),
            ("eu", self.tr("EU contribution"), self.tr("EU contribution:")),
            ("own", self.tr("Own contribution"), self.tr("Own contribution:")),
        )):
            self.figures.addWidget(plain_label(caption, self), row, 0)
            value = plain_label("", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setAccessibleName(label)
            self.figures.addWidget(value, row, 1)
            self.figure_labels[key] = value

        self.profile_box = QGroupBox(self.tr("Call profile rules"), self)
        profile_layout = QVBoxLayout(self.profile_box)
        self.profile_name = heading_label("", self, size=1.05)
        self.profile_description = plain_label("", self, wrap=True)
        self.profile_rules = plain_label("", self, wrap=True)
        self.profile_notes = plain_label("", self, wrap=True)
        self.profile_notes.setStyleSheet("color: #a04000;")
        for widget in (self.profile_name, self.profile_description, self.profile_rules,
                       self.profile_notes):
            profile_layout.addWidget(widget)
        profile_layout.addStretch(1)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(project_box, 0, 0)
        grid.addWidget(self.figures_box, 0, 1)
        grid.addWidget(self.profile_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def relevant(self, changes: Changes) -> bool:
        return True

    def apply_read_only(self, read_only: bool) -> None:
        for widget in (self.acronym, self.title_edit, self.priority):
            widget.setEnabled(not read_only)
        for widget in (self.profile, self.start_known, self.start_date, self.duration):
            widget.setEnabled(not read_only)

    def reload(self) -> None:
        from consortium_planner.rules.profiles import available_profiles

        assert self.project_id is not None
        snapshot = self.context.snapshot(self.project_id)
        project = snapshot.project
        self._loading = True
        try:
            self.acronym.setText(project.acronym)
            self.title_edit.setText(project.title)
            self.profile.clear()
            for profile in sorted(available_profiles().values(), key=lambda p: p.name):
                self.profile.addItem(profile_text(profile, "name", texts()), profile.id)
            self.profile.setCurrentIndex(self.profile.findData(project.call_profile))
            self.priority.clear()
            self.priority.addItems(list(snapshot.profile.thematic_priorities))
            self.priority.setEditText(project.thematic_priority)
            self.start_known.setChecked(project.start_date is not None)
            self.start_date.setEnabled(project.start_date is not None
                                       and not self.context.is_read_only(self.project_id))
            start = project.start_date or date.today()
            self.start_date.setDate(QDate(start.year, start.month, start.day))
            self.duration.setValue(project.duration_months)
        finally:
            self._loading = False
        self._show_figures(snapshot)
        self._show_profile(snapshot)

    def _show_figures(self, snapshot: ProjectSnapshot) -> None:
        totals = snapshot.budget.totals
        values = {
            "participants": str(len(snapshot.participants)),
            "countries": str(len({p.organisation.country for p in snapshot.participants
                                  if p.organisation.country})),
            "regions": str(len({p.organisation.nuts2 for p in snapshot.participants
                                if p.organisation.nuts2})),
            "work_packages": str(len(snapshot.work_packages)),
            "deliverables": str(len(snapshot.deliverables)),
            "milestones": str(len(snapshot.milestones)),
            "person_months": months_text(totals.get("person_months")) or "0",
            "total": money_text(totals.get("total_eligible")),
            "eu": money_text(totals.get("eu_contribution")),
            "own": money_text(totals.get("own_contribution")),
        }
        for key, text in values.items():
            self.figure_labels[key].setText(text)

    def _show_profile(self, snapshot: ProjectSnapshot) -> None:
        profile = snapshot.profile
        self.profile_name.setText(profile_text(profile, "name", texts()))
        self.profile_description.setText(profile_text(profile, "description", texts()))
        self.profile_rules.setText("\n".join(f"• {line}" for line in profile_rules(profile)))
        self.profile_notes.setText("\n".join(snapshot.notes))
        self.profile_notes.setVisible(bool(snapshot.notes))

    # -- saving ------------------------------------------------------------------------------------

    def _save(self, field: str, value: Any) -> None:
        if self._loading or self.project_id is None or \
                self.context.is_read_only(self.project_id):
            return
        current = self.context.snapshot(self.project_id).project
        if getattr(current, field) == value:
            return
        labels = {"acronym": self.tr("acronym"), "title": self.tr("title"),
                  "call_profile": self.tr("call profile"),
                  "thematic_priority": self.tr("thematic priority"),
                  "start_date": self.tr("start date"), "duration_months": self.tr("duration")}
        if not self.context.execute(UpdateCommand(
            self.context, "project", [(self.project_id, {field: value})],
            self.tr("Change {field} of {acronym}").format(field=labels.get(field, field),
                                                          acronym=current.acronym),
        )):
            self.refresh()  # show the stored value again

    def _start_toggled(self, known: bool) -> None:
        self.start_date.setEnabled(known and not self.context.is_read_only(self.project_id))
        self._save("start_date", self._start_value() if known else None)

    def _start_changed(self) -> None:
        if self.start_known.isChecked():
            self._save("start_date", self._start_value())

    def _start_value(self) -> date:
        value = self.start_date.date()
        return date(value.year(), value.month(), value.day())
