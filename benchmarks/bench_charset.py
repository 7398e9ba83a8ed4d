"""How well and how fast the import tells a CSV's encoding (readers.decode_text, with chardet),
beside charset-normalizer (installed with reportlab) asked to choose among the same encodings.

Accuracy: the labelled set of tests/importing/charset_samples.py (twelve languages, member
lists and CORDIS-like exports of 4 and 300 rows, each in the encodings its offices send); a file
counts as read right when its text is exactly the text written. Speed: one 50,000-row member
list per code page (about 6 MB), wall and CPU time of the decoding alone.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_charset.py
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable

from consortium_planner.importing.readers import decode_text
from tests.importing.charset_samples import csv_text, encoded, samples

ROWS = 50_000
# charset-normalizer's names for the encodings decode_text considers.
NORMALIZER_ENCODINGS = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp1252", "cp1250",
                        "cp1251", "cp1253", "latin_1", "iso8859_2", "iso8859_7", "mac_roman"]


def import_reading(data: bytes) -> str:
    return decode_text(data)[0]


def normalizer_reading(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=NORMALIZER_ENCODINGS).best()
    return None if best is None else str(best)


def main() -> None:
    readers: dict[str, Callable[[bytes], str | None]] = {"import": import_reading}
    try:
        import charset_normalizer

        readers[f"charset-normalizer {charset_normalizer.__version__}"] = normalizer_reading
    except ImportError:
        pass
    right: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0]))
    for sample in samples():
        size = "short" if sample.rows < 10 else "long"
        for name, read in readers.items():
            counts = right[name][(sample.encoding, size)]
            counts[0] += read(sample.data) == sample.text
            counts[1] += 1
    print(f"{'encoding':<12}{'rows':>6}" + "".join(f"{name:>28}" for name in readers))
    for key in sorted(right["import"]):
        print(f"{key[0]:<12}{key[1]:>6}" + "".join(
            f"{'%d/%d' % tuple(right[name][key]):>28}" for name in readers))
    print(f"{'total':<18}" + "".join(
        f"{'%d/%d' % tuple(map(sum, zip(*right[name].values()))):>28}" for name in readers))

    print(f"\n{ROWS:,}-row member lists (load average {os.getloadavg()[0]:.2f}):")
    for language, encoding in [("de", "cp1252"), ("cs", "cp1250"), ("fr", "mac_roman"),
                               ("el", "cp1253"), ("bg", "cp1251"), ("pl", "utf-16-le")]:
        text, data = encoded(csv_text(language, "members", ROWS), encoding)
        line = f"  {language} {encoding:<10} {len(data) / 1e6:4.1f} MB"
        for name, read in readers.items():
            wall, cpu = time.perf_counter(), time.process_time()
            reading = read(data)
            line += (f"  {name}: {time.perf_counter() - wall:.3f} s wall, "
                     f"{time.process_time() - cpu:.3f} s CPU{'' if reading == text else ' WRONG'}")
        print(line)


if __name__ == "__main__":
    main()
