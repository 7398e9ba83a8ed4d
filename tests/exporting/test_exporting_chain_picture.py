"""The layout of the value-chain picture (exporting/chain_picture.py) that the page and the PDF
both draw."""

from __future__ import annotations

from decimal import Decimal

from consortium_planner.domain.value_chain import ChainMember, ChainRole, value_chain
from consortium_planner.exporting.chain_picture import MISSING_TEXT, chain_picture

ROLES = (ChainRole("rtp", "Research", 0), ChainRole("maker", "Manufacturer", 1),
         ChainRole("user", "End user", 2), ChainRole("cluster", "Cluster"),
         ChainRole("investor", "Investor"))


def member(number: int, *roles: str) -> ChainMember:
    return ChainMember(number, "sme", "ITC4", roles, (), (), None, number, (), Decimal(0))


def test_stages_left_to_right_holders_below_supports_underneath() -> None:
    chain = value_chain([member(1, "rtp", "cluster"), member(2, "maker"), member(3, "maker")],
                        ROLES, {}, None, 2026)
    picture = chain_picture(chain, lambda n: f"P{n}", 600)
    stages = [b for b in picture.boxes if b.style == "stage"]
    assert [b.text for b in stages] == ["Research", "Manufacturer", "End user"]
    assert [b.x for b in stages] == [0, 200, 400] and {b.width for b in stages} == {200}
    members = {b.text: b for b in picture.boxes if b.style == "member"}
    assert members["P2"].x == members["P3"].x and members["P3"].y > members["P2"].y
    [missing_user, missing_investor] = [b for b in picture.boxes if b.style == "missing"]
    assert missing_user.text == MISSING_TEXT and missing_user.x > members["P2"].x
    supports = [b for b in picture.boxes if b.style == "support"]
    assert [b.text for b in supports] == ["Cluster", "Investor"]
    assert min(b.y for b in supports) > max(b.y for b in picture.boxes if b.style == "member"
                                            and b.x < 400 and b.text != "P1" or b.text == "P3")
    assert picture.height >= max(b.y + b.height for b in picture.boxes)
    assert all(0 <= b.x and b.x + b.width <= 600 for b in picture.boxes)


def test_many_supporting_roles_wrap_into_rows() -> None:
    roles = [ChainRole(f"s{i}", f"Support {i}") for i in range(8)]
    picture = chain_picture(value_chain([], roles, {}, None, 2026), str, 600)
    rows = sorted({b.y for b in picture.boxes if b.style == "support"})
    assert len(rows) == 2
    assert not [b for b in picture.boxes if b.style == "stage"]  # no chain, no arrow
