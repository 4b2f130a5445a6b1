#include "reading/inline_speech.h"

#include "reading/address_reading.h"
#include "reading/normaliser.h"
#include "reading/spoken_forms.h"
#include "reading/ssml.h"

namespace handout::reading {

namespace {

constexpr int phone_group_pause_ms = 350;

}  // namespace

std::string Speaker::text(std::string_view printed) const {
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
  for (const model::Run& each : runs) out += run(each);
  return out;
}

std::string Speaker::sentence(const model::Inlines& content) const {
  return runs(content) + (ends_sentence(model::plain_text(content)) ? "" : ".");
}

std::string Speaker::sentence(std::string_view printed) const {
  return text(printed) + (ends_sentence(printed) ? "" : ".");
}

}  // namespace handout::reading
