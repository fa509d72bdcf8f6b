"""PyTorch versions of merlab's sequence networks, written to have merlab's parameters one for one (the benchmark
scripts print both counts): the post-norm Transformer encoder block without attention projection biases
(models.TransformerEncoderBlock), the valence/arousal LSTM and Transformer (models.VaLstm, models.VaTransformer) and
the text BiLSTM and Transformer (models.TextLstm, models.TextTransformer). Tensors are batch-first:
[batch, T, channels]; `mask` is [batch, T], True on real steps. Imported after torch_bench (thread pinning)."""
import torch
from torch import nn

import torch_bench


class EncoderBlock(nn.Module):
    """h = LayerNorm(x + MultiHead(x, mask)); out = LayerNorm(h + W2 act(W1 h + b1) + b2); no q/k/v/o biases,
    as ND4J's attention op: 4 d^2 + 2 d ff + ff + 5 d parameters."""

    def __init__(self, width, heads, feed_forward, activation):
        super().__init__()
        self.attention = nn.MultiheadAttention(width, heads, bias=False, batch_first=True)
        self.norm1 = nn.LayerNorm(width)
        self.ff = nn.Sequential(nn.Linear(width, feed_forward), activation, nn.Linear(feed_forward, width))
        self.norm2 = nn.LayerNorm(width)

    def forward(self, x, mask):
        a, _ = self.attention(x, x, x, key_padding_mask=~mask, need_weights=False)
        h = self.norm1(x + a)
        return self.norm2(h + self.ff(h))


class VaLstm(nn.Module):
    """Two LSTMs of 64 returning sequences, a per-step dense output (models.VaLstm)."""

    def __init__(self, inputs, units=64):
        super().__init__()
        self.lstm1 = nn.LSTM(inputs, units, batch_first=True)
        self.lstm2 = nn.LSTM(units, units, batch_first=True)
        for lstm in (self.lstm1, self.lstm2):
            torch_bench.single_lstm_bias(lstm)
        self.head = nn.Linear(units, 1)

    def forward(self, x, mask):
        h, _ = self.lstm1(x)
        h, _ = self.lstm2(h)
        return self.head(h)


class VaTransformer(nn.Module):
    """Linear frame embedding plus sinusoidal positions, two GELU blocks of width 64, 4 heads, feed-forward 128,
    a per-step linear head (models.VaTransformer with Options.DEFAULT)."""

    def __init__(self, inputs, width=64, depth=2, heads=4, feed_forward=128):
        super().__init__()
        self.width = width
        self.embed = nn.Linear(inputs, width)
        self.blocks = nn.ModuleList(EncoderBlock(width, heads, feed_forward, nn.GELU()) for _ in range(depth))
        self.head = nn.Linear(width, 1)

    def positions(self, steps):
        """sin in the first half of the channels, cos in the second, as models.FrameEmbedding."""
        half = self.width // 2
        t = torch.arange(steps, dtype=torch.float32)[:, None]
        angles = t / torch.pow(10000.0, 2 * torch.arange(half, dtype=torch.float32) / self.width)[None, :]
        return torch.cat([torch.sin(angles), torch.cos(angles)], dim=1)

    def forward(self, x, mask):
        h = self.embed(x) + self.positions(x.shape[1])
        for block in self.blocks:
            h = block(h, mask)
        return self.head(h)


def masked_mse(predicted, target, mask):
    """Mean squared error over the real steps."""
    m = mask.unsqueeze(-1).to(predicted.dtype)
    return ((predicted - target) ** 2 * m).sum() / m.sum()


class TextLstm(nn.Module):
    """Embedding 128 (no bias), one bidirectional LSTM of 64 per direction read within each text's length (packed
    sequences, as merlab's reversal within the mask), masked max pooling, dropout 0.3 on the LSTM's and the head's
    input, softmax head (models.TextLstm.defaults)."""

    def __init__(self, vocab, classes, embedding=128, units=64, dropout=0.3):
        super().__init__()
        self.embed = nn.Embedding(vocab, embedding)
        self.lstm = nn.LSTM(embedding, units, batch_first=True, bidirectional=True)
        torch_bench.single_lstm_bias(self.lstm)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(2 * units, classes)

    def forward(self, ids, mask):
        lengths = mask.sum(dim=1)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(self.embed(ids)), lengths, batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=ids.shape[1])
        h = h.masked_fill(~mask.unsqueeze(-1), float("-inf")).max(dim=1).values
        return self.head(self.drop(h))


class TextTransformer(nn.Module):
    """Embedding 64 (no bias) plus learned positions up to max_length, dropout 0.1, one ReLU block (4 heads,
    feed-forward 128), masked mean pooling, dropout 0.1, softmax head (models.TextTransformer.defaults)."""

    def __init__(self, vocab, classes, max_length, width=64, heads=4, feed_forward=128, dropout=0.1):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        self.position = nn.Parameter(torch.empty(max_length, width))
        nn.init.xavier_uniform_(self.position)
        self.block = EncoderBlock(width, heads, feed_forward, nn.ReLU())
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(width, classes)

    def forward(self, ids, mask):
        h = self.block(self.drop(self.embed(ids) + self.position[:ids.shape[1]]), mask)
        m = mask.unsqueeze(-1).to(h.dtype)
        return self.head(self.drop((h * m).sum(dim=1) / m.sum(dim=1)))


def padded(rows, lengths):
    """The batch `rows` (a list of [length, ...] tensors) zero-padded to its longest row, and its mask."""
    longest = max(lengths)
    batch = torch.zeros((len(rows), longest) + tuple(rows[0].shape[1:]), dtype=rows[0].dtype)
    mask = torch.zeros(len(rows), longest, dtype=torch.bool)
    for i, (row, n) in enumerate(zip(rows, lengths)):
        batch[i, :n] = row
        mask[i, :n] = True
    return batch, mask


def lengths_arg(text):
    """--lengths 32,32,17: one sequence length per example."""
    return [int(n) for n in text.split(",")]

