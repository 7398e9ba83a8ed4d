"""One e-mail shape: the editor refuses exactly what an import keeps with a warning (issue 11)."""

from __future__ import annotations

import pytest

from consortium_planner.domain.contact import is_email_address
from consortium_planner.importing.normalise import parse_email
from consortium_planner.services.editing.organisations import organisation_value
from consortium_planner.services.errors import UserError


@pytest.mark.parametrize("text, valid", [
    ("info@acme.eu", True), ("anna.nowak@politechnika.łódź.pl", True), ("a+b@x-y.co.uk", True),
    ("info@acme", False), ("a b@acme.eu", False), ("info@acme.e", False), ("info@-acme.eu", False),
    ("info@acme.eu;", False), ("@acme.eu", False),
])
def test_the_editor_and_the_import_agree(text, valid):
    assert is_email_address(text) is valid
    _, problems = parse_email(text)
    assert (not problems) is valid
    if valid:
        assert organisation_value("email", text) == text
    else:
        with pytest.raises(UserError, match="not an e-mail address"):
            organisation_value("email", text)
