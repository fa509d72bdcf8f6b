"""Writes sklearn-baselines.csv and sklearn-baselines.json: a 4-class problem and what scikit-learn's default
RandomForestClassifier() and SVC() make of it, for BaselineTest.

The problem mimics the published protocol at small scale: 100 tight clusters ("tracks") of 6 rows, one random
class per cluster, 4 rows of each cluster for training and 2 for testing, so a forest must grow one leaf per
cluster and down to single rows to recognise a test row's cluster (depth, leaf-count and leaf-size limits lose).
Features have unequal scales and offsets, so gamma='scale' = 1 / (n_features * X.var()) differs from 1 / n_features;
SVC() is also fitted on the rows standardised by a StandardScaler fitted on the training rows, as merlab's baselines
see them (gamma='scale' is then 1 / n_features).
The forest is random: its test accuracy is given for random_state 0..9.

Run with Debian's python3 (python3-sklearn 1.2.1, numpy): /usr/bin/python3 make_sklearn_baselines.py
"""
import csv
import json

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

rng = np.random.default_rng(9)
clusters, per, k, p = 100, 6, 4, 8
centres = rng.normal(size=(clusters, p))
x = np.repeat(centres, per, axis=0) + 0.35 * rng.normal(size=(clusters * per, p))
x = x * rng.uniform(0.5, 4, p) + rng.uniform(-3, 3, p)
y = np.repeat(rng.integers(0, k, clusters), per)
test = np.tile(np.arange(per) >= 4, clusters)

svc = SVC().fit(x[~test], y[~test])
svc_predicted = svc.predict(x)
standardised = StandardScaler().fit(x[~test]).transform(x)
svc_standardised = SVC().fit(standardised[~test], y[~test])
svc_standardised_predicted = svc_standardised.predict(standardised)
forests = [RandomForestClassifier(random_state=s).fit(x[~test], y[~test]).score(x[test], y[test])
           for s in range(10)]

with open("sklearn-baselines.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["test", "y", "svc", "svcStandardised"] + [f"x{j}" for j in range(p)])
    for i in range(len(y)):
        out.writerow([int(test[i]), y[i], svc_predicted[i], svc_standardised_predicted[i]] + [repr(v) for v in x[i]])
with open("sklearn-baselines.json", "w") as fh:
    json.dump({"sklearn": sklearn.__version__, "svcGamma": svc._gamma,
               "svcAccuracy": svc.score(x[test], y[test]),
               "svcStandardisedAccuracy": svc_standardised.score(standardised[test], y[test]),
               "forestAccuracies": forests}, fh, indent=1)
