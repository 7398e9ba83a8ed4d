"""The app finds its resources the same way from a source checkout, an installed wheel and the
PyInstaller bundle, whatever the working directory; and the wheel really carries them."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from consortium_planner import paths

ROOT = Path(__file__).resolve().parents[2]
PATHS_SOURCE = ROOT / "consortium_planner" / "paths.py"
# What must be found in every layout: a call profile, reference data, the PDF font, the icon.
PROBES = (
    "calls/i3-strand1.toml",
    "reference/country_groups.csv",
    "fonts/DejaVuSans.ttf",
    "icons/consortium-planner.svg",
)


def load_paths_from(package_dir: Path) -> ModuleType:
    """A copy of paths.py imported from `package_dir`, so `__file__` points into that layout."""
    package_dir.mkdir(parents=True, exist_ok=True)
    target = package_dir / "paths.py"
    shutil.copyfile(PATHS_SOURCE, target)
    spec = importlib.util.spec_from_file_location(f"layout_paths_{id(target)}", target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_resources(destination: Path) -> Path:
    shutil.copytree(ROOT / "resources", destination)
    return destination


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from an unrelated working directory: nothing may be found relative to it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def test_source_checkout_uses_resources_at_the_repository_root(
    elsewhere: Path, not_frozen: None
) -> None:
    assert paths.resources_dir() == ROOT / "resources"
    for probe in PROBES:
        assert (paths.resources_dir() / probe).is_file(), probe


def test_checkout_layout_anywhere(tmp_path: Path, elsewhere: Path, not_frozen: None) -> None:
    checkout = tmp_path / "checkout"
    module = load_paths_from(checkout / "consortium_planner")
    copy_resources(checkout / "resources")
    assert module.resources_dir() == checkout / "resources"


def test_wheel_layout_uses_the_packaged_resources(
    tmp_path: Path, elsewhere: Path, not_frozen: None
) -> None:
    site_packages = tmp_path / "site-packages"
    module = load_paths_from(site_packages / "consortium_planner")
    copy_resources(site_packages / "consortium_planner" / "_resources")
    assert module.resources_dir() == site_packages / "consortium_planner" / "_resources"
    for probe in PROBES:
        assert (module.resources_dir() / probe).is_file(), probe


def test_bundle_layout_uses_the_extraction_folder(
    tmp_path: Path, elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller one-folder layout: modules and `resources/` both under `_internal`."""
    internal = tmp_path / "consortium-planner" / "_internal"
    module = load_paths_from(internal / "consortium_planner")
    copy_resources(internal / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert module.resources_dir() == internal / "resources"
    for probe in PROBES:
        assert (module.resources_dir() / probe).is_file(), probe


def test_packaged_resources_win_over_the_frozen_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle built from an installed wheel still finds the copy shipped inside the package."""
    internal = tmp_path / "_internal"
    module = load_paths_from(internal / "consortium_planner")
    copy_resources(internal / "consortium_planner" / "_resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert module.resources_dir() == internal / "consortium_planner" / "_resources"


def test_the_spec_puts_resources_where_the_bundle_looks() -> None:
    spec = (ROOT / "installer" / "consortium-planner.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec


def source_files() -> list[str]:
    """Every file a wheel must carry: the package's modules and data, and resources/."""
    package = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "consortium_planner").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]
    resources = [
        "consortium_planner/_resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]
    return sorted(package + resources)


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built with pip from a clean copy of the checkout (pyproject, README, package,
    resources), so nothing left over in the working tree (egg-info, build/) can help it."""
    checkout = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, checkout / name)
    for name in ("consortium_planner", "resources"):
        shutil.copytree(ROOT / name, checkout / name, ignore=ignore)
    wheels = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(checkout)],
        check=True,
        cwd=checkout,
        timeout=600,
    )
    (wheel,) = wheels.glob("consortium_planner-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_carries_the_package_and_its_resources(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in source_files() if name not in names]
    assert not missing, f"the wheel lacks {missing}"


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(built_wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site-packages"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--target", str(target), str(built_wheel)],
        check=True,
        timeout=300,
    )
    # -S: no site-packages, so only the installed copy (not the checkout) can be imported.
    probe = "from consortium_planner.paths import resources_dir; print(resources_dir())"
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
        timeout=60,
    )
    found = Path(result.stdout.strip())
    assert found == target / "consortium_planner" / "_resources"
    for probe_file in PROBES:
        assert (found / probe_file).is_file(), probe_file


def test_every_package_folder_is_a_regular_package() -> None:
    """A folder of modules without __init__.py is a namespace package, which PyInstaller's
    collect_submodules skips: the bundle then lacks what is imported by name (the pages)."""
    package = Path(__file__).resolve().parents[2] / "consortium_planner"
    folders = {path.parent for path in package.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(str(f.relative_to(package)) for f in folders
                  if not (f / "__init__.py").exists()) == []
