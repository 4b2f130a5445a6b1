#pragma once
// The samples' braille as `handout build` writes it, read back: the BRF's pages and lines,
// the PEF's pages and rows (in BRF characters), and the handouts' own words.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "braille/braille_code.h"
#include "model/handout.h"

namespace handout::test {

using PageLines = std::vector<std::vector<std::string>>;

// Builds the braille of a content folder's handouts with the `handout` program and `options`
// (such as "--braille-grade", "1") into a temporary folder, once per folder and set of options
// in a test run; built_samples builds the repository's content/.
const std::filesystem::path& built_content(const std::filesystem::path& content,
                                           const std::vector<std::string>& options);
const std::filesystem::path& built_samples(const std::vector<std::string>& options);
nlohmann::json braille_summary(const std::filesystem::path& out, const std::string& id);

std::string read_file(const std::filesystem::path& path);
// A BRF's pages, split at form feeds, each split into lines at CR LF (none may end otherwise).
PageLines brf_pages(const std::string& brf);
// A PEF's pages (read with pugixml), each row's Unicode braille written as BRF characters.
PageLines pef_pages(const std::filesystem::path& pef);

// A BRF's text lines (page numbers left out), each line's cells followed by a space.
std::string brf_text(const std::string& brf);
// BRF text back to print with liblouis and `table_list`.
std::string back_translated(const std::string& brf_text, const std::string& table_list);
// The tables that read a code's braille back: the code's own, except that liblouis 3.24's
// es-g1.ctb reads dots 2-5 back as the digit 3 and dots 2-3 as the digit 2 (es-chardefs.cti
// includes loweredDigits6Dots.uti before it defines the colon and the semicolon), so "7:30"
// would come back as "7330": a two-rule table put first makes them the colon and the semicolon
// again. Translation into braille never uses it.
std::string back_tables(const braille::Code& code);

// Lower-case words, letters and digits apart: "días:3" -> "días", "3".
std::vector<std::string> words_of(const std::string& text);
// Every word of the handout's texts, the contact block's included, in reading order (a table's
// cells row by row, without the introduction only a listed table shows). Without
// `with_addresses`, the words of web and e-mail addresses are left out: a grade 2 back-translation
// reads an address wrapped before its dot as a contraction ("4EXAMPLE" as "disexample"), so
// those are read back in grade 1 (address_test.cpp, and a grade 1 comparison of every word).
std::vector<std::string> handout_words(const model::Handout& handout, bool with_addresses = true);
// The expected words not found in order in `got` (each searched a little way ahead of the last
// or back, the nearest first: a columnar table's runovers come after the next column's words).
std::vector<std::string> missing_words(const std::vector<std::string>& expected,
                                       const std::vector<std::string>& got);

}  // namespace handout::test
