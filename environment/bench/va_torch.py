#!/usr/bin/python3
"""PyTorch side of org.merlab.train.VaBenchmark (`make bench-va`): the valence/arousal LSTM and Transformer of
sequence_nets.py trained on random inputs and targets of the given window lengths, Adam, masked MSE, one thread.
Prints both models' trainable parameter counts, then serves epochs (torch_bench.serve): the key of each
"epoch KEY" request is va-lstm or va-transformer. Needs Debian's python3-torch; run with /usr/bin/python3.

    /usr/bin/python3 environment/bench/va_torch.py --serve --lengths 32,32,17 --inputs 128 --batch 8
"""
import argparse
import functools

import torch_bench  # first: pins the thread pools before torch loads
import torch

import sequence_nets

MODELS = {"va-lstm": sequence_nets.VaLstm, "va-transformer": sequence_nets.VaTransformer}


def epoch(model, optimiser, x, y, lengths, batch):
    def loss_of(idx):
        chosen = [lengths[i] for i in idx]
        inputs, mask = sequence_nets.padded([x[i] for i in idx], chosen)
        targets, _ = sequence_nets.padded([y[i] for i in idx], chosen)
        return sequence_nets.masked_mse(model(inputs, mask), targets, mask)
    return torch_bench.epoch(model, optimiser, len(lengths), batch, loss_of)


def run(key, a, x, y, lengths):
    model = MODELS[key](a.inputs)
    return functools.partial(epoch, model, torch.optim.Adam(model.parameters(), lr=1e-3), x, y, lengths, a.batch)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--serve", action="store_true", required=True, help="train one epoch per request on stdin")
    p.add_argument("--lengths", type=sequence_nets.lengths_arg, required=True, help="steps of each window")
    p.add_argument("--inputs", type=int, default=128)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    x = [torch.randn(n, a.inputs) for n in a.lengths]
    y = [torch.randn(n, 1) for n in a.lengths]
    for key, model in MODELS.items():
        print(f"{key}: {torch_bench.trainable(model(a.inputs)):,} parameters")
    torch_bench.serve(lambda key: run(key, a, x, y, a.lengths))


if __name__ == "__main__":
    main()
