"""Check messages in another language: every message id of rules/ has a translation in fr, de,
es, it and pl with the same placeholders; a finding computed once is worded in any language,
numbers in the language's locale; `check --language` prints it so and refuses an unknown one."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from rules_consortia import base_document
from translation_coverage import PACKAGE, TRANSLATED, literals, placeholders, untranslated

from consortium_planner.cli import main
from consortium_planner.domain.call_profile import ShareRule
from consortium_planner.reference.languages import catalogue
from consortium_planner.reference.wording import wording
from consortium_planner.rules import value_chain
from consortium_planner.rules.engine import in_language
from consortium_planner.reference.messages import Amount, Percent, gettext, words
from consortium_planner.services.interchange import load_project
from consortium_planner.workspace import Workspace

MODULES = [*sorted((PACKAGE / "rules").glob("*.py")), PACKAGE / "reference" / "messages.py",
           PACKAGE / "cli" / "check_command.py"]


def test_every_check_message_has_a_translation_in_every_language() -> None:
    found = literals(MODULES)
    assert len(found) >= 20
    assert untranslated(found) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_check_translations_keep_their_placeholders(language: str) -> None:
    texts = catalogue(language)
    for message in literals(MODULES):
        assert placeholders(texts.gettext(message)) == placeholders(message), (language, message)


def test_a_message_renders_its_parameters_in_the_language() -> None:
    message = gettext("{who} get {amount}, {share}", who=words(["1", "2", "3"]),
                      amount=Amount(Decimal("1234567.5")), share=Percent(Decimal("0.4125")))
    assert message.render() == "1, 2 and 3 get EUR 1,234,567.50, 41.2 %"
    assert message.render(wording("de")) == "1, 2 und 3 get EUR 1.234.567,50, 41,2 %"
    assert message.render(wording("pl")) == "1, 2 i 3 get EUR 1\u00a0234\u00a0567,50, 41,2 %"


def test_a_finding_is_worded_in_any_language_and_keeps_its_rule(base_snapshot) -> None:
    profile = base_snapshot.profile
    snapshot = replace(base_snapshot, profile=replace(profile, value_chain=replace(
        profile.value_chain, company_share=ShareRule(source="t", verify=True,
                                                     minimum=Decimal("0.9")))))
    [english] = value_chain.company_share(snapshot)
    [french] = in_language([english], "fr")
    assert french.rule == english.rule and french.participants == english.participants
    assert french.message.startswith("Les entreprises (PME et grandes entreprises) (2 "
                                     "participants : 2 et 5) reçoivent EUR 599\u202f200,00")
    assert "(à vérifier dans le document de l'appel)" in french.message
    assert french.fix.startswith("Confiez aux entreprises")
    assert in_language([english], "en") == [english]


def test_check_command_takes_a_language(tmp_path, capsys) -> None:
    document = base_document()
    document["project"]["thematic_priority"] = "Basket weaving"
    path = tmp_path / "w.cpw"
    with Workspace.create(path) as workspace:
        load_project(workspace, document)
    main(["check", str(path), "--json", "--language", "Deutsch"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    [thematic] = [f for f in findings if f["rule"] == "thematic_priority"]
    assert "„Basket weaving“ gehört nicht dazu" in thematic["message"]
    with pytest.raises(SystemExit) as raised:
        main(["check", str(path), "--language", "tlh"])
    assert raised.value.code == 2
    assert "choose one of en (English), fr (Français)" in capsys.readouterr().err


def test_lists_are_joined_even_after_country_names_were_loaded() -> None:
    """reference/countries loads a language's CLDR data unmerged, which leaves babel's list
    patterns without their inherited parts: the messages must not depend on them."""
    from consortium_planner.reference.countries import country_code_from_text

    country_code_from_text("Deutschland")  # loads CLDR territory names, unmerged
    message = gettext("{items}", items=words(["a", "b", "c"], "or"))
    assert message.render(wording("de")) == "a, b oder c"
    assert message.render(wording("pl")) == "a, b lub c"
