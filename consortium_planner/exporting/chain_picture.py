"""The picture of a consortium's value chain, from research to market, as plain boxes.

One layout, two painters: the Value chain page draws it with QPainter, the PDF with reportlab
(`pdf_charts.chain_drawing`), so the proposal figure and the screen agree. Coordinates are
points with the origin at the top left (y grows downwards); the painters fit the text.

Layout: the roles along the chain are chevrons from left (research) to right (market), each
with the participants holding it below; a role nobody holds shows a dashed "nobody yet" box.
The roles that support the whole chain (investors, public authorities, clusters ...) sit in a
band underneath.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from consortium_planner.domain.value_chain import ValueChain
from consortium_planner.reference.vocab_labels import chain_role_label
from consortium_planner.reference.wording import ENGLISH, Wording

Style = Literal["stage", "member", "missing", "support", "caption"]

HEADER_HEIGHT = 34.0
MEMBER_HEIGHT = 15.0
GAP = 4.0
CAPTION_HEIGHT = 16.0
SUPPORTS_PER_ROW = 6
MISSING_TEXT = "nobody yet"


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    text: str
    style: Style


@dataclass(frozen=True)
class ChainPicture:
    width: float
    height: float
    boxes: tuple[Box, ...]


def chain_picture(chain: ValueChain, name: Callable[[int], str], width: float,
                  w: Wording = ENGLISH) -> ChainPicture:
    """The layout of `chain` in `width` points; `name(number)` labels a participant; captions
    and built-in roles in `w`'s language."""
    boxes: list[Box] = []
    stages = [role for role in chain.roles if role.stage is not None]
    supports = [role for role in chain.roles if role.stage is None]
    y = 0.0
    if stages:
        boxes.append(Box(0, y, width, CAPTION_HEIGHT,
                         w.gettext("From research to market") + "  →", "caption"))
        y += CAPTION_HEIGHT
        column = width / len(stages)
        deepest = y + HEADER_HEIGHT
        for index, role in enumerate(stages):
            x = index * column
            boxes.append(Box(x, y, column, HEADER_HEIGHT, chain_role_label(role.label, w.texts),
                             "stage"))
            deepest = max(deepest, _members(boxes, chain, role.key, name, x + GAP / 2,
                                            y + HEADER_HEIGHT + GAP, column - 2 * GAP, w))
        y = deepest + 2 * GAP
    if supports:
        boxes.append(Box(0, y, width, CAPTION_HEIGHT, w.gettext("Supporting the whole chain"),
                         "caption"))
        y += CAPTION_HEIGHT
        per_row = min(SUPPORTS_PER_ROW, len(supports))
        column = width / per_row
        for start in range(0, len(supports), per_row):
            deepest = y + HEADER_HEIGHT
            for offset, role in enumerate(supports[start:start + per_row]):
                x = offset * column
                boxes.append(Box(x + GAP / 2, y, column - GAP, HEADER_HEIGHT - GAP,
                                 chain_role_label(role.label, w.texts), "support"))
                deepest = max(deepest, _members(boxes, chain, role.key, name, x + GAP / 2,
                                                y + HEADER_HEIGHT, column - 2 * GAP, w))
            y = deepest + 2 * GAP
    return ChainPicture(width, y, tuple(boxes))


def _members(boxes: list[Box], chain: ValueChain, key: str, name: Callable[[int], str],
             x: float, y: float, width: float, w: Wording) -> float:
    """The holders of one role as boxes under its header; returns the bottom reached."""
    holders = chain.holders.get(key, ())
    if not holders:
        boxes.append(Box(x, y, width, MEMBER_HEIGHT, w.gettext("nobody yet"), "missing"))
        return y + MEMBER_HEIGHT
    for number in holders:
        boxes.append(Box(x, y, width, MEMBER_HEIGHT, name(number), "member"))
        y += MEMBER_HEIGHT + GAP / 2
    return y
