#include "plain/printed_text.h"

#include <algorithm>
#include <cctype>

#include "lang/language.h"
#include "lang/sentences.h"
#include "lang/units.h"
#include "lang/words.h"
#include "model/reading_order.h"

namespace handout::plain {

namespace {

bool measured_unit(model::UnitKind kind) {
  using enum model::UnitKind;
  switch (kind) {
    case paragraph:
    case item:
    case step:
    case note:
    case caption:
    case check:
      return true;
    default:
      return false;
  }
}

// Runs whose printed text is words: ordinary text, a <say> (its printed form) and a link with
// words of its own; not a phone number or an address, nor words in another language (<lang>),
// which the formulas of the handout's language cannot count the syllables of.
bool prose(const model::Run& run) {
  if (!run.lang.empty()) return false;
  return run.kind == model::RunKind::text || run.kind == model::RunKind::say ||
         (run.kind == model::RunKind::web && !run.href.empty());
}

// Whether the unit symbol at `at` of `text` follows a number word, spaced or not ("10 mg",
// "10mg"); returns the symbol's end, or `at` when there is none.
std::size_t unit_end(const std::string& text, const lang::WordSpan& previous, std::size_t at,
                     lang::Language language) {
  const std::string_view between(text.data() + previous.offset + previous.length,
                                 at - previous.offset - previous.length);
  if (previous.kind != lang::WordKind::number ||
      !std::ranges::all_of(between, [](char c) { return c == ' '; }))
    return at;
  const std::vector<lang::UnitSymbol> symbols = lang::unit_symbols_at(text.substr(at), language);
  for (const lang::UnitSymbol& symbol : symbols) {
    const std::size_t end = at + symbol.length;
    // The symbol must end where a word does, so "mg" is a unit and "mgood" is not.
    if (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))) return end;
  }
  return at;
}

// Where the digits that start a word end ("10mg": 2), 0 when it starts with none.
std::size_t leading_number(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size() && std::isdigit(static_cast<unsigned char>(word[end]))) ++end;
  return end;
}

void add_word(const model::Run& run, std::size_t offset, std::size_t length, bool number,
              PrintedSentence& out) {
  out.words.push_back({run.text.substr(offset, length), model::locate_in(run, offset), number});
}

void add_words(const model::Run& run, const model::LanguageTag& lang, PrintedSentence& out) {
  const lang::Language language = lang::language_of(lang);
  const std::vector<lang::WordSpan> spans = lang::words_of(run.text, lang);
  std::size_t skip_to = 0;  // the end of a unit symbol being skipped
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const lang::WordSpan& span = spans[i];
    if (span.offset < skip_to) continue;
    if (i > 0 && span.kind == lang::WordKind::letters) {
      const std::size_t end = unit_end(run.text, spans[i - 1], span.offset, language);
      if (end != span.offset) {
        skip_to = end;
        continue;
      }
    }
    // A number written against its unit ("10mg") is one ICU word: the number, then the unit
    // left out, or another word ("3x") kept.
    const std::size_t digits =
        span.kind == lang::WordKind::letters
            ? leading_number(std::string_view(run.text).substr(span.offset, span.length))
            : 0;
    if (digits == 0) {
      add_word(run, span.offset, span.length, span.kind == lang::WordKind::number, out);
      continue;
    }
    add_word(run, span.offset, digits, true, out);
    const lang::WordSpan number{span.offset, digits, lang::WordKind::number};
    const std::size_t rest = span.offset + digits;
    skip_to = unit_end(run.text, number, rest, language);
    if (skip_to == rest) add_word(run, rest, span.length - digits, false, out);
  }
}

}  // namespace

std::vector<PrintedSentence> printed_sentences(const model::Handout& handout) {
  std::vector<PrintedSentence> out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (!measured_unit(unit.kind) || unit.text == nullptr) continue;
    for (const lang::Sentence& sentence :
         lang::split_sentences(*unit.text, handout.lang, unit.id)) {
      PrintedSentence printed;
      for (const model::Run& run : sentence.runs)
        if (prose(run)) add_words(run, handout.lang, printed);
      if (printed.words.empty()) continue;
      printed.at = sentence.runs.front().at;
      out.push_back(std::move(printed));
    }
  }
  return out;
}

}  // namespace handout::plain
