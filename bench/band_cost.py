#!/usr/bin/python3
"""What the 8-11 kHz band of eSpeak NG's speech carries (issue 26): run by hand, prints a table.

1. For the samples' synthesized speech (`handout build --wav`, eSpeak NG's 22.05 kHz): the share
   of the energy above 8 kHz in the fricative frames (20 ms frames whose energy is mostly above
   4 kHz: s, f, th, sh), i.e. what a 16 kHz recording drops there.
2. For minimal pairs that differ in s/f/th (eSpeak NG speaks each word): the distance between
   the two words' log mel spectra (40 bands to 8 kHz, 46 of the same width to 11 kHz, aligned by
   dynamic time warping), with the whole band (to 11 kHz) and cut at 8 kHz (a 16 kHz recording). A listener proxy: the larger the
   distance, the easier the two are told apart; pocketsphinx cannot judge this, since it hears
   only to 8 kHz itself.
Needs python3-numpy, espeak-ng and a build (BUILD=build).
Usage: bench/band_cost.py
"""
import os, subprocess, sys, tempfile, wave
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HANDOUT = os.path.join(ROOT, os.environ.get("BUILD", "build"), "src/cli/handout")
PAIRS = [("en-us", "sixty", "fifty"), ("en-us", "fifteen", "fifty"), ("en-us", "sixteen", "fifteen"),
         ("en-us", "thin", "fin"), ("en-us", "sin", "fin"), ("en-us", "three", "free"),
         ("en-us", "sick", "thick"), ("es", "seis", "tres"), ("es", "cinco", "cien"),
         ("es", "siete", "fiebre")]

def read_wav(path):
    with wave.open(path) as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(float), w.getframerate()

def spectra(x, rate, frame=0.02):
    n = int(rate * frame)
    frames = [x[i:i + n] * np.hanning(n) for i in range(0, len(x) - n, n // 2)]
    return np.abs(np.fft.rfft(np.array(frames), axis=1)) ** 2, np.fft.rfftfreq(n, 1 / rate)

def fricative_share(path):
    x, rate = read_wav(path)
    power, freq = spectra(x, rate)
    total = power.sum(axis=1)
    loud = total > np.percentile(total, 30)
    fricative = loud & (power[:, freq >= 4000].sum(axis=1) > 0.5 * total)
    high = power[fricative][:, freq >= 8000].sum()
    return fricative.sum(), high / power[fricative].sum()

def mel(f):
    return 2595 * np.log10(1 + f / 700)

# 40 bands to 8 kHz; to 11 kHz the same bands and 6 more of the same width above them, so that
# the whole band adds the band's information and changes nothing below it.
def mel_bank(freq, top):
    bands = round(40 * (mel(top) - mel(50)) / (mel(8000) - mel(50)))
    edges = 700 * (10 ** (np.linspace(mel(50), mel(top), bands + 2) / 2595) - 1)
    bank = np.zeros((bands, len(freq)))
    for b in range(bands):
        lo, mid, hi = edges[b:b + 3]
        bank[b] = np.clip(np.minimum((freq - lo) / (mid - lo), (hi - freq) / (hi - mid)), 0, None)
    return bank

def log_mel(x, rate, top):
    power, freq = spectra(x, rate)
    return np.log(power @ mel_bank(freq, top).T + 1e-3)

def dtw(a, b):
    d = np.linalg.norm(a[:, None, :] - b[None, :, :], axis=2)
    acc = np.full((len(a) + 1, len(b) + 1), np.inf)
    acc[0, 0] = 0
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            acc[i, j] = d[i - 1, j - 1] + min(acc[i - 1, j], acc[i, j - 1], acc[i - 1, j - 1])
    return acc[-1, -1] / (len(a) + len(b))

def word(voice, text, folder):
    path = os.path.join(folder, text + ".wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", path, text], check=True)
    x, rate = read_wav(path)
    return x, rate

def main():
    with tempfile.TemporaryDirectory() as folder:
        samples = ["dry-needling", "low-back-exercises", "hielo-y-calor"]
        subprocess.run([HANDOUT, "build", "--content", os.path.join(ROOT, "content"), "--out", folder,
                        "--wav", "--formats", "audio", "--quiet"] + samples, check=True,
                       stdout=subprocess.DEVNULL)
        print("| sample | fricative frames | their energy above 8 kHz |\n|---|---|---|")
        for s in samples:
            frames, share = fricative_share(os.path.join(folder, s + ".wav"))
            print(f"| {s} | {frames} | {100 * share:.1f} % ({10 * np.log10(1 - share):.1f} dB) |")
        print("\n| pair | distance, to 11 kHz | distance, to 8 kHz | ratio |\n|---|---|---|---|")
        for voice, a, b in PAIRS:
            (xa, rate), (xb, _) = word(voice, a, folder), word(voice, b, folder)
            full = dtw(log_mel(xa, rate, 11000), log_mel(xb, rate, 11000))
            cut = dtw(log_mel(xa, rate, 8000), log_mel(xb, rate, 8000))
            print(f"| {a} / {b} ({voice}) | {full:.2f} | {cut:.2f} | {full / cut:.2f} |")

main()
