#include "sample_braille.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>

#include "braille/cells.h"
#include "braille/louis.h"
#include "braille/louis_translator.h"
#include "braille/pieces.h"
#include "lang/terms.h"
#include "lang/utf8.h"
#include "process.h"
#include "sample_handout.h"
#include "shared_build.h"

namespace handout::test {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& by) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at; (at = text.find(by, from)) != std::string::npos; from = at + by.size())
    out.push_back(text.substr(from, at - from));
  out.push_back(text.substr(from));
  return out;
}

}  // namespace

// Built once for every test process that asks (tests/support/shared_build.h), in a folder
// named by the content and the options.
const std::filesystem::path& built_content(const std::filesystem::path& content,
                                           const std::vector<std::string>& options) {
  static std::map<std::pair<std::filesystem::path, std::vector<std::string>>, std::filesystem::path>
      built;
  const auto found = built.find({content, options});
  if (found != built.end()) return found->second;
  std::string key = content.string();
  for (const std::string& option : options) key += '\n' + option;
  std::vector<std::string> args{"--formats", "braille"};
  args.insert(args.end(), options.begin(), options.end());
  const testing::SharedBuild shared =
      testing::shared_build("braille-" + content.filename().string() + "-" +
                                std::to_string(std::hash<std::string>{}(key)),
                            content, args);
  if (shared.result.exit_code != 0)
    throw std::runtime_error("handout build failed: " + shared.result.err);
  return built.emplace(std::make_pair(content, options), shared.out).first->second;
}

const std::filesystem::path& built_samples(const std::vector<std::string>& options) {
  return built_content(testing::sample_content(), options);
}

nlohmann::json braille_summary(const std::filesystem::path& out, const std::string& id) {
  const nlohmann::json manifest = nlohmann::json::parse(read_file(out / "manifest.json"));
  return manifest.at("handouts").at(id).at("formats").at("braille").at("summary");
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

PageLines brf_pages(const std::string& brf) {
  PageLines pages;
  for (const std::string& page : split(brf, "\f")) {
    std::vector<std::string> lines = split(page, "\r\n");
    if (!lines.back().empty()) throw std::runtime_error("a BRF page's last line has no CR LF");
    lines.pop_back();
    pages.push_back(std::move(lines));
  }
  return pages;
}

PageLines pef_pages(const std::filesystem::path& pef) {
  pugi::xml_document document;
  if (!document.load_file(pef.c_str())) throw std::runtime_error("cannot parse " + pef.string());
  PageLines pages;
  for (const pugi::xpath_node& page : document.select_nodes("//*[local-name()='page']")) {
    std::vector<std::string> lines;
    for (const pugi::xml_node& row : page.node().children("row")) {
      std::string line;
      for (const char32_t c : lang::decode_utf8(row.text().get())) {
        if (c < 0x2800 || c > 0x283F) throw std::runtime_error("not six-dot braille in the PEF");
        line += braille::brf_char(static_cast<char16_t>(c));
      }
      lines.push_back(line);
    }
    pages.push_back(std::move(lines));
  }
  return pages;
}

std::string brf_text(const std::string& brf) {
  std::string out;
  for (const std::vector<std::string>& page : brf_pages(brf))
    for (std::size_t k = 0; k + 1 < page.size(); ++k) out += page[k] + ' ';
  return out;
}

std::string back_translated(const std::string& brf_text, const std::string& table_list) {
  const std::u32string braille(brf_text.begin(), brf_text.end());
  std::string out;
  for (const char32_t c : braille::louis::back_translate(table_list, braille))
    lang::append_utf8(out, c);
  return out;
}

std::string back_tables(const braille::Code& code) {
  if (code.table != "es-g1.ctb") return code.table_list;
  return "en-us-brf.dis," HANDOUT_SOURCE_DIR "/tests/integration/braille/es-colon-back.cti," +
         code.table;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  int kind = 0;  // 1 letters, 2 digits
  const auto flush = [&] {
    if (!word.empty()) out.push_back(word);
    word.clear();
  };
  for (const char32_t c : lang::decode_utf8(text)) {
    const int now = u_isalpha(static_cast<UChar32>(c))   ? 1
                    : u_isdigit(static_cast<UChar32>(c)) ? 2
                                                         : 0;
    if (now != kind) flush();
    kind = now;
    if (now != 0)
      lang::append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
  flush();
  return out;
}

std::vector<std::string> handout_words(const model::Handout& handout, bool with_addresses) {
  std::vector<std::string> out;
  const lang::Terms terms(handout.lang);
  const std::optional<braille::CheckMarks> marks =
      braille::check_marks(braille::braille_code(handout.lang, 1));
  for (const braille::Piece& piece : braille::pieces(handout, terms, marks))
    for (const model::Inlines* text : braille::texts(piece)) {
      // A table's introduction is only a listed table's transcriber's note: its cells are
      // every table's words.
      if (piece.role == braille::Role::table && text == &piece.runs) continue;
      model::Inlines runs = *text;
      if (!with_addresses)
        std::erase_if(runs, [](const model::Run& run) {
          return run.kind == model::RunKind::web || run.kind == model::RunKind::email;
        });
      for (const std::string& word : words_of(model::plain_text(runs))) out.push_back(word);
    }
  return out;
}

std::vector<std::string> missing_words(const std::vector<std::string>& expected,
                                       const std::vector<std::string>& got) {
  // Each got word matches one expected word at most. A columnar table's lines hold several
  // columns side by side, so a cell's runover comes after the next column's first line: a word
  // is looked for a little way ahead and a little way back, the nearest first.
  constexpr std::size_t ahead = 40, back = 30;
  std::vector<bool> used(got.size(), false);
  std::vector<std::string> missing;
  std::size_t at = 0;
  for (const std::string& word : expected) {
    std::size_t found = got.size();
    for (std::size_t d = 0; d < ahead && found == got.size(); ++d) {
      if (at + d < got.size() && !used[at + d] && got[at + d] == word)
        found = at + d;
      else if (d > 0 && d <= back && d <= at && !used[at - d] && got[at - d] == word)
        found = at - d;
    }
    if (found == got.size()) {
      missing.push_back(word);
      continue;
    }
    used[found] = true;
    if (found >= at) at = found + 1;
  }
  return missing;
}

}  // namespace handout::test
