"""A small spreadsheet formula evaluator for the tests: exactly the functions the workbook uses
(SUM, SUMIFS, SUMPRODUCT, ROUND, ROUNDDOWN, IFERROR, + - * /, cell and range references,
sheet names); a division by zero gives the error value DIV0, as a spreadsheet's #DIV/0!.

It computes in Decimal, as an ideal spreadsheet would; a LibreOffice test cross-checks a real one.
Anything outside that subset raises, so a new formula shape cannot pass untested.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl.utils import column_index_from_string
from openpyxl.workbook import Workbook

TOKEN = re.compile(
    r"""\s*(?:
    (?P<ref>(?:'(?:[^']|'')+'|[A-Za-z][A-Za-z ]*?)!\$?[A-Z]+\$?\d*(?::\$?[A-Z]+\$?\d*)?
          |\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\$?[A-Z]+:\$?[A-Z]+)
    |(?P<func>[A-Z]+)\(
    |(?P<number>\d+(?:\.\d+)?)
    |(?P<string>"(?:[^"]|"")*")
    |(?P<op>[-+*/,)])
    )""",
    re.VERBOSE,
)
CELL = re.compile(r"\$?([A-Z]+)\$?(\d*)")
DIV0 = "#DIV/0!"


class Evaluator:
    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.cache: dict[tuple[str, int, int], Any] = {}

    def value(self, sheet: str, row: int, column: int) -> Any:
        key = (sheet, row, column)
        if key not in self.cache:
            raw = self.workbook[sheet].cell(row, column).value
            if isinstance(raw, str) and raw.startswith("=") and (
                self.workbook[sheet].cell(row, column).data_type == "f"
            ):
                self.cache[key] = Parser(self, sheet, raw[1:]).parse()
            elif isinstance(raw, float):
                self.cache[key] = Decimal(repr(raw))
            elif isinstance(raw, int) and not isinstance(raw, bool):
                self.cache[key] = Decimal(raw)
            else:
                self.cache[key] = raw
        return self.cache[key]

    def cell_value(self, sheet: str, reference: str) -> Any:
        column, row = CELL.fullmatch(reference).groups()
        return self.value(sheet, int(row), column_index_from_string(column))


class Range:
    def __init__(self, evaluator: Evaluator, sheet: str, text: str) -> None:
        start, _, end = text.partition(":")
        first_column, first_row = CELL.fullmatch(start).groups()
        last_column, last_row = CELL.fullmatch(end or start).groups()
        worksheet = evaluator.workbook[sheet]
        self.rows = range(
            int(first_row) if first_row else 1,
            (int(last_row) if last_row else worksheet.max_row) + 1,
        )
        self.columns = range(
            column_index_from_string(first_column), column_index_from_string(last_column) + 1
        )
        self.evaluator, self.sheet = evaluator, sheet

    def values(self) -> list[Any]:
        return [
            self.evaluator.value(self.sheet, row, column)
            for row in self.rows
            for column in self.columns
        ]


def _number(value: Any) -> Decimal:
    if value is None:
        return Decimal(0)
    if isinstance(value, Decimal):
        return value
    raise ValueError(f"not a number: {value!r}")


def _matches(value: Any, criterion: Any) -> bool:
    if isinstance(criterion, Decimal):
        return isinstance(value, Decimal) and value == criterion
    return isinstance(value, str) and value.casefold() == str(criterion).casefold()


class Parser:
    def __init__(self, evaluator: Evaluator, sheet: str, text: str) -> None:
        self.evaluator, self.sheet = evaluator, sheet
        self.tokens: list[tuple[str, str]] = []
        position = 0
        while position < len(text):
            match = TOKEN.match(text, position)
            if not match or match.end() == position:
                raise ValueError(f"cannot parse {text!r} at {position}")
            kind = match.lastgroup
            self.tokens.append((kind, match.group(kind)))
            position = match.end()
        self.index = 0

    def parse(self) -> Any:
        value = self.expression()
        if self.index != len(self.tokens):
            raise ValueError(f"trailing tokens {self.tokens[self.index:]}")
        return value

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expression(self) -> Any:
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            operator = self.take()[1]
            right = self.term()
            value = _number(value) + _number(right) if operator == "+" else (
                _number(value) - _number(right)
            )
        return value

    def term(self) -> Any:
        value = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            operator = self.take()[1]
            right = _number(self.atom())
            if operator == "*":
                value = _number(value) * right
            else:
                value = DIV0 if right == 0 else _number(value) / right
        return value

    def atom(self) -> Any:
        kind, text = self.take()
        if kind == "number":
            return Decimal(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self.reference(text)
        if kind == "func":
            arguments = [self.expression()]
            while self.peek() == ("op", ","):
                self.take()
                arguments.append(self.expression())
            if self.take() != ("op", ")"):
                raise ValueError("missing )")
            return self.call(text, arguments)
        if (kind, text) == ("op", "-"):
            return -_number(self.atom())
        raise ValueError(f"unexpected {text!r}")

    def reference(self, text: str) -> Any:
        sheet = self.sheet
        if "!" in text:
            sheet_text, _, text = text.rpartition("!")
            sheet = sheet_text.strip("'").replace("''", "'")
        if ":" in text:
            return Range(self.evaluator, sheet, text)
        return self.evaluator.cell_value(sheet, text.replace("$", ""))

    def call(self, name: str, arguments: list[Any]) -> Decimal:
        if name == "SUM":
            total = Decimal(0)
            for argument in arguments:
                values = argument.values() if isinstance(argument, Range) else [argument]
                total += sum((v for v in values if isinstance(v, Decimal)), Decimal(0))
            return total
        if name == "SUMIFS":
            sums = arguments[0].values()
            pairs = [
                (arguments[i].values(), arguments[i + 1]) for i in range(1, len(arguments), 2)
            ]
            return sum(
                (
                    value
                    for index, value in enumerate(sums)
                    if isinstance(value, Decimal)
                    and all(_matches(cells[index], criterion) for cells, criterion in pairs)
                ),
                Decimal(0),
            )
        if name == "SUMPRODUCT":
            left, right = (argument.values() for argument in arguments)
            if len(left) != len(right):
                raise ValueError("SUMPRODUCT ranges differ in size")
            return sum((_number(a) * _number(b) for a, b in zip(left, right)), Decimal(0))
        if name == "IFERROR":
            return arguments[1] if arguments[0] == DIV0 else arguments[0]
        if name in ("ROUND", "ROUNDDOWN"):
            value, places = _number(arguments[0]), int(_number(arguments[1]))
            rounding = ROUND_HALF_UP if name == "ROUND" else ROUND_DOWN
            return value.quantize(Decimal(1).scaleb(-places), rounding=rounding)
        raise ValueError(f"function {name} is not in the workbook's subset")


def evaluate(workbook: Workbook, sheet: str, reference: str) -> Any:
    return Evaluator(workbook).cell_value(sheet, reference)
