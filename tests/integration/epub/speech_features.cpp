#include "speech_features.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace handout::test {

namespace {

constexpr int mel_bands = 24, cepstra = 12;
constexpr double low_hz = 100, high_hz = 7000;

void fft(std::vector<std::complex<double>>& x) {
  const std::size_t n = x.size();
  for (std::size_t i = 1, j = 0; i < n; ++i) {  // bit reversal
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(x[i], x[j]);
  }
  for (std::size_t len = 2; len <= n; len <<= 1) {
    const std::complex<double> step = std::polar(1.0, -2 * std::numbers::pi / double(len));
    for (std::size_t i = 0; i < n; i += len) {
      std::complex<double> w = 1;
      for (std::size_t k = 0; k < len / 2; ++k, w *= step) {
        const std::complex<double> u = x[i + k], v = x[i + k + len / 2] * w;
        x[i + k] = u + v;
        x[i + k + len / 2] = u - v;
      }
    }
  }
}

double mel(double hz) {
  return 2595 * std::log10(1 + hz / 700);
}

// Triangular filters evenly spaced in mel: weights[band][bin].
std::vector<std::vector<double>> mel_filters(std::size_t fft_size, double sample_rate) {
  std::vector<double> edges;  // in FFT bins
  for (int i = 0; i < mel_bands + 2; ++i) {
    const double m = mel(low_hz) + (mel(high_hz) - mel(low_hz)) * i / (mel_bands + 1);
    edges.push_back(700 * (std::pow(10, m / 2595) - 1) * fft_size / sample_rate);
  }
  std::vector<std::vector<double>> out(mel_bands, std::vector<double>(fft_size / 2 + 1));
  for (int b = 0; b < mel_bands; ++b)
    for (std::size_t k = 0; k <= fft_size / 2; ++k) {
      const double x = double(k);
      if (x > edges[b] && x < edges[b + 2])
        out[b][k] = x <= edges[b + 1] ? (x - edges[b]) / (edges[b + 1] - edges[b])
                                      : (edges[b + 2] - x) / (edges[b + 2] - edges[b + 1]);
    }
  return out;
}

}  // namespace

Features speech_features(const std::vector<std::int16_t>& samples, int sample_rate) {
  const std::size_t frame_length = static_cast<std::size_t>(sample_rate) / 40;  // 25 ms
  const std::size_t frame_hop = static_cast<std::size_t>(sample_rate) / 100;    // 10 ms
  std::size_t fft_size = 1;
  while (fft_size < frame_length) fft_size <<= 1;
  const std::vector<std::vector<double>> filters = mel_filters(fft_size, sample_rate);
  Features frames;
  std::vector<double> energy;
  for (std::size_t at = 0; at + frame_length <= samples.size(); at += frame_hop) {
    std::vector<std::complex<double>> x(fft_size);
    double e = 0;
    for (std::size_t i = 0; i < frame_length; ++i) {
      const double s = samples[at + i] / 32768.0;
      e += s * s;
      x[i] = s * (0.54 - 0.46 * std::cos(2 * std::numbers::pi * double(i) / (frame_length - 1)));
    }
    fft(x);
    std::vector<double> bands(mel_bands);
    for (int b = 0; b < mel_bands; ++b) {
      double sum = 1e-10;
      for (std::size_t k = 0; k <= fft_size / 2; ++k) sum += filters[b][k] * std::norm(x[k]);
      bands[b] = std::log(sum);
    }
    std::vector<double> c(cepstra);
    for (int n = 1; n <= cepstra; ++n)
      for (int b = 0; b < mel_bands; ++b)
        c[n - 1] += bands[b] * std::cos(std::numbers::pi * n * (b + 0.5) / mel_bands);
    frames.push_back(std::move(c));
    energy.push_back(10 * std::log10(e / frame_length + 1e-12));
  }
  if (frames.empty()) return frames;
  // Speech: from the first to the last frame within 35 dB of the loudest.
  const double loudest = *std::ranges::max_element(energy);
  std::size_t first = 0, last = energy.size();
  while (first < last && energy[first] < loudest - 35) ++first;
  while (last > first && energy[last - 1] < loudest - 35) --last;
  Features speech(frames.begin() + std::ptrdiff_t(first), frames.begin() + std::ptrdiff_t(last));
  for (int n = 0; n < cepstra; ++n) {
    double mean = 0;
    for (const auto& f : speech) mean += f[n];
    mean /= double(speech.size());
    for (auto& f : speech) f[n] -= mean;
  }
  return speech;
}

double dtw_distance(const Features& a, const Features& b) {
  if (a.empty() || b.empty()) return std::numeric_limits<double>::infinity();
  const auto cost = [&](std::size_t i, std::size_t j) {
    double sum = 0;
    for (std::size_t n = 0; n < a[i].size(); ++n) sum += (a[i][n] - b[j][n]) * (a[i][n] - b[j][n]);
    return std::sqrt(sum);
  };
  constexpr double inf = std::numeric_limits<double>::infinity();
  std::vector<double> previous(b.size() + 1, inf), current(b.size() + 1, inf);
  previous[0] = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = inf;
    for (std::size_t j = 1; j <= b.size(); ++j)
      current[j] = cost(i - 1, j - 1) + std::min({previous[j - 1], previous[j], current[j - 1]});
    std::swap(previous, current);
  }
  return previous[b.size()] / double(a.size() + b.size());
}

std::vector<std::int16_t> wav_samples(const std::filesystem::path& wav, int& sample_rate) {
  std::ifstream in(wav, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto u32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes.at(at + i));
    return v;
  };
  if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0)
    throw std::runtime_error("not a WAV file: " + wav.string());
  std::vector<std::int16_t> out;
  for (std::size_t at = 12; at + 8 <= bytes.size();) {
    const std::string chunk = bytes.substr(at, 4);
    const std::size_t size = std::min<std::size_t>(u32(at + 4), bytes.size() - at - 8);
    if (chunk == "fmt ") {
      if (u32(at + 8) != 0x00010001 || (u32(at + 20) >> 16) != 16)  // PCM, mono, 16 bits
        throw std::runtime_error("not 16-bit mono PCM: " + wav.string());
      sample_rate = static_cast<int>(u32(at + 12));
    } else if (chunk == "data") {
      out.resize(size / 2);
      std::memcpy(out.data(), bytes.data() + at + 8, out.size() * 2);  // little-endian host
    }
    at += 8 + size + (size & 1);
  }
  return out;
}

}  // namespace handout::test
