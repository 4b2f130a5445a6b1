#include "lang/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <span>

#include "lang/icu_text.h"
#include "model/reading_order.h"

namespace handout::lang {

namespace {

// Abbreviations a handout writes before a capitalised word that ICU's own lists ("ss=standard")
// lack: "Dr. Smith" is one sentence.
constexpr std::array english_abbreviations{"Dr.",  "Drs.", "Prof.", "St.",  "Ste.",   "Mt.",
                                           "No.",  "Nos.", "Fig.",  "Ext.", "ext.",   "vs.",
                                           "Tel.", "Apt.", "Ave.",  "Rd.",  "approx."};
constexpr std::array spanish_abbreviations{"Dr.",  "Dra.", "Dres.",  "Sr.",   "Sra.", "Srta.",
                                           "Ud.",  "Uds.", "Av.",    "Avda.", "Tel.", "núm.",
                                           "Núm.", "ej.",  "aprox.", "Ext.",  "ext.", "pág."};

std::span<const char* const> own_abbreviations(const model::LanguageTag& lang) {
  const std::string primary = lang.primary();
  if (primary == "en") return english_abbreviations;
  if (primary == "es") return spanish_abbreviations;
  return {};
}

std::unique_ptr<icu::BreakIterator> make_sentence_iterator(const model::LanguageTag& lang) {
  icu::Locale locale = locale_of(lang);
  UErrorCode status = U_ZERO_ERROR;
  locale.setKeywordValue("ss", "standard", status);
  require(status, "a sentence locale");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  require(status, "the locale's sentence exceptions");
  for (const char* word : own_abbreviations(lang)) {
    builder->suppressBreakAfter(to_unicode(word), status);
    status = U_ZERO_ERROR;  // already in ICU's list: nothing to add
  }
  std::unique_ptr<icu::BreakIterator> plain(
      icu::BreakIterator::createSentenceInstance(locale, status));
  require(status, "a sentence break iterator");
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(plain.release(), status));
  require(status, "a sentence break iterator with exceptions");
  return filtered;
}

// One sentence iterator per language tag and thread.
icu::BreakIterator& sentence_iterator(const model::LanguageTag& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  std::unique_ptr<icu::BreakIterator>& found = cache[lang.tag];
  if (!found) found = make_sentence_iterator(lang);
  return *found;
}

bool ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Whether `piece` is one or two letters and a full stop ("EE.", "p.").
bool short_dotted(std::string_view piece) {
  return piece.size() >= 2 && piece.size() <= 3 && piece.back() == '.' &&
         std::all_of(piece.begin(), piece.end() - 1, ascii_letter);
}

// A break between two pieces of one abbreviation written with spaces ("EE. UU.", "p. ej.",
// "U. S."): ICU ends a sentence after the first when the second starts with a capital.
bool inside_spaced_abbreviation(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ') --start;
  const std::size_t next = text.find(' ', at);
  const std::string_view after =
      text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
  const std::string_view before = text.substr(start, end - start);
  // Both pieces in capitals ("EE. UU.") or both in small letters ("p. ej."): "D. Ok." is two.
  const auto capitals = [](std::string_view piece) {
    return std::all_of(piece.begin(), piece.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  const auto small = [](std::string_view piece) {
    return std::all_of(piece.begin(), piece.end() - 1, [](char c) { return c >= 'a' && c <= 'z'; });
  };
  return short_dotted(before) && short_dotted(after) &&
         ((capitals(before) && capitals(after)) || (small(before) && small(after)));
}

// A break between a dosing abbreviation in small letters and one in capitals ("q.i.d. PRN",
// "1 comp. QD", "t.d.s. PO"): ICU ends a sentence after the first, a clinician reads on.
bool between_dosing_abbreviations(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == at || end == 0 || text[end - 1] != '.') return false;
  std::size_t start = end - 1;
  while (start > 0 && text[start - 1] != ' ') --start;
  const std::string_view before = text.substr(start, end - 1 - start);
  const auto small = [](char c) {
    return (c >= 'a' && c <= 'z') || c == '.' || (static_cast<unsigned char>(c) & 0x80);
  };
  const bool dotted = before.find('.') != std::string_view::npos;
  if (before.empty() || !std::all_of(before.begin(), before.end(), small) ||
      (!dotted && before.size() > 5))
    return false;
  std::size_t next = at;
  while (next < text.size() && text[next] >= 'A' && text[next] <= 'Z') ++next;
  return next - at >= 2 && (next == text.size() || !ascii_letter(text[next]));
}

// Byte offsets where ICU ends a sentence, inside `text` (neither 0 nor its size).
std::vector<std::size_t> sentence_ends(const std::string& text, const model::LanguageTag& lang) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  require(status, "opening a text");
  icu::BreakIterator& iterator = sentence_iterator(lang);
  iterator.setText(utext.getAlias(), status);
  require(status, "setting a text to cut into sentences");
  std::vector<std::size_t> ends;
  for (int32_t at = iterator.next(); at != icu::BreakIterator::DONE; at = iterator.next())
    if (at > 0 && static_cast<std::size_t>(at) < text.size() &&
        !inside_spaced_abbreviation(text, static_cast<std::size_t>(at)) &&
        !between_dosing_abbreviations(text, static_cast<std::size_t>(at)))
      ends.push_back(static_cast<std::size_t>(at));
  iterator.setText(icu::UnicodeString());  // drop the pointer into `text`
  return ends;
}

// The part of `run` from byte `from` to byte `to`, with its places.
model::Run part_of(const model::Run& run, std::size_t from, std::size_t to) {
  if (from == 0 && to == run.text.size()) return run;
  model::Run part = run;
  part.text = run.text.substr(from, to - from);
  part.at = model::locate_in(run, from);
  part.places.clear();
  for (const model::TextPlace& place : run.places)
    if (place.offset > from && place.offset < to)
      part.places.push_back({static_cast<std::uint32_t>(place.offset - from), place.at});
  return part;
}

}  // namespace

std::vector<Sentence> split_sentences(const model::Inlines& text, const model::LanguageTag& lang,
                                      std::string_view unit_id) {
  const std::string printed = model::plain_text(text);
  if (printed.empty()) return {};
  std::vector<std::size_t> ends = sentence_ends(printed, lang);
  ends.push_back(printed.size());
  std::vector<Sentence> out{{model::sentence_id(unit_id, 1), {}}};
  std::size_t run_start = 0;
  auto end = ends.begin();
  for (const model::Run& run : text) {
    const std::size_t run_end = run_start + run.text.size();
    std::size_t from = run_start;
    // A text run is cut at each sentence end inside it; any other run stays whole.
    while (*end <= run_end && (run.kind == model::RunKind::text || *end == run_end)) {
      if (*end > from) out.back().runs.push_back(part_of(run, from - run_start, *end - run_start));
      from = *end;
      if (++end == ends.end()) break;
      out.push_back({model::sentence_id(unit_id, out.size() + 1), {}});
    }
    if (from < run_end)
      out.back().runs.push_back(part_of(run, from - run_start, run_end - run_start));
    while (end != ends.end() && *end < run_end) ++end;  // ends inside a run kept whole
    run_start = run_end;
  }
  return out;
}

}  // namespace handout::lang
