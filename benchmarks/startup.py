"""Time what one process pays before its first page: importing newsclean and the first clean().

    python benchmarks/startup.py [--runs 3]

Each run is a fresh interpreter (the import and the rule set are built once per process), so
this is what a one-page CLI call or a short benchmark run pays on top of the pages themselves.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

PROBE = """
import time
start = time.perf_counter()
import newsclean
imported = time.perf_counter()
page = "Menu\\nThe council voted on Tuesday to approve the plan for the harbour, officials said.\\n© 2026 Example"
newsclean.clean(page)
done = time.perf_counter()
print(f"import {imported - start:.3f} s, first clean {done - imported:.3f} s, together {done - start:.3f} s")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for _ in range(args.runs):
        result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return result.returncode
        print(result.stdout, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
