"""Benchmark of the trajectplan PDF: a 10-goal plan, two drawn signatures and the radar,
rendered and signed.

Prints one JSON line per figure: {"metric", "value", "unit", "target"}.
Usage: python bench/pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import dossier  # noqa: E402
from desktop.vault.identity import new_identity  # noqa: E402
from exports.pdf_signing import sign_pdf  # noqa: E402
from exports.plan_pdf import PdfOptions, render_plan_pdf  # noqa: E402
from forms import Point, Signature, Trajectplan  # noqa: E402


def emit(metric: str, value: float, unit: str, target: str | None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}), flush=True)


def _strokes(seed: int) -> list[list[Point]]:
    """Four wavy strokes of 150 points each: about what a finger on a tablet leaves."""
    return [[Point(x=0.05 + 0.22 * s + 0.2 * i / 150, y=0.5 + 0.3 * math.sin(i / 7 + seed + s),
                   pressure=0.3 + 0.5 * abs(math.sin(i / 11))) for i in range(150)] for s in range(4)]


def signed_plan_dossier():
    d = dossier(7, goals=10)
    plan = d.plans[0]
    at = dt.datetime(2025, 3, 4, 13, 5, tzinfo=dt.timezone.utc)
    signatures = [Signature(role=role, name=name, signed_at=at, strokes=_strokes(n),
                            plan_hash=plan.plan_content_hash())
                  for n, (role, name) in enumerate((("deelnemer", d.participant.roepnaam),
                                                    ("begeleider", "Sanne de Vries")))]
    signed = Trajectplan.model_validate(plan.model_dump() | {"signatures": [s.model_dump() for s in signatures]})
    d.plans = [signed]
    return d, signed


def _timed(work) -> tuple[float, float]:
    """(wall, cpu) milliseconds of one call: cpu shows the cost when other jobs share the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    identity = new_identity("Sanne de Vries")
    d, plan = signed_plan_dossier()
    options = PdfOptions(lang="nl")
    render_plan_pdf(d, plan, options)  # warm up: fonts parsed and instruments loaded once

    def signed() -> bytes:
        return sign_pdf(render_plan_pdf(d, plan, options), identity.pdf_key_pem, identity.pdf_cert_pem)

    # Interleaved, so a burst of load elsewhere hits both figures alike.
    pairs = [(_timed(lambda: render_plan_pdf(d, plan, options)), _timed(signed)) for _ in range(runs)]
    unsigned_wall, signed_wall = (statistics.median(p[k][0] for p in pairs) for k in (0, 1))
    unsigned_cpu, signed_cpu = (statistics.median(p[k][1] for p in pairs) for k in (0, 1))
    size = len(signed())
    emit("pdf_render_unsigned_median", unsigned_wall, "ms", None)
    emit("pdf_render_and_sign_median", signed_wall, "ms", "<= 400")
    emit("pdf_render_and_sign_cpu_median", signed_cpu, "ms", "<= 400")
    emit("pdf_signed_over_unsigned_ratio", signed_wall / unsigned_wall, "ratio", None)
    emit("pdf_signed_over_unsigned_cpu_ratio", signed_cpu / unsigned_cpu, "ratio", None)
    emit("pdf_signed_size", size / 1024, "KiB", None)


if __name__ == "__main__":
    main()
