#include "braille/louis_translator.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "braille/louis.h"
#include "lang/latin_letters.h"
#include "lang/utf8.h"

namespace handout::braille {

namespace {

bool is_address(const model::Run& run) {
  return run.kind == model::RunKind::email || run.kind == model::RunKind::web;
}

louis::Form form_of(const model::Run& run) {
  if (run.kind == model::RunKind::phone || is_address(run)) return louis::Form::no_contract;
  if (run.emphasis) return louis::Form::emphasis;
  // Words in another language (<lang>, the clinic's name and address from a clinic.xml in
  // another): the handout's table, uncontracted, as UEB transcribes foreign words in an
  // English text (Rules of UEB §13.2): a contraction would spell them out wrongly.
  return run.lang.empty() ? louis::Form::plain : louis::Form::no_contract;
}

// How an address may be divided just before its character `k`: first after a slash (not
// between the two of "//") or before a dot; else after a hyphen or before an @ or underscore.
// 0 where it may not.
char16_t division_before(const std::u32string& text, const std::vector<bool>& address,
                         std::size_t k) {
  if (k == 0 || k >= text.size() || !address[k] || !address[k - 1]) return 0;
  if (text[k] == U'.' || (text[k - 1] == U'/' && text[k] != U'/')) return division_mark;
  if (text[k - 1] == U'-' || text[k] == U'@' || text[k] == U'_') return second_division_mark;
  return 0;
}

// `cells` with a division mark before the first cell of each character an address may be
// divided before; `from` gives each cell's character (liblouis's input positions).
Cells with_division_marks(const Cells& cells, const std::vector<int>& from,
                          const std::u32string& text, const std::vector<bool>& address) {
  Cells out;
  out.reserve(cells.size());
  for (std::size_t j = 0; j < cells.size(); ++j) {
    const auto k = static_cast<std::size_t>(from[j]);
    const bool first_cell = j > 0 && from[j - 1] < from[j];
    if (const char16_t mark = first_cell ? division_before(text, address, k) : 0) out += mark;
    out += cells[j];
  }
  return out;
}

Cells six_dot(const std::u32string& braille) {
  Cells out;
  out.reserve(braille.size());
  for (const char32_t cell : braille) {
    if (cell > 0xFFFF || !is_six_dot(static_cast<char16_t>(cell)))
      throw std::runtime_error("liblouis gave a braille cell with dots 7 or 8");
    out += static_cast<char16_t>(cell);
  }
  return out;
}

}  // namespace

LouisTranslator::LouisTranslator(Code code) : code_(std::move(code)) {
  louis::check_table(code_.table_list);
  bullet_ = has_braille(code_, U'\u2022')
                ? six_dot(louis::translate(code_.table_list, U"\u2022", {louis::Form::plain}))
                : u"\u2838\u2832";
}

Cells LouisTranslator::translate(const model::Inlines& runs) const {
  return translated(runs, false);
}

Cells LouisTranslator::transcriber_note(const model::Inlines& runs) const {
  return translated(runs, true);
}

Cells LouisTranslator::translated(const model::Inlines& runs, bool transcriber_note) const {
  std::u32string text;
  std::vector<louis::Form> forms;
  std::vector<bool> address;
  for (const model::Run& run : runs) {
    for (const char32_t c : lang::decode_utf8(run.text)) {
      // What the code cannot write the check has reported: liblouis is left to refuse it.
      for (const char32_t written : written_as(code_, c).value_or(std::u32string(1, c))) {
        text += written;
        forms.push_back(form_of(run));
        address.push_back(is_address(run));
      }
    }
  }
  std::vector<int> from;
  const Cells cells =
      six_dot(louis::translate(code_.table_list, text, forms, transcriber_note, &from));
  return with_division_marks(cells, from, text, address);
}

Cells LouisTranslator::bullet() const {
  return bullet_;
}

std::optional<CheckMarks> LouisTranslator::check_marks() const {
  return braille::check_marks(code_);
}

std::optional<CheckMarks> check_marks(const Code& code) {
  if (!has_braille(code, U'\u25A1') || !has_braille(code, U'\u2713')) return std::nullopt;
  return CheckMarks{"\u25A1", "\u2713"};
}

std::optional<std::u32string> written_as(const Code& code, char32_t c) {
  if (has_braille(code, c)) return std::u32string(1, c);
  std::u32string letters = lang::latin_letters(c);
  if (letters.empty() ||
      !std::ranges::all_of(letters, [&](char32_t letter) { return has_braille(code, letter); }))
    return std::nullopt;
  return letters;
}

bool has_braille(const Code& code, char32_t c) {
  // Remembered per table list for the process: the check and the build, and every handout a
  // worker builds, ask about the same characters.
  static std::mutex lock;
  static std::map<std::pair<std::string, char32_t>, bool> known;
  const std::lock_guard<std::mutex> hold(lock);
  const auto [at, added] = known.try_emplace({code.table_list, c}, false);
  if (!added) return at->second;
  const std::u32string braille =
      louis::translate(code.table_list, std::u32string(1, c), {louis::Form::plain});
  at->second = !braille.empty() && std::ranges::all_of(braille, [](char32_t cell) {
    return cell <= 0xFFFF && is_six_dot(static_cast<char16_t>(cell));
  });
  return at->second;
}

}  // namespace handout::braille
