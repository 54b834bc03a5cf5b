r"""Train the two-pass line model shipped in newsclean/resources/line_model.json.

    pip install -e '.[train]'
    python tools/train_line_model.py --data ../shared/data            # cross-validate, then write the model
    python tools/train_line_model.py --data ../shared/data --no-write # cross-validate only

Labels come from the corpora's reference bodies, tokenised as the benchmark does (``\w+``): a
non-blank line of 4 tokens or more is body when at least half of its 4-token shingles occur in the
reference body (extractors join and split paragraphs differently, so whole-line equality would
miss most of them); a shorter line is body when it equals a line of the reference body. Each line is weighted by its
length in words over the page's total, so every page counts the same, as in the benchmark's
per-page averaged shingle F1.

The threshold for ``body`` is the best on all pages (mostly the larger corpus; a lower threshold
also keeps more of the Chinese and Arabic fixture pages, on which the corpora say little). The
first pass is fitted on all pages; the second pass is fitted on first-pass scores computed
out of fold (5 folds by page), so that it learns how much to trust scores it has not seen
fitted. Training is deterministic (fixed folds, the lbfgs solver).

Cross-validation reported: train on one corpus, test on the other, both ways, scored with the
benchmark's own shingle F1 on the model's output (rules and metadata left out).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import pathlib
import re
import sys
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from newsclean.classify import Row, first_pass_rows, second_pass_rows
from newsclean.features import CONTEXT_FEATURES, LINE_FEATURES, PLACE_FEATURES

MODEL_PATH = pathlib.Path(__file__).resolve().parent.parent / "newsclean" / "resources" / "line_model.json"
CORPORA = ("scrapinghub_dev", "modern")
FOLDS = 5
SHINGLE = 4
TOKEN = re.compile(r"\w+")


class Page:
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.lines = record["text"].splitlines()
        self.rows: list[Row] = first_pass_rows(self.lines)
        body = record.get("body") or ""
        tokens = TOKEN.findall(body)
        body_shingles = {tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
        body_lines = {" ".join(TOKEN.findall(line)) for line in body.splitlines() if line.strip()}
        self.labels = []
        for row in self.rows:
            words = TOKEN.findall(self.lines[row.index])
            if len(words) >= SHINGLE:
                grams = [tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
                inside = sum(g in body_shingles for g in grams) >= 0.5 * len(grams)
            else:
                inside = " ".join(words) in body_lines
            self.labels.append(1 if inside else 0)
        total = sum(row.units for row in self.rows) or 1.0
        self.weights = [row.units / total for row in self.rows]


def load(data: pathlib.Path, name: str) -> list[Page]:
    with gzip.open(data / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [Page(json.loads(line)) for line in handle]


def stack(pages: list[Page], rows_of: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y, w = [], [], []
    for page in pages:
        x.extend(rows_of(page))
        y.extend(page.labels)
        w.extend(page.weights)
    return np.array(x), np.array(y), np.array(w)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(x, y, sample_weight=w * len(w) / w.sum())
    return model


def first_scores(model: LogisticRegression, page: Page) -> list[float]:
    if not page.rows:
        return []
    return list(model.decision_function(np.array([row.features for row in page.rows])))


def train(pages: list[Page]) -> tuple[LogisticRegression, LogisticRegression]:
    x1, y1, w1 = stack(pages, lambda p: [row.features for row in p.rows])
    first = fit(x1, y1, w1)
    out_of_fold: dict[int, list[float]] = {}
    for fold in range(FOLDS):
        held = [k for k in range(len(pages)) if k % FOLDS == fold]
        rest = [p for k, p in enumerate(pages) if k % FOLDS != fold]
        fold_model = fit(*stack(rest, lambda p: [row.features for row in p.rows]))
        for k in held:
            out_of_fold[k] = first_scores(fold_model, pages[k])
    contexts = {id(page): second_pass_rows(page.rows, out_of_fold[k]) for k, page in enumerate(pages)}
    x2, y2, w2 = stack(pages, lambda p: contexts[id(p)])
    second = fit(x2, y2, w2)
    return first, second


def predict(first: LogisticRegression, second: LogisticRegression, page: Page) -> list[float]:
    if not page.rows:
        return []
    scores = first_scores(first, page)
    return list(second.predict_proba(np.array(second_pass_rows(page.rows, scores)))[:, 1])


def evaluate(bench: Any, pages: list[Page], probs: list[list[float]], threshold: float) -> float:
    counts = []
    for page, p in zip(pages, probs, strict=True):
        kept = [page.lines[row.index].strip() for row, q in zip(page.rows, p, strict=True) if q >= threshold]
        counts.append(bench.shingle_counts(page.record["body"], "\n".join(kept)))
    return float(bench.shingle_scores(counts)[2])


def load_bench(path: pathlib.Path) -> Any:
    spec = importlib.util.spec_from_file_location("evaluate", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=pathlib.Path, default=pathlib.Path("../shared/data"))
    parser.add_argument("--bench", type=pathlib.Path, default=pathlib.Path("../shared/bench/evaluate.py"))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    bench = load_bench(args.bench)
    corpora = {name: load(args.data, name) for name in CORPORA}
    thresholds = [t / 10 for t in range(2, 8)]
    report: dict[str, Any] = {}
    for train_name, test_name in ((CORPORA[1], CORPORA[0]), (CORPORA[0], CORPORA[1])):
        first, second = train(corpora[train_name])
        probs = [predict(first, second, page) for page in corpora[test_name]]
        scores = {t: evaluate(bench, corpora[test_name], probs, t) for t in thresholds}
        report[f"train {train_name} -> test {test_name}"] = {str(t): round(s, 3) for t, s in scores.items()}
        print(f"train {train_name:16} test {test_name:16} sh_F1 at 0.5: {scores[0.5]:.3f}  "
              f"best {max(scores.values()):.3f} at {max(scores, key=lambda t: scores[t])}", flush=True)
    everything = corpora[CORPORA[0]] + corpora[CORPORA[1]]
    first, second = train(everything)
    probs = [predict(first, second, page) for page in everything]
    in_sample = {t: evaluate(bench, everything, probs, t) for t in thresholds}
    threshold = max(in_sample, key=lambda t: in_sample[t])
    print(f"all pages, in sample: best threshold {threshold} sh_F1 {in_sample[threshold]:.3f}")
    if args.no_write:
        return
    model = {
        "about": "Two-pass line model of newsclean; written by tools/train_line_model.py, read by classify.py",
        "line_features": list(LINE_FEATURES + PLACE_FEATURES),
        "line_weights": [round(float(v), 6) for v in first.coef_[0]],
        "line_bias": round(float(first.intercept_[0]), 6),
        "context_features": list(CONTEXT_FEATURES),
        "context_weights": [round(float(v), 6) for v in second.coef_[0]],
        "context_bias": round(float(second.intercept_[0]), 6),
        "threshold": threshold,
        "cross_validation_sh_F1_by_threshold": report,
    }
    MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()

