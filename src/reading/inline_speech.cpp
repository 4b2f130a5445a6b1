#include "reading/inline_speech.h"

#include "lang/language.h"
#include "reading/address_reading.h"
#include "reading/lexicon_rules.h"
#include "reading/normaliser.h"
#include "reading/spoken_forms.h"
#include "reading/ssml.h"
#include "reading/voice_choice.h"

namespace handout::reading {

namespace {

constexpr int phone_group_pause_ms = 350;

const model::Lexicon no_lexicon_here;

// A run said as its words rather than read by a rule of its kind: text, a <say> alias, a
// link's own words.
bool said_as_words(const model::Run& run) {
  return run.kind == model::RunKind::text || run.kind == model::RunKind::say ||
         (run.kind == model::RunKind::web && !run.href.empty());
}

}  // namespace

std::string Voices::voice_for(std::string_view bcp47) const {
  if (!has_voice_for(bcp47, installed) && bcp47 != handout_bcp47)
    return voice_language(handout_bcp47, clinic_bcp47, installed);
  return voice_language(bcp47, clinic_bcp47, installed);
}

std::string Speaker::in_voice(const model::LanguageTag& lang, std::string ssml) const {
  if (lang.empty() || !voices) return ssml;
  const std::string voice = voices->voice_for(lang.tag);
  if (voice == voices->voice_for(voices->handout_bcp47)) return ssml;
  return "<voice xml:lang=\"" + escape(voice) + "\">" + ssml + "</voice>";
}

Speaker Speaker::in_language(const model::LanguageTag& lang) const {
  if (lang.empty() || !voices) return *this;
  const model::Lexicon& own = lexicon_applies(lexicon, lang.tag) ? lexicon : no_lexicon_here;
  // The clinical lexicon is of the handout's language: another language's stretch goes without.
  const Language other = language_of(lang);
  return Speaker{other,
                 own,
                 dialect_of(lang.tag, voices->clinic_bcp47),
                 other == language ? clinical : nullptr,
                 voices,
                 lang::written_language(lang.tag).has_value()};
}

std::string Speaker::text(std::string_view printed) const {
  if (!rules) return escape(printed);
  return escape(normalise(printed, dialect, &lexicon, clinical));
}

std::string Speaker::address_line(std::string_view printed) const {
  return text(spoken_address_line(printed, language));
}

std::string Speaker::phone(std::string_view printed) const {
  std::string digits;
  for (const std::string& group : phone_groups(printed, language)) {
    if (!digits.empty()) digits += pause(phone_group_pause_ms);
    digits += escape(group);
  }
  return slower(digits);
}

std::string Speaker::email(std::string_view printed) const {
  return escape(spoken_email_address(printed, language));
}

std::string Speaker::web(std::string_view printed) const {
  return escape(spoken_web_address(printed, language));
}

std::string Speaker::run(const model::Run& run) const {
  std::string spoken;
  switch (run.kind) {
    case model::RunKind::text:
      spoken = text(run.text);
      break;
    case model::RunKind::say:
      spoken = escape(run.alias);
      break;
    case model::RunKind::phone:
      spoken = phone(run.text);
      break;
    case model::RunKind::email:
      spoken = email(run.text);
      break;
    case model::RunKind::web:  // a link with words of its own says them, not its address
      spoken = run.href.empty() ? web(run.text) : text(run.text);
      break;
  }
  return run.emphasis ? element("emphasis", spoken) : spoken;
}

std::string Speaker::runs(const model::Inlines& runs) const {
  std::string out;
  for (std::size_t i = 0; i < runs.size();) {
    // A stretch of runs in one language is one <voice>: each switch is a pause.
    const model::LanguageTag& lang = runs[i].lang;
    const Speaker speaker = in_language(lang);
    if (!speaker.rules && !said_as_words(runs[i])) {
      out += run(runs[i++]);
      continue;
    }
    std::string said;
    for (; i < runs.size() && runs[i].lang.tag == lang.tag &&
           (speaker.rules || said_as_words(runs[i]));
         ++i)
      said += speaker.run(runs[i]);
    out += in_voice(lang, std::move(said));
  }
  return out;
}

std::string Speaker::sentence(const model::Inlines& content) const {
  return runs(content) + (ends_sentence(model::plain_text(content)) ? "" : ".");
}

std::string Speaker::sentence(std::string_view printed) const {
  return text(printed) + (ends_sentence(printed) ? "" : ".");
}

}  // namespace handout::reading
