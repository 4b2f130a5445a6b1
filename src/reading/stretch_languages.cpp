#include "reading/stretch_languages.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "lang/language.h"
#include "model/reading_order.h"
#include "reading/language.h"
#include "reading/tokenizer.h"
#include "reading/voice_choice.h"

namespace handout::reading {

namespace {

// "French (fr)", or the tag alone when ICU has no name for it.
std::string named(const std::string& tag) {
  const std::string name = lang::language_name(tag);
  return name.empty() ? "'" + tag + "'" : name + " (" + tag + ")";
}

std::string no_voice(const std::string& tag, const std::string& handout_voice) {
  return "eSpeak NG has no voice for " + named(tag) +
         " (`espeak-ng --voices` lists its voices): these words will be heard in the handout's "
         "voice (" +
         handout_voice +
         ") by its spelling rules; to fix it, install a voice for the language, or write "
         "<say alias=\"…\"> with the words spelled for the handout's voice";
}

// The first thing in `text` the tool's rules would read and eSpeak NG reads by itself in a
// language without them: a digit, or a token of its own (a date, a sign …) in the handout's
// rules. Empty when there is none (a name, a street).
std::string first_ruled(const std::string& text, const Dialect& dialect) {
  std::size_t begin = text.find_first_of("0123456789");
  std::size_t end = begin == std::string::npos ? begin : text.find(' ', begin);
  for (const Token& token : tokenize(text, ReadingContext{dialect, nullptr, nullptr}))
    if (token.kind != TokenKind::text) {
      if (token.begin <= begin) std::tie(begin, end) = std::pair(token.begin, token.end);
      break;
    }
  if (begin == std::string::npos) return {};
  return text.substr(begin, end == std::string::npos ? end : end - begin);
}

std::string no_rules(const std::string& tag, const std::string& example, const std::string& voice) {
  return "handout has no reading rules for " + named(tag) + " (it reads " +
         lang::written_languages() + "): \"" + example +
         "\" and the other numbers, dates, units and abbreviations of this stretch are left to "
         "eSpeak NG's voice for it (" +
         voice +
         "), which reads digits in its language; to be sure how they sound, write them "
         "in words";
}

}  // namespace

std::vector<model::Diagnostic> stretch_language_warnings(const model::Handout& handout,
                                                         std::span<const std::string> voices) {
  std::vector<model::Diagnostic> out;
  const std::string clinic_lang = clinic_language(handout);
  const std::string handout_voice = voice_language(handout.lang.tag, clinic_lang, voices);
  const Dialect dialect = dialect_of(handout.lang.tag, clinic_lang);
  // Each <lang> element's words: its runs share its xml:lang's place.
  struct Stretch {
    model::Location at;
    std::string tag;
    std::string words;
  };
  std::vector<Stretch> stretches;
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit))
      for (const model::Run& run : *text) {
        if (run.lang.empty() || lang::same_language(run.lang.tag, handout.lang.tag)) continue;
        auto found = std::ranges::find_if(stretches, [&](const Stretch& s) {
          return s.at == run.lang.at && s.tag == run.lang.tag;
        });
        if (found == stretches.end())
          found = stretches.insert(stretches.end(), Stretch{run.lang.at, run.lang.tag, ""});
        // Phone numbers and addresses are said by the rules around the stretch (inline_speech.h).
        if (run.kind == model::RunKind::text ||
            (run.kind == model::RunKind::web && !run.href.empty()))
          found->words += run.text + " ";
      }
  for (const Stretch& stretch : stretches) {
    if (!has_voice_for(stretch.tag, voices)) {
      out.push_back({handout.file, stretch.at, no_voice(stretch.tag, handout_voice),
                     model::Severity::warning});
    } else if (!lang::written_language(stretch.tag)) {
      const std::string example = first_ruled(stretch.words, dialect);
      if (!example.empty())
        out.push_back(
            {handout.file, stretch.at,
             no_rules(stretch.tag, example, voice_language(stretch.tag, clinic_lang, voices)),
             model::Severity::warning});
    }
  }
  // The clinic's name and address are said in its language (the reader refuses a clinic in a
  // language without rules).
  if (const model::Clinic* clinic = model::clinic_of(handout);
      clinic && !clinic->lang.empty() && !lang::same_language(clinic->lang, handout.lang.tag) &&
      !has_voice_for(clinic->lang, voices)) {
    const model::Location at = clinic->name.at;
    out.push_back({clinic->file, at,
                   "the clinic's name and addresses are in clinic.xml's language: " +
                       no_voice(clinic->lang, handout_voice),
                   model::Severity::warning});
  }
  return out;
}

}  // namespace handout::reading
