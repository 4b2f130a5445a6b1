#include "tools.h"

#include <sys/wait.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <memory>

namespace handout::test {

Output run(const std::string& command) {
  struct Closer {
    int* status;
    void operator()(FILE* f) const { *status = pclose(f); }
  };
  Output out;
  int raw = -1;
  {
    std::unique_ptr<FILE, Closer> pipe(popen(command.c_str(), "r"), Closer{&raw});
    if (!pipe) return out;
    std::array<char, 65536> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) {
      out.text.append(buffer.data(), n);
    }
  }
  out.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return out;
}

std::string quoted(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::int16_t> decode_with_ffmpeg(const std::filesystem::path& file, int sample_rate,
                                             const std::string& input_options) {
  const Output raw = run("ffmpeg -v error " + input_options + " -i " + quoted(file) +
                         " -f s16le -ac 1 -ar " + std::to_string(sample_rate) + " -");
  std::vector<std::int16_t> samples(raw.text.size() / 2);
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto lo = static_cast<unsigned char>(raw.text[2 * i]);
    const auto hi = static_cast<unsigned char>(raw.text[2 * i + 1]);
    samples[i] = static_cast<std::int16_t>(static_cast<std::uint16_t>(lo | (hi << 8)));
  }
  return raw.status == 0 ? samples : std::vector<std::int16_t>();
}

double rms(const std::vector<std::int16_t>& samples, std::size_t first, std::size_t last) {
  last = std::min(last, samples.size());
  if (first >= last) return 0;
  double sum = 0;
  for (std::size_t i = first; i < last; ++i) sum += double(samples[i]) * double(samples[i]);
  return std::sqrt(sum / double(last - first)) / 32768.0;
}

}  // namespace handout::test
