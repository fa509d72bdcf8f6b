"""What the PyTorch sides of merlab's training benchmarks share (imported by environment/bench/*_torch.py before
torch): one thread, the --serve protocol of org.merlab.train.EpochBenchmark, one timed epoch of minibatch updates,
and parameter counts.

--serve: print "ready <torch version>" (after any lines of the script's own, e.g. parameter counts), then answer
each line "epoch KEY" on standard input with "epoch KEY WALL_SECONDS CPU_SECONDS" until EOF, training one epoch of
the run that KEY names (one model and optimiser per key, made on first use and kept across requests).
"""
import os
import sys
import time

# Debian's torch also starts OpenBLAS/OpenMP pools, which double the CPU time of a "1-thread" run unless pinned
# before torch loads; export these yourself to compare more threads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import torch  # noqa: E402  (after the thread pinning above)


def epoch(model, optimiser, rows, batch, loss_of):
    """Wall and process CPU seconds of one shuffled epoch of parameter updates over `rows` examples in batches of
    `batch`; the batch before takes the remainder when it is smaller than half a batch or one row, as merlab's
    LastBatch.MERGE does. loss_of(indices) gives a batch's loss."""
    order = torch.randperm(rows)
    starts = list(range(0, rows, batch))
    if len(starts) > 1 and (2 * (rows - starts[-1]) < batch or rows - starts[-1] < 2):
        starts.pop()
    ends = starts[1:] + [rows]
    t0, c0 = time.perf_counter(), time.process_time()
    model.train()
    for start, end in zip(starts, ends):
        optimiser.zero_grad()
        loss_of(order[start:end]).backward()
        optimiser.step()
    return time.perf_counter() - t0, time.process_time() - c0


def trainable(model):
    """Trainable parameters (what Keras and DL4J count)."""
    return sum(t.numel() for t in model.parameters() if t.requires_grad)


def single_lstm_bias(lstm):
    """Keras and DL4J give an LSTM one bias per gate, PyTorch two (input and hidden): the hidden ones are set to 0
    and frozen, so the network computes the same function with the same trainable parameters; the forget-gate
    bias starts at 1 (Keras' unit_forget_bias, merlab's forgetGateBiasInit(1))."""
    for name, p in lstm.named_parameters():
        if name.startswith("bias_hh"):
            p.data.zero_()
            p.requires_grad_(False)
        elif name.startswith("bias_ih"):
            units = p.shape[0] // 4
            p.data.zero_()
            p.data[units:2 * units] = 1.0  # PyTorch's gate order: input, forget, cell, output


def serve(make_run):
    """Answers "epoch KEY" lines on stdin (see the module comment); make_run(key) returns a function that trains
    one epoch and gives its (wall, cpu) seconds, or raises KeyError or ValueError for an unknown key."""
    runs = {}
    print(f"ready {torch.__version__}", flush=True)
    for line in sys.stdin:
        words = line.split()
        if len(words) != 2 or words[0] != "epoch":
            print(f"error: expected 'epoch KEY', got {line.strip()!r}", flush=True)
            continue
        key = words[1]
        try:
            run = runs[key] if key in runs else runs.setdefault(key, make_run(key))
        except (KeyError, ValueError):
            print(f"error: no run {key!r}", flush=True)
            continue
        wall, cpu = run()
        print(f"epoch {key} {wall:.6f} {cpu:.6f}", flush=True)
