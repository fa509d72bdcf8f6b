#!/usr/bin/env python3
"""Reference arrays for DeltaTest, SpectralContrastTest and SpectralTest's flatness case.

librosa is not installable here, so this script re-states librosa 0.10.2's code of the three functions in
numpy/scipy (the lines are cited; the file is librosa/feature/spectral.py or librosa/feature/utils.py at tag 0.10.2)
and runs it on librosa's own inputs from shared/reference/librosa-0.10.2/<clip>/:
  - stft_mag.npy (np.abs(librosa.stft(y)), float32) for spectral_contrast(S=...) and spectral_flatness(S=...),
    which is what both call on y (their _spectrogram step with power=1);
  - mfcc.npy (librosa.feature.mfcc(y=y, sr=22050, n_mfcc=20), float32) for delta(mfcc).
Run from the repository root:  python3 lib/src/test/resources/org/merlab/features/make_librosa_fixtures.py
Writes <clip>_spectral_contrast.npy (7, frames) float64, <clip>_spectral_flatness.npy (1, frames) float32 and
<clip>_mfcc_delta.npy (20, frames) float32 beside this script. Made with Debian's numpy 2.4.6 / scipy 1.17.1.
"""
import pathlib
import sys

import numpy as np
import scipy.signal

CLIPS = ["synth_3s", "emotify_rock_147_12-15s"]
SR = 22050
N_FFT = 2048
HERE = pathlib.Path(__file__).resolve().parent


def power_to_db(S, ref=1.0, amin=1e-10, top_db=80.0):
    """librosa/core/spectrum.py 1803-1822 (power_to_db, real input, scalar ref)."""
    magnitude = S
    log_spec = 10.0 * np.log10(np.maximum(amin, magnitude))
    log_spec -= 10.0 * np.log10(np.maximum(amin, ref))
    if top_db is not None:
        log_spec = np.maximum(log_spec, log_spec.max() - top_db)
    return log_spec


def fft_frequencies(sr, n_fft):
    """librosa/core/convert.py fft_frequencies: np.fft.rfftfreq(n=n_fft, d=1.0 / sr)."""
    return np.fft.rfftfreq(n=n_fft, d=1.0 / sr)


def spectral_contrast(S, sr=SR, fmin=200.0, n_bands=6, quantile=0.02, linear=False):
    """librosa/feature/spectral.py 466-525 (spectral_contrast after _spectrogram), defaults of lines 350-366."""
    freq = fft_frequencies(sr=sr, n_fft=2 * (S.shape[-2] - 1))
    octa = np.zeros(n_bands + 2)
    octa[1:] = fmin * (2.0 ** np.arange(0, n_bands + 1))
    shape = list(S.shape)
    shape[-2] = n_bands + 1
    valley = np.zeros(shape)
    peak = np.zeros_like(valley)
    for k, (f_low, f_high) in enumerate(zip(octa[:-1], octa[1:])):
        current_band = np.logical_and(freq >= f_low, freq <= f_high)
        idx = np.flatnonzero(current_band)
        if k > 0:
            current_band[idx[0] - 1] = True
        if k == n_bands:
            current_band[idx[-1] + 1:] = True
        sub_band = S[..., current_band, :]
        if k < n_bands:
            sub_band = sub_band[..., :-1, :]
        idx = np.rint(quantile * np.sum(current_band))
        idx = int(np.maximum(idx, 1))
        sortedr = np.sort(sub_band, axis=-2)
        valley[..., k, :] = np.mean(sortedr[..., :idx, :], axis=-2)
        peak[..., k, :] = np.mean(sortedr[..., -idx:, :], axis=-2)
    if linear:
        return peak - valley
    return power_to_db(peak) - power_to_db(valley)


def spectral_flatness(S, amin=1e-10, power=2.0):
    """librosa/feature/spectral.py 792-796."""
    S_thresh = np.maximum(amin, S ** power)
    gmean = np.exp(np.mean(np.log(S_thresh), axis=-2, keepdims=True))
    amean = np.mean(S_thresh, axis=-2, keepdims=True)
    return gmean / amean


def delta(data, width=9, order=1, axis=-1, mode="interp"):
    """librosa/feature/utils.py 112-134: Savitzky-Golay derivative, polyorder = order."""
    return scipy.signal.savgol_filter(data, width, deriv=order, axis=axis, mode=mode, polyorder=order)


def main(shared):
    reference = pathlib.Path(shared) / "reference" / "librosa-0.10.2"
    for clip in CLIPS:
        mag = np.load(reference / clip / "stft_mag.npy")
        mfcc = np.load(reference / clip / "mfcc.npy")
        outputs = {
            "spectral_contrast": spectral_contrast(mag),
            "spectral_flatness": spectral_flatness(mag),
            "mfcc_delta": delta(mfcc),
        }
        for name, array in outputs.items():
            np.save(HERE / f"{clip}_{name}.npy", array)
            print(clip, name, array.shape, array.dtype)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
