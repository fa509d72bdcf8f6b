#!/usr/bin/env python3
"""Writes the FLAC fixtures of FlacDecoderTest and the same audio as WAV, from synthetic signals (no recording).

Each signal is a deterministic sum of sines per channel plus a little pseudo-random noise (a fixed LCG), so the
encoder's predictors and residual coding get real work; full-scale peaks test the sample scaling. The FLAC files
are made by Debian's `flac` (1.4.2) from the WAV files: `flac --best --blocksize=1152 --no-padding` (several frames
per file, no padding block). FLAC is lossless, so decoding must give the WAV's samples bit for bit.

Run from this folder: python3 make_flac_fixtures.py
"""
import math
import struct
import subprocess

FIXTURES = [
    # name, sample rate, bits, channels, frames
    ("mono16", 8000, 16, 1, 4000),
    ("stereo24", 16000, 24, 2, 3000),
    ("surround16", 16000, 16, 6, 2000),
]


def samples(rate, bits, channels, frames):
    top = 2 ** (bits - 1) - 1
    state = 12345
    rows = []
    for i in range(frames):
        row = []
        for c in range(channels):
            state = (1103515245 * state + 12345) % 2 ** 31
            noise = (state / 2 ** 31 - 0.5) * 0.02
            x = 0.6 * math.sin(2 * math.pi * (220 * (c + 1)) * i / rate) \
                + 0.3 * math.sin(2 * math.pi * 1375.5 * i / rate + c) + noise
            row.append(max(-top - 1, min(top, round(x * top))))
        rows.append(row)
    rows[frames // 2] = [top] * channels  # full-scale positive and negative samples
    rows[frames // 2 + 1] = [-top - 1] * channels
    return rows


def wav(rate, bits, channels, rows):
    width = bits // 8
    data = b"".join(v.to_bytes(width, "little", signed=True) for row in rows for v in row)
    extensible = channels > 2
    if extensible:  # WAVE_FORMAT_EXTENSIBLE: 5.1 channel mask, PCM sub-format GUID
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * channels * width, channels * width, bits,
                          22, bits, 0x3F) + struct.pack("<H", 1) + bytes.fromhex("000000001000800000aa00389b71")
    else:
        fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * channels * width, channels * width, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


for name, rate, bits, channels, frames in FIXTURES:
    with open(name + ".wav", "wb") as f:
        f.write(wav(rate, bits, channels, samples(rate, bits, channels, frames)))
    subprocess.run(["flac", "--silent", "--force", "--best", "--blocksize=1152", "--no-padding",
                    "-o", name + ".flac", name + ".wav"], check=True)
