#pragma once
// Running the independent command-line tools the integration tests check the files with.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace handout::test {

struct Output {
  int status = -1;
  std::string text;  // standard output
};

// Runs a shell command; standard error goes to the test's own.
Output run(const std::string& command);

// A path quoted for the shell.
std::string quoted(const std::filesystem::path& path);

// The audio of any file ffmpeg can decode, as mono 16-bit samples at `sample_rate`;
// `input_options` go before the input (e.g. "-ss 12.5 -t 1", a seek).
std::vector<std::int16_t> decode_with_ffmpeg(const std::filesystem::path& file, int sample_rate,
                                             const std::string& input_options = "");

// Root mean square of samples [first, last) as a fraction of full scale.
double rms(const std::vector<std::int16_t>& samples, std::size_t first, std::size_t last);

}  // namespace handout::test
