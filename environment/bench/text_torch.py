#!/usr/bin/python3
"""PyTorch side of org.merlab.train.TextBenchmark (`make bench-text`): the text BiLSTM and Transformer of
sequence_nets.py trained on random token ids (2 .. vocab-1; 0 pads) of the given lengths with random labels,
Adam 1e-3, cross-entropy, one thread. Prints both models' trainable parameter counts, then serves epochs
(torch_bench.serve): the key of each "epoch KEY" request is text-lstm or text-transformer. Needs Debian's
python3-torch; run with /usr/bin/python3.

    /usr/bin/python3 environment/bench/text_torch.py --serve --lengths 12,52,7 --vocab 7401 --classes 6 \\
        --max-length 52 --batch 64
"""
import argparse
import functools

import torch_bench  # first: pins the thread pools before torch loads
import torch
from torch import nn

import sequence_nets


def models(a):
    return {"text-lstm": lambda: sequence_nets.TextLstm(a.vocab, a.classes),
            "text-transformer": lambda: sequence_nets.TextTransformer(a.vocab, a.classes, a.max_length)}


def epoch(model, optimiser, ids, y, lengths, batch):
    loss_fn = nn.CrossEntropyLoss()

    def loss_of(idx):
        tokens, mask = sequence_nets.padded([ids[i] for i in idx], [lengths[i] for i in idx])
        return loss_fn(model(tokens, mask), y[idx])
    return torch_bench.epoch(model, optimiser, len(lengths), batch, loss_of)


def run(key, a, ids, y):
    model = models(a)[key]()
    return functools.partial(epoch, model, torch.optim.Adam(model.parameters(), lr=1e-3), ids, y, a.lengths,
                             a.batch)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--serve", action="store_true", required=True, help="train one epoch per request on stdin")
    p.add_argument("--lengths", type=sequence_nets.lengths_arg, required=True, help="tokens of each text")
    p.add_argument("--vocab", type=int, required=True)
    p.add_argument("--classes", type=int, required=True)
    p.add_argument("--max-length", type=int, required=True)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    ids = [torch.randint(2, a.vocab, (n,)) for n in a.lengths]
    y = torch.randint(0, a.classes, (len(a.lengths),))
    for key, make in models(a).items():
        print(f"{key}: {torch_bench.trainable(make()):,} parameters")
    torch_bench.serve(lambda key: run(key, a, ids, y))


if __name__ == "__main__":
    main()
