"""Writes sklearn-metrics.json: random 4-class predictions with tied scores and scikit-learn's metrics for them.

Run with Debian's python3 (python3-sklearn 1.2.1, numpy): /usr/bin/python3 make_sklearn_metrics.py
"""
import json

import numpy as np
from sklearn import metrics

rng = np.random.default_rng(20231121)
n, k = 240, 4
# probabilities in steps of 1/10 (many tied scores), truth agreeing with the argmax about half the time
counts = rng.multinomial(10, [0.4, 0.3, 0.2, 0.1], size=n)
for i in range(n):
    rng.shuffle(counts[i])
prob = counts / 10.0
truth = np.where(rng.random(n) < 0.5, prob.argmax(axis=1), rng.integers(0, k, n))
pred = prob.argmax(axis=1)

p, r, f, s = metrics.precision_recall_fscore_support(truth, pred, labels=range(k), zero_division=0)
out = {
    "probabilities": prob.tolist(),
    "truth": truth.tolist(),
    "confusion": metrics.confusion_matrix(truth, pred, labels=range(k)).tolist(),
    "accuracy": metrics.accuracy_score(truth, pred),
    "precision": p.tolist(), "recall": r.tolist(), "f1": f.tolist(), "support": s.tolist(),
    "macroF1": metrics.f1_score(truth, pred, average="macro"),
    "weightedF1": metrics.f1_score(truth, pred, average="weighted"),
    "mcc": metrics.matthews_corrcoef(truth, pred),
    "rocAuc": [], "averagePrecision": [], "rocFpr": [], "rocTpr": [], "prPrecision": [], "prRecall": [],
}
for c in range(k):
    y = truth == c
    fpr, tpr, _ = metrics.roc_curve(y, prob[:, c], drop_intermediate=False)
    precision, recall, _ = metrics.precision_recall_curve(y, prob[:, c])
    out["rocAuc"].append(metrics.roc_auc_score(y, prob[:, c]))
    out["averagePrecision"].append(metrics.average_precision_score(y, prob[:, c]))
    out["rocFpr"].append(fpr.tolist())
    out["rocTpr"].append(tpr.tolist())
    # sklearn lists PR points by increasing threshold, ending at (recall 0, precision 1); merlab by decreasing
    out["prPrecision"].append(precision[::-1].tolist())
    out["prRecall"].append(recall[::-1].tolist())

with open("sklearn-metrics.json", "w") as fh:
    json.dump(out, fh)
