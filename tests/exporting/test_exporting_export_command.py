"""`consortium-planner export`: exit 0 when written, 2 for unusable input or output."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from consortium_planner.cli import main


def test_writes_all_three_outputs(workspace_path: Path, tmp_path: Path, capsys) -> None:
    pdf, xlsx, folder = tmp_path / "s.pdf", tmp_path / "b.xlsx", tmp_path / "csv"
    status = main(["export", str(workspace_path), "--project", "hostile", "--pdf", str(pdf),
                   "--xlsx", str(xlsx), "--csv", str(folder)])
    assert status == 0
    assert len(PdfReader(pdf).pages) > 3
    assert xlsx.read_bytes().startswith(b"PK")
    assert len(list(folder.glob("*.csv"))) == 7
    assert f"wrote {pdf}" in capsys.readouterr().out


def test_no_output_named_is_usage_error(workspace_path: Path, capsys) -> None:
    assert main(["export", str(workspace_path)]) == 2
    assert "name at least one output" in capsys.readouterr().err


def test_unusable_workspace_or_project(tmp_path: Path, workspace_path: Path, capsys) -> None:
    out = tmp_path / "s.pdf"
    assert main(["export", str(tmp_path / "nothing.cpw"), "--pdf", str(out)]) == 2
    assert main(["export", str(workspace_path), "--project", "NOPE", "--pdf", str(out)]) == 2
    assert "no project 'NOPE'" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_output_writes_nothing(workspace_path: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "s.pdf"
    status = main(["export", str(workspace_path), "--pdf", str(pdf), "--xlsx",
                   str(tmp_path / "missing" / "b.xlsx")])
    assert status == 2
    assert "does not exist" in capsys.readouterr().err
    assert not pdf.exists()
    assert main(["export", str(workspace_path), "--xlsx", str(tmp_path)]) == 2
