#!/usr/bin/env bash
# Build the Linux bundle and its download:
#   dist/consortium-planner/consortium-planner             the program (a one-folder bundle)
#   dist/consortium-planner-VERSION-linux-ARCH.tar.gz      what users download
#
# Needs the project's venv with PyInstaller (pip install -e ".[build]"); PYTHON overrides the
# interpreter. Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
bundle=dist/consortium-planner
started=$(date +%s)

# Expected warnings: pyqtgraph.opengl (PyOpenGL is not installed), libgtk-3 for the qgtk3 plugin
# (left out by the spec), and database drivers SQLAlchemy names but the app never uses.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/consortium-planner.spec

# Some binaries arrive with their debug info: Python built from source (pyenv, some CI images)
# and SQLAlchemy's compiled modules, 30 MB together. Strip the debug sections of those, but not
# of binaries whose run path auditwheel rewrote to $ORIGIN (Pillow's, numpy's): strip has broken
# such patched files before, and the manylinux wheels' libraries are stripped already.
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
  while IFS= read -r -d '' binary; do
    if readelf -S --wide "$binary" 2>/dev/null | grep -q '[.]debug_info' \
      && ! readelf -d "$binary" 2>/dev/null | grep -q 'R.*PATH.*[$]ORIGIN'; then
      strip --strip-debug "$binary"
    fi
  done < <(find "$bundle/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
else
  echo "build.sh: strip or readelf not found (binutils); the bundle keeps its debug info" >&2
fi

# Desktop integration for the download: ./install.sh adds the menu entry, file type and icons.
mkdir -p "$bundle/share"
cp installer/linux/consortium-planner.desktop installer/linux/consortium-planner.xml \
  "$bundle/share/"
cp installer/linux/install.sh "$bundle/install.sh"
chmod +x "$bundle/install.sh"

version=$(PYTHONPATH=. "$python" -c 'import consortium_planner as app; print(app.__version__)')
archive=dist/consortium-planner-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$archive" --owner=0 --group=0 consortium-planner

finished=$(date +%s)
echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "archive: $archive ($(du -sh "$archive" | cut -f1))"
echo "built in $((finished - started)) s"
