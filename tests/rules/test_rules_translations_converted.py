"""Every check that used to build its sentences from English fragments is worded whole in
German and Polish: a broken consortium triggers each of them, and each finding renders with no
English left in it (rule ids, participants and the English JSON message stay as they were)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from rules_consortia import organisation_of, participant_of, with_organisation, with_participant

from consortium_planner.cli.check_command import findings_text
from consortium_planner.rules.engine import in_language, run_checks

CONVERTED = {
    "min_participants", "min_countries", "min_regions", "region_categories", "coordinator",
    "eligible_countries", "third_party_support_cap", "pic_format", "vat_format",
    "region_category_missing", "sme_class", "single_coordinator", "milestone_due", "wp_lead",
    "wp_effort", "personnel_rate", "participant_effort", "participant_costs",
    "subcontracting_share", "duplicate_organisation", "effort_capacity",
}
# Words that only an English sentence has; a rendered German or Polish finding has none.
ENGLISH = (" the ", " has ", " have ", " is ", " are ", " of ", " and ", " call ", "Add ",
           "Enter ", "participant ", "Participant ")


def broken(document: dict[str, Any]) -> dict[str, Any]:
    """One document that breaks every converted rule at least once."""
    participant_of(document, 4)["role"] = "associated_partner"   # min_participants, min_regions
    participant_of(document, 2)["role"] = "coordinator"          # single_coordinator, coordinator
    participant_of(document, 1)["monthly_personnel_cost"] = "0"  # personnel_rate
    organisation_of(document, 3)["country"] = "US"               # eligible_countries, countries
    organisation_of(document, 3)["nuts2"] = ""
    sme = organisation_of(document, 2)
    sme.update(staff=400, turnover="90000000.00")                # sme_class
    organisation_of(document, 1)["vat"] = "IT99"                 # vat_format
    organisation_of(document, 5)["staff"] = 1                    # effort_capacity
    document["costs"][0].update(quantity=None, unit_cost=None, amount="900000.00")
    document["costs"].append({"participant": 5, "category": "B", "description": "Lab tests",
                              "amount": "900000.00"})           # subcontracting_share
    document["work_packages"][1]["lead"] = None                  # wp_lead
    document["work_packages"][2]["lead"] = 4
    document["work_packages"].append({"number": 4, "title": "Spare", "lead": 1,
                                      "start_month": 1, "end_month": 6})  # wp_effort
    document["milestones"][0]["due_month"] = 34                  # milestone_due (WP2: M1-M30)
    document["milestones"][1]["work_packages"] = [2]
    document["effort"] = [e for e in document["effort"]
                          if e["participant"] not in (3, 4)]     # participant_effort
    return document


@pytest.fixture
def findings(load, document) -> list:
    snapshot = load(broken(document))
    # a region whose category is unknown: region_category_missing, region_categories
    snapshot = with_participant(snapshot, 5, region_category=replace(
        snapshot.participant(5).region_category, category=None))
    snapshot = with_organisation(snapshot, 2, pic="123")  # pic_format
    return run_checks(with_organisation(snapshot, 5, pic="900000001"))  # duplicate_organisation


def test_the_broken_consortium_triggers_every_converted_check(findings) -> None:
    assert CONVERTED <= {finding.rule for finding in findings}


@pytest.mark.parametrize("language", ["de", "pl"])
def test_every_converted_check_is_worded_whole_in_the_language(findings, language) -> None:
    converted = [finding for finding in findings if finding.rule in CONVERTED]
    worded = in_language(converted, language)
    for english, translated in zip(converted, worded, strict=True):
        assert english.text is not None and english.fix_text is not None, english.rule
        assert translated.rule == english.rule
        assert translated.participants == english.participants
        for text in (translated.message, translated.fix):
            assert "{" not in text, (english.rule, text)
            assert not [word for word in ENGLISH if word in f" {text} "], (english.rule, text)
    assert converted == in_language(converted, "en")


def test_polish_counts_take_the_polish_plural_forms(findings) -> None:
    [english] = [f for f in findings if f.rule == "min_participants"]
    [polish] = in_language([english], "pl")
    assert english.message.startswith("The consortium has 3 partners")
    assert polish.message.startswith("Konsorcjum ma 3 partnerów")
    assert "Uczestnik 4 (UNI) nie jest liczony" in polish.message


def test_the_check_text_frame_follows_the_language(findings) -> None:
    text = findings_text("JUST", in_language(findings, "de"), "de")
    assert "FEHLER [coordinator]" in text and "  Behebung: " in text
    assert "Fix:" not in text and "error" not in text.splitlines()[-1]
    assert findings_text("JUST", [], "pl").endswith("Brak uwag.")
