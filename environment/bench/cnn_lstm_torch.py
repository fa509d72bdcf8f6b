#!/usr/bin/python3
"""PyTorch reference for org.merlab.train.CnnLstmBenchmark: the same CNN-LSTM (Yakovyna & Korniienko 2023,
Table 3), the same random 28x1 data and batch sizes, one warm-up epoch, then the median seconds per epoch of
parameter updates (wall and process CPU time). Needs Debian's python3-torch (1.13); run with /usr/bin/python3.

    /usr/bin/python3 environment/bench/cnn_lstm_torch.py --samples 8000 --batch 32,64 --epochs 3 --threads 1

With --serve it trains one epoch per request instead (torch_bench.serve), so that `make bench-train` can interleave
its epochs with merlab's in one run: the key of each "epoch KEY" request is a batch size.
"""
import argparse
import functools
import os
import statistics

import torch_bench  # first: pins the thread pools before torch loads
import torch
from torch import nn


class CnnLstm(nn.Module):
    """Table 3 in PyTorch's NCW layout; PyTorch's LSTM keeps two bias vectors, so it has 1,024 more
    parameters than Keras/DL4J (2 LSTMs x 4 gates x 128)."""

    def __init__(self, n_classes, dropout=0.3):
        super().__init__()
        layers = []
        channels = 1
        for width in (128, 256, 512):
            layers += [nn.Conv1d(channels, width, 4, padding="same"), nn.ReLU(),
                       nn.Conv1d(width, width, 4, padding="same"), nn.ReLU(),
                       nn.BatchNorm1d(width, eps=1e-3, momentum=0.01), nn.MaxPool1d(2), nn.Dropout(dropout)]
            channels = width
        self.conv = nn.Sequential(*layers)
        self.lstm1 = nn.LSTM(512, 128, batch_first=True)
        self.bn1 = nn.BatchNorm1d(128, eps=1e-3, momentum=0.01)
        self.lstm2 = nn.LSTM(128, 128, batch_first=True)
        self.bn2 = nn.BatchNorm1d(128, eps=1e-3, momentum=0.01)
        self.head = nn.Sequential(nn.Linear(128, 64), nn.ReLU(), nn.Dropout(dropout),
                                  nn.BatchNorm1d(64, eps=1e-3, momentum=0.01), nn.Linear(64, n_classes))
        self.drop = nn.Dropout(dropout)

    def forward(self, x):                               # x: [batch, 1, 28]
        h = self.conv(x).transpose(1, 2)                # [batch, 3, 512]
        h, _ = self.lstm1(h)                            # [batch, 3, 128]
        h = self.drop(self.bn1(h.transpose(1, 2)).transpose(1, 2))
        h, _ = self.lstm2(h)
        h = self.drop(self.bn2(h[:, -1, :]))            # last step: [batch, 128]
        return self.head(h)                             # logits; CrossEntropyLoss applies the softmax


class Run:
    """One model and RMSprop optimiser trained in epochs of minibatches over the same data."""

    def __init__(self, classes, batch):
        self.batch = batch
        self.model = CnnLstm(classes)
        self.opt = torch.optim.RMSprop(self.model.parameters(), lr=1e-3)
        self.loss_fn = nn.CrossEntropyLoss()

    def parameters(self):
        running = sum(b.numel() for n, b in self.model.named_buffers() if "running" in n)
        return torch_bench.trainable(self.model), running

    def epoch(self, x, y):
        """Wall and process CPU seconds of one shuffled epoch of parameter updates."""
        return torch_bench.epoch(self.model, self.opt, x.shape[0], self.batch,
                                 lambda idx: self.loss_fn(self.model(x[idx]), y[idx]))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--samples", type=int, default=8000)
    p.add_argument("--classes", type=int, default=9)
    p.add_argument("--batch", default="32,64")
    p.add_argument("--epochs", type=int, default=3, help="timed epochs after one warm-up")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--serve", action="store_true", help="train one epoch per request on stdin (see above)")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    x = torch.randn(a.samples, 1, 28)
    y = torch.randint(0, a.classes, (a.samples,))
    if a.serve:
        torch_bench.serve(lambda key: functools.partial(Run(a.classes, int(key)).epoch, x, y))
        return
    print(f"PyTorch {torch.__version__} CNN-LSTM training benchmark: {a.samples} x 28x1 random, {a.classes} classes,"
          f" seed {a.seed}, threads {a.threads}, load average {os.getloadavg()[0]:.1f}")
    for batch in (int(b) for b in a.batch.split(",")):
        run = Run(a.classes, batch)
        trainable, running = run.parameters()
        print(f"parameters: {trainable + running:,} (trainable {trainable:,} + batch-norm running statistics)")
        wall, cpu = zip(*(run.epoch(x, y) for _ in range(a.epochs + 1)))
        print(f"batch {batch}: warm-up {wall[0]:.1f} s, timed {' '.join(f'{w:.1f}' for w in wall[1:])} s"
              f" -> median {statistics.median(wall[1:]):.1f} s/epoch;"
              f" process CPU median {statistics.median(cpu[1:]):.1f} s/epoch")


if __name__ == "__main__":
    main()
