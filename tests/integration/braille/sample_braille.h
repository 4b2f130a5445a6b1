#pragma once
// The samples' braille as `handout build` writes it, read back: the BRF's pages and lines,
// the PEF's pages and rows (in BRF characters), and the handouts' own words.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/handout.h"

namespace handout::test {

using PageLines = std::vector<std::vector<std::string>>;

// Builds the samples' braille with the `handout` program and `options` (such as
// "--braille-grade", "1") into a temporary folder, once per set of options in a test run.
const std::filesystem::path& built_samples(const std::vector<std::string>& options);
nlohmann::json braille_summary(const std::filesystem::path& out, const std::string& id);

std::string read_file(const std::filesystem::path& path);
// A BRF's pages, split at form feeds, each split into lines at CR LF (none may end otherwise).
PageLines brf_pages(const std::string& brf);
// A PEF's pages (read with pugixml), each row's Unicode braille written as BRF characters.
PageLines pef_pages(const std::filesystem::path& pef);

// Lower-case words, letters and digits apart: "días:3" -> "días", "3".
std::vector<std::string> words_of(const std::string& text);
// Every word of the handout's texts, the contact block's included, in reading order.
std::vector<std::string> handout_words(const model::Handout& handout);

}  // namespace handout::test
