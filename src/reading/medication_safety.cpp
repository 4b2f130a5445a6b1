#include "reading/medication_safety.h"

#include "model/reading_order.h"
#include "reading/clinical_lexicon.h"
#include "reading/normaliser.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

// "is on The Joint Commission's … list and ISMP's …", "has more than one meaning and is on …".
std::string on_lists(const std::vector<std::string>& lists) {
  std::vector<std::string_view> titles;
  bool ambiguous = false;
  for (const std::string& code : lists) {
    if (code == "ambiguous")
      ambiguous = true;
    else
      titles.push_back(model::clinical_list_title(code));
  }
  std::string named;  // "A", "A and B", "A, B and C"
  for (std::size_t i = 0; i < titles.size(); ++i)
    named += (i == 0 ? "" : i + 1 == titles.size() ? " and " : ", ") + std::string(titles[i]);
  std::string out = ambiguous ? "has more than one meaning" : "";
  if (!named.empty()) out += (ambiguous ? " and is on " : "is on ") + named;
  return out;
}

std::size_t code_points_in(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

struct SafetyScan {
  std::string_view text;
  const Dialect& dialect;
  const model::ClinicalLexicon* clinical;
  model::Location at;
  const model::Run* run = nullptr;  // when set, its places locate each finding
  std::vector<model::Diagnostic> found = {};

  model::Location place(std::size_t pos) const {
    if (run && run->kind == model::RunKind::web) return run->at;
    if (run) return model::locate_in(*run, pos);
    model::Location where = at;
    where.column += static_cast<std::uint32_t>(code_points_in(text.substr(0, pos)));
    return where;
  }

  void warn(std::size_t pos, std::string message) {
    found.push_back({"", place(pos), std::move(message), model::Severity::warning});
  }

  void dose_number(std::size_t pos, const DoseNumberAt& dose) {
    const std::string printed(text.substr(pos, dose.length));
    std::string misread;
    for (const char c : printed)
      if (c != '.' && c != ',') misread += c;
    const std::string what = dose.kind == DoseNumber::missing_leading_zero
                                 ? "a dose with no zero before its decimal point"
                                 : "a dose with a trailing zero";
    warn(pos, "\"" + printed + "\" is " + what +
                  ", on The Joint Commission's \"Do Not Use\" list and ISMP's List of "
                  "Error-Prone Abbreviations, Symbols, and Dose Designations: when the point is "
                  "missed it is read as \"" +
                  misread + "\"; write \"" + dose.safe + "\" (the recording says \"" + dose.safe +
                  "\")");
  }

  void entry(std::size_t pos, const model::ClinicalEntry& entry) {
    std::string message =
        "\"" + entry.printed + "\" " + on_lists(entry.lists) + ": " + entry.advice;
    if (!entry.spoken.empty()) {
      // "singular|plural": the form said after the number before it.
      const std::size_t bar = entry.spoken.find('|');
      const bool one = text.substr(0, pos).ends_with("1 ") || text.substr(0, pos).ends_with("1");
      const std::string said = bar == std::string::npos ? entry.spoken
                               : one                    ? entry.spoken.substr(0, bar)
                                                        : entry.spoken.substr(bar + 1);
      message += " (the recording says \"" + said + "\")";
    }
    warn(pos, std::move(message));
  }

  void scan(std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    while (pos < end) {
      if (const DoseNumberAt dose = dose_number_at(text, pos, dialect);
          dose.kind != DoseNumber::none) {
        dose_number(pos, dose);
        pos += dose.length;
        continue;
      }
      // An entry on no list is skipped whole: "q.h.s." holds no "h.s.".
      if (clinical && !word_before(text, pos))
        if (const model::ClinicalEntry* found_entry =
                clinical_entry_at(text, pos, *clinical, dialect, false)) {
          if (!found_entry->lists.empty()) entry(pos, *found_entry);
          pos += found_entry->printed.size();
          continue;
        }
      pos = word_at(text, pos) ? word_end(text, pos) : pos + 1;
    }
  }

  // Everything but addresses and phone numbers, whose symbols are no dose's.
  void scan_all() {
    for (const Token& token : tokenize(text, ReadingContext{dialect, nullptr, clinical})) {
      if (token.kind == TokenKind::web || token.kind == TokenKind::email ||
          token.kind == TokenKind::phone)
        continue;
      scan(token.begin, token.end);
    }
  }
};

class SafetyFinder {
 public:
  SafetyFinder(const model::Handout& handout, const model::ClinicalLexicon* clinical)
      : handout_(handout),
        clinical_(clinical),
        dialect_(dialect_of(handout.lang.tag, clinic_language(handout))) {}

  // Every text the handout prints, in reading order (model/reading_order.h): the same walk
  // every check takes.
  std::vector<model::Diagnostic> find() {
    for (const model::Unit& unit : model::reading_order(handout_))
      for (const model::Inlines* text : model::texts_of(unit)) inlines(*text);
    return std::move(found_);
  }

 private:
  void inlines(const model::Inlines& runs) {
    for (const model::Run& run : runs) {
      if (run.from_clinic || (run.kind != model::RunKind::text &&
                              !(run.kind == model::RunKind::web && !run.href.empty())))
        continue;
      // A stretch in another language (<lang xml:lang="…">) is read by that language's rules
      // and without the handout's clinical lexicon (inline_speech.h): its lists are not its.
      const bool other = !run.lang.empty() && language_of(run.lang) != language_of(handout_.lang);
      const Dialect dialect =
          run.lang.empty() ? dialect_ : dialect_of(run.lang.tag, clinic_language(handout_));
      SafetyScan scan{run.text, dialect, other ? nullptr : clinical_, run.at, &run};
      scan.scan_all();
      for (model::Diagnostic& d : scan.found) {
        d.file = handout_.file;
        found_.push_back(std::move(d));
      }
    }
  }

  const model::Handout& handout_;
  const model::ClinicalLexicon* clinical_;
  const Dialect dialect_;
  std::vector<model::Diagnostic> found_;
};

}  // namespace

std::vector<model::Diagnostic> medication_safety(const model::Handout& handout,
                                                 const model::ClinicalLexicon* clinical) {
  return SafetyFinder(handout, clinical).find();
}

std::vector<model::Diagnostic> medication_safety(std::string_view text, model::Location at,
                                                 std::string_view lang,
                                                 const model::ClinicalLexicon* clinical) {
  const Dialect dialect = dialect_of(lang);
  SafetyScan scan{text, dialect, clinical, at};
  scan.scan_all();
  return std::move(scan.found);
}

}  // namespace handout::reading
