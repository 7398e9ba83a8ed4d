"""The peak memory a benchmark reports, measured the same way by each."""

from __future__ import annotations

import sys


def peak_memory_mb() -> float:
    """The process's own peak resident memory, in MB: Linux's VmHWM. Not getrusage's
    ru_maxrss, which Linux carries across exec: a child started by a parent that had just
    generated the workspace (~410 MB) reported the parent's peak as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # elsewhere (macOS: bytes), the best there is

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
