#include "reading/unreadable_tokens.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <type_traits>

#include "lang/case.h"
#include "lang/language.h"
#include "lang/utf8.h"
#include "reading/lexicon_rules.h"
#include "reading/normaliser.h"
#include "reading/reading_tables.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

// Capitalised abbreviations eSpeak NG reads well, letter by letter or as a word.
constexpr std::array<std::string_view, 64> known_acronyms{
    "PT",  "OT",   "MD",   "DO",   "RN",    "NP",  "PA",  "ER",   "ICU", "MRI",   "CT",
    "BP",  "HR",   "INR",  "BMI",  "COVID", "CPR", "EMS", "TTY",  "AM",  "PM",    "US",
    "USA", "OK",   "ID",   "TV",   "FAQ",   "ACL", "MCL", "ADL",  "ROM", "HEP",   "TENS",
    "EKG", "ECG",  "IV",   "OTC",  "ASAP",  "DPT", "DDS", "PDF",  "A",   "I",     "II",
    "III", "IV",   "V",    "VI",   "X",     "UK",  "EU",  "DNA",  "HIV", "NSAID", "NSAIDS",
    "UTI", "COPD", "ADHD", "AIDS", "RICE",  "IMC", "VIH", "EPOC", "SIDA"};

// Characters that start the lines of a list typed by hand: bullets, and a hyphen or a dash.
constexpr std::array<std::string_view, 10> typed_list_markers{"•", "◦", "▪", "‣", "⁃",
                                                              "●", "*", "-", "–", "·"};

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_digit_or_stop(char c) {
  return is_ascii_digit(c) || c == '.';
}

bool known(std::string_view word, const model::Lexicon& lexicon,
           const model::ClinicalLexicon* clinical) {
  if (clinical)
    for (const model::ClinicalEntry& entry : clinical->entries)
      if (entry.printed == word) return true;
  for (std::string_view acronym : known_acronyms) {
    if (acronym == word) return true;
  }
  for (const DosingTerm& term : dosing_terms()) {
    if (term.printed == word) return true;
  }
  for (const model::Lexeme& lexeme : lexicon.lexemes) {
    for (const std::string& grapheme : lexeme.graphemes) {
      if (grapheme == word) return true;
    }
  }
  return false;
}

// Printed characters that need no reading: letters, digits, spaces, ordinary punctuation.
bool ordinary(std::string_view character) {
  if (character.size() == 1) {
    const char c = character[0];
    return c == ' ' || std::string_view(".,;:!?'\"()[]-/&*").find(c) != std::string_view::npos ||
           is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c);
  }
  for (std::string_view mark :
       {"’", "‘", "“", "”", "–", "—", "¿", "¡", "…", "«", "»", "\xC2\xA0"}) {
    if (character == mark) return true;
  }
  return word_at(character, 0);  // a non-ASCII letter
}

// The nearest word with a letter on one side of [begin, end) in its sentence, or empty.
std::string_view lettered_neighbour(std::string_view text, std::size_t begin, std::size_t end,
                                    bool forward) {
  std::size_t at = forward ? end : begin;
  while (forward ? at < text.size() : at > 0) {
    const char c = forward ? text[at] : text[at - 1];
    if (std::string_view(".!?:;").find(c) != std::string_view::npos) return {};
    const bool word = forward ? word_at(text, at) : word_before(text, at);
    if (!word) {
      at += forward ? 1 : std::size_t(-1);
      continue;
    }
    const std::size_t from = forward ? at : reading::word_start(text, at);
    const std::size_t to = forward ? reading::word_end(text, at) : at;
    const std::string_view found = text.substr(from, to - from);
    if (!std::ranges::all_of(found, [](char d) { return d >= '0' && d <= '9'; })) return found;
    at = forward ? to : from;
  }
  return {};
}

bool all_capitals(std::string_view word) {
  return !word.empty() && lang::lower_case(word) != word &&
         std::ranges::none_of(word, [](char c) { return c >= 'a' && c <= 'z'; });
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::size_t length_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return end - pos;
}

struct Finder {
  std::string_view text;
  model::Location at;
  const model::Lexicon& lexicon;
  const model::ClinicalLexicon* clinical;
  std::string file;
  std::vector<model::Diagnostic> found;
  std::vector<WordAt> words;
  const model::Run* run = nullptr;  // when set, its places locate a word on any line

  model::Location where(std::size_t pos) const {
    // A link's words are located at their <web> element: the reader records no places in it.
    if (run && run->kind == model::RunKind::web) return run->at;
    if (run) return model::locate_in(*run, pos);
    model::Location out = at;
    out.column += static_cast<std::uint32_t>(code_points(text.substr(0, pos)));
    return out;
  }

  void warn(std::size_t pos, std::string_view printed, const std::string& heard,
            std::string_view fix) {
    found.push_back({file, where(pos),
                     "\"" + std::string(printed) + "\" will be heard as " + heard +
                         "; to fix it, " + std::string(fix),
                     model::Severity::warning});
  }

  // A word no rule reads is left to eSpeak NG: asked about (unsure_words.h) unless it is a
  // single letter, said as its name. An abbreviation's full stop is part of it ("bilat.",
  // "s.c."): a full stop that ends no sentence.
  std::size_t check_word(std::size_t begin, std::size_t end) {
    const std::size_t letters_end = with_letters_and_stops(begin, end);
    if (letters_end != end)
      end = letters_end;
    else if (abbreviation_stop(end))
      ++end;
    const std::string_view word = text.substr(begin, end - begin);
    if (code_points(word) < 2 || std::ranges::all_of(word, is_ascii_digit_or_stop) ||
        known(word, lexicon, clinical))
      return end;
    // "AGÍTESE ANTES DE USAR": a long word of a sentence in capitals is shouted, not an
    // abbreviation (one of five letters or more, and the words beside it in capitals).
    const std::string_view before = lettered_neighbour(text, begin, end, false);
    const std::string_view after = lettered_neighbour(text, begin, end, true);
    const bool shouted =
        code_points(word) >= 5 && all_capitals(word) && (before.empty() || all_capitals(before)) &&
        (after.empty() || all_capitals(after)) && !(before.empty() && after.empty());
    words.push_back({std::string(word), file, where(begin), {}, shouted});
    return end;
  }

  // "s.c.", "o.d.": single letters each with its full stop, as one word, with its last stop.
  std::size_t with_letters_and_stops(std::size_t begin, std::size_t end) const {
    if (code_points(text.substr(begin, end - begin)) != 1) return end;
    std::size_t out = end;
    while (out + 1 < text.size() && text[out] == '.' && word_at(text, out + 1)) {
      const std::size_t next = reading::word_end(text, out + 1);
      if (code_points(text.substr(out + 1, next - out - 1)) != 1) break;
      out = next;
    }
    return out > end && out < text.size() && text[out] == '.' ? out + 1 : out;
  }

  // A full stop at `pos` that ends no sentence: what follows starts in lower case, or is
  // punctuation inside a sentence.
  bool abbreviation_stop(std::size_t pos) const {
    if (pos >= text.size() || text[pos] != '.') return false;
    std::size_t next = pos + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size()) return false;
    const char c = text[next];
    return is_ascii_lower(c) || c == ',' || c == ';' || c == ')' || (next == pos + 1 && c == '.');
  }

  // Every token: plain text word by word, and single letters around a slash no lexicon knows.
  void scan(const ReadingContext& context) {
    std::size_t letters_end = 0;  // of the last "a/b/c" warned about
    for (const Token& token : tokenize(text, context)) {
      if (token.kind == TokenKind::text) {
        check_plain(token.begin, token.end);
      } else if (token.begin >= letters_end && slash_between_letters(text, token, context)) {
        letters_end = check_slashed_letters(reading::word_start(text, token.begin));
      }
    }
  }

  // "n/t", "a/b/c" from `begin`: said as its letters, which a clinician would say as the words
  // they stand for. Returns its end.
  std::size_t check_slashed_letters(std::size_t begin) {
    // Each letter is one code point ("ñ/a"): a word that ends where it starts.
    const auto letter = [&](std::size_t at) {
      std::string one(text.substr(at, reading::word_end(text, at) - at));
      if (one.size() == 1)
        one[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(one[0])));
      return one;
    };
    std::size_t end = reading::word_end(text, begin);
    std::string heard = letter(begin);
    while (end + 1 < text.size() && text[end] == '/' && reading::word_at(text, end + 1)) {
      const std::size_t next_end = reading::word_end(text, end + 1);
      const std::string_view next = text.substr(end + 1, next_end - end - 1);
      if (lang::decode_utf8(next).size() != 1 || is_ascii_digit(next[0])) break;
      heard += ' ' + letter(end + 1);
      end = next_end;
    }
    const std::string printed(text.substr(begin, end - begin));
    warn(begin, printed, "its letters one by one, \"" + heard + "\"",
         "write <say alias=\"…\">" + printed + "</say> with the words it stands for, or add \"" +
             printed + "\" to the lexicon");
    return end;
  }

  void check_plain(std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    while (pos < end) {
      if (word_at(text, pos)) {
        pos = std::min(end, check_word(pos, std::min(end, reading::word_end(text, pos))));
        continue;
      }
      const std::size_t length = length_at(text, pos);
      const std::string_view character = text.substr(pos, length);
      // A row of one character ("________", a line to write on) is one warning, not one each.
      std::size_t row_end = pos + length;
      while (row_end + length <= end && text.substr(row_end, length) == character)
        row_end += length;
      if (!ordinary(character)) {
        const std::string_view row = text.substr(pos, row_end - pos);
        warn(pos, row,
             row.size() == length ? "nothing or its Unicode name"
                                  : "nothing or its Unicode name once for each of its " +
                                        std::to_string(row.size() / length) + " characters",
             "write <say alias=\"…\">" + std::string(row) + "</say> with the words to say" +
                 (row.size() == length ? "" : " (\"a blank line\"), or delete it"));
        // One character: said once with what other formats cannot write of it at its place.
        std::size_t after = pos;
        if (const std::optional<char32_t> c = lang::decode_one(text, after);
            c && row.size() == length)
          found.back().gap = model::CharacterGap{lang::character_for_admin(*c), "be spoken"};
      }
      pos = row_end;
    }
  }
};

}  // namespace

Unsure unsure_in(std::string_view text, model::Location at, std::string_view lang,
                 const model::Lexicon& lexicon, const model::ClinicalLexicon* clinical) {
  Finder finder{text, at, lexicon, clinical, "", {}, {}};
  finder.scan(ReadingContext{dialect_of(lang), &lexicon, clinical});
  return {std::move(finder.found), std::move(finder.words)};
}

std::vector<model::Diagnostic> unreadable_tokens(std::string_view text, model::Location at,
                                                 std::string_view lang,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical) {
  return unsure_in(text, at, lang, lexicon, clinical).warnings;
}

namespace {

// The same for a run of a handout: each word at its own line and column, even in the middle
// of a paragraph written over several lines.
Unsure unsure_in_run(const model::Run& run, const Dialect& dialect, const model::Lexicon& lexicon,
                     const model::ClinicalLexicon* clinical) {
  Finder finder{run.text, run.at, lexicon, clinical, "", {}, {}, &run};
  finder.scan(ReadingContext{dialect, &lexicon, clinical});
  return {std::move(finder.found), std::move(finder.words)};
}

}  // namespace

namespace {

class HandoutFinder {
 public:
  HandoutFinder(const model::Handout& handout, const model::Lexicon& lexicon,
                const model::ClinicalLexicon* clinical)
      : handout_(handout),
        clinical_(clinical),
        dialect_(dialect_of(handout.lang.tag, clinic_language(handout))),
        lexicon_(lexicon_applies(lexicon, handout.lang.tag) ? lexicon : none_) {}

  Unsure find() {
    inlines(handout_.title);
    if (handout_.subtitle) inlines(*handout_.subtitle);
    for (const model::Block& block : handout_.body) visit(block);
    return {std::move(found_), std::move(words_)};
  }

 private:
  // Text is read by the normaliser, and so are a link's own words; its address never is.
  static bool read_as_text(const model::Run& run) {
    return run.kind == model::RunKind::text ||
           (run.kind == model::RunKind::web && !run.href.empty());
  }

  void inlines(const model::Inlines& runs) {
    for (const model::Run& run : runs) {
      if (!read_as_text(run)) continue;
      // A stretch in another language is read by its rules and asked of its voice
      // (inline_speech.h); one in a language without rules is left to its voice, and
      // stretch_languages.h warns about it.
      const bool other = !run.lang.empty() && !lang::same_language(run.lang.tag, handout_.lang.tag);
      if (other && !lang::written_language(run.lang.tag)) continue;
      Unsure unsure =
          other ? unsure_in_run(run, dialect_of(run.lang.tag, clinic_language(handout_)),
                                lexicon_applies(lexicon_, run.lang.tag) ? lexicon_ : none_, nullptr)
                : unsure_in_run(run, dialect_, lexicon_, clinical_);
      if (other)
        for (WordAt& word : unsure.words) word.lang = run.lang.tag;
      for (model::Diagnostic& d : unsure.warnings) {
        d.file = handout_.file;
        found_.push_back(std::move(d));
      }
      for (WordAt& word : unsure.words) {
        word.file = handout_.file;
        words_.push_back(std::move(word));
      }
    }
  }

  // A paragraph that starts with a list marker typed as text ("•<tab>Rest the knee"): the list
  // it belongs to is one <list>, which every format shows and says as a list. Said instead of
  // what the audio makes of the marker.
  void paragraph(const model::Inlines& runs) {
    const std::size_t before = found_.size();
    inlines(runs);
    if (runs.empty() || runs.front().kind != model::RunKind::text) return;
    const model::Run& first = runs.front();
    const std::string_view text = first.text;
    for (std::string_view marker : typed_list_markers) {
      if (!text.starts_with(marker) || text.size() == marker.size() || text[marker.size()] != ' ')
        continue;
      const model::Location at = model::locate_in(first, 0);
      const auto first_found = found_.begin() + static_cast<std::ptrdiff_t>(before);
      found_.erase(std::remove_if(first_found, found_.end(),
                                  [&](const model::Diagnostic& d) { return d.at == at; }),
                   found_.end());
      found_.push_back({handout_.file, at,
                        "\"" + std::string(marker) +
                            "\" at the start of a paragraph is a list marker typed as text: the "
                            "recording and braille do not read it as a list; write a <list> "
                            "(<steps> when the order matters) with an <item> for each line",
                        model::Severity::warning});
      return;
    }
  }

  void visit(const model::Block& block) {
    std::visit(
        [this](const auto& b) {
          using B = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<B, model::Paragraph>) {
            paragraph(b.content);
          } else if constexpr (std::is_same_v<B, model::Note>) {
            inlines(b.content);
            for (const model::Block& child : b.blocks) visit(child);
          } else if constexpr (std::is_same_v<B, model::List> || std::is_same_v<B, model::Steps>) {
            for (const model::Item& item : b.items) inlines(item.content);
          } else if constexpr (std::is_same_v<B, model::Section>) {
            inlines(b.heading);
            for (const model::Block& child : b.blocks) visit(child);
          } else if constexpr (std::is_same_v<B, model::Exercise>) {
            inlines(b.name);
            for (const model::Block& child : b.blocks) visit(child);
          } else if constexpr (std::is_same_v<B, model::Figure>) {
            inlines(b.description);  // said in the picture's place
            if (b.caption) inlines(*b.caption);
          } else if constexpr (std::is_same_v<B, model::Table>) {
            if (b.caption) inlines(*b.caption);
            for (const model::Cell& cell : b.header.cells) inlines(cell.content);
            for (const model::Row& row : b.rows)
              for (const model::Cell& cell : row.cells) inlines(cell.content);
          } else if constexpr (std::is_same_v<B, model::Checklist>) {
            for (const model::Check& item : b.items) inlines(item.content);
          }
        },
        block);
  }

  const model::Handout& handout_;
  const model::ClinicalLexicon* clinical_;
  const Dialect dialect_;
  const model::Lexicon none_;
  const model::Lexicon& lexicon_;
  std::vector<model::Diagnostic> found_;
  std::vector<WordAt> words_;
};

}  // namespace

Unsure unsure_in(const model::Handout& handout, const model::Lexicon& lexicon,
                 const model::ClinicalLexicon* clinical) {
  return HandoutFinder(handout, lexicon, clinical).find();
}

std::vector<model::Diagnostic> unreadable_tokens(const model::Handout& handout,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical) {
  return unsure_in(handout, lexicon, clinical).warnings;
}

}  // namespace handout::reading
