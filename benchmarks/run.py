"""Score newsclean beside the anchors with the shared evaluate tool, in one run.

    python benchmarks/run.py                       # both corpora, newsclean and the anchors
    python benchmarks/run.py --systems newsclean_text --limit 50

The evaluate tool and corpora live in ../shared (bench/evaluate.py, data/*.jsonl.gz). The table
it prints is what docs/benchmarks.md quotes. Speeds are only comparable within one run.
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys

SHARED = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
SETS = "scrapinghub_dev,modern"
SYSTEMS = "newsclean_text,newsclean_html,trafilatura,c4_text"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=pathlib.Path, default=SHARED)
    parser.add_argument("--sets", default=SETS)
    parser.add_argument("--systems", default=SYSTEMS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", help="also write the table as JSON here")
    args = parser.parse_args()
    evaluate = args.shared / "bench" / "evaluate.py"
    if not evaluate.is_file():
        print(f"run.py: error: {evaluate} not found (pass --shared)", file=sys.stderr)
        return 1
    command = [sys.executable, str(evaluate), args.sets, args.systems]
    if args.limit:
        command += ["--limit", str(args.limit)]
    if args.json:
        command += ["--json", args.json]
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
