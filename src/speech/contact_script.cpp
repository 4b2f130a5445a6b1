#include "speech/contact_script.h"

#include "lang/hours.h"
#include "speech/ssml.h"

namespace handout::speech {

namespace {

constexpr int pause_between_repeats_ms = 700;
constexpr int pause_between_lines_ms = 300;

std::string labelled(std::string_view label, std::string_view spoken) {
  return element("s", escape(label) + ' ' + std::string(spoken));
}

std::string address(const model::Office& office, const Speaker& speaker, const Phrases& phrases) {
  std::string lines;
  for (const model::Field& line : office.address) {
    if (!lines.empty()) lines += ',' + pause(pause_between_lines_ms) + ' ';
    lines += speaker.address_line(line.text);
  }
  return labelled(phrases.address(), lines + '.');
}

// Worded in the handout's language by lang::hours_lines, one sentence per group of days.
std::string hours(const model::Hours& rules, const Speaker& speaker, const Phrases& phrases) {
  std::string lines;
  for (const std::string& line : lang::hours_lines(rules, phrases.tag())) {
    if (!lines.empty()) lines += pause(pause_between_lines_ms) + ' ';
    lines += speaker.sentence(line);
  }
  return labelled(phrases.hours(), lines);
}

std::string office_ssml(const model::Office& office, const Speaker& speaker, const Phrases& phrases,
                        const std::string& mark) {
  std::string out;
  if (office.name) out += element("s", speaker.sentence(office.name->text));
  if (!office.address.empty()) out += address(office, speaker, phrases);
  if (office.phone) out += phone_twice(office.phone->text, speaker, phrases);
  if (!office.hours.empty()) out += hours(office.hours, speaker, phrases);
  if (office.note) out += element("s", speaker.sentence(office.note->text));
  if (out.starts_with("<s>")) {
    out.insert(std::string_view("<s>").size(), mark);  // inside the office's first sentence
  } else {
    out.insert(0, mark);
  }
  return element("p", out);
}

}  // namespace

std::string phone_twice(std::string_view printed, const Speaker& speaker, const Phrases& phrases) {
  const std::string digits = speaker.phone(printed);
  return labelled(phrases.phone(), digits + '.') + pause(pause_between_repeats_ms) +
         labelled(phrases.again(), digits + '.');
}

std::string contact_ssml(const model::Clinic& clinic, const Speaker& speaker,
                         const Phrases& phrases,
                         const std::function<std::string(int)>& office_mark) {
  std::string out = element("p", element("s", speaker.sentence(clinic.name.text)));
  if (clinic.phone) out += element("p", phone_twice(clinic.phone->text, speaker, phrases));
  if (clinic.email) {
    out += element("p", labelled(phrases.email(), speaker.email(clinic.email->text) + '.'));
  }
  if (clinic.web) {
    out += element("p", labelled(phrases.web(), speaker.web(clinic.web->text) + '.'));
  }
  for (std::size_t k = 0; k < clinic.offices.size(); ++k)
    out += office_ssml(clinic.offices[k], speaker, phrases, office_mark(static_cast<int>(k)));
  return out;
}

}  // namespace handout::speech
