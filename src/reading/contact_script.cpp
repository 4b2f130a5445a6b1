#include "reading/contact_script.h"

#include <span>
#include <vector>

#include "reading/ssml.h"

namespace handout::reading {

namespace {

using model::ContactLine;
using model::ContactPart;

constexpr int pause_between_repeats_ms = 700;
constexpr int pause_between_lines_ms = 300;

std::string labelled(std::string_view label, std::string_view spoken) {
  return element("s", escape(label) + ' ' + std::string(spoken));
}

// The lines of an address, one sentence with pauses between them.
std::string address(std::span<const ContactLine> lines, const Speaker& speaker,
                    const Phrases& phrases) {
  std::string spoken;
  for (const ContactLine& line : lines) {
    if (!spoken.empty()) spoken += ',' + pause(pause_between_lines_ms) + ' ';
    spoken +=
        speaker.in_voice(line.lang, speaker.in_language(line.lang).address_line(line.field.text));
  }
  return labelled(phrases.address(), spoken + '.');
}

// Worded in the handout's language by the plan, one sentence per group of days.
std::string hours(std::span<const ContactLine> lines, const Speaker& speaker,
                  const Phrases& phrases) {
  std::string spoken;
  for (const ContactLine& line : lines) {
    if (!spoken.empty()) spoken += pause(pause_between_lines_ms) + ' ';
    spoken += speaker.sentence(line.field.text);
  }
  return labelled(phrases.hours(), spoken);
}

std::string one_line(const ContactLine& line, const Speaker& speaker, const Phrases& phrases) {
  switch (line.part) {
    case ContactPart::phone:
      return phone_twice(line.field.text, speaker, phrases);
    case ContactPart::fax:
      return labelled(phrases.fax(), speaker.phone(line.number) + '.');
    case ContactPart::email:
      return labelled(phrases.email(), speaker.email(line.field.text) + '.');
    case ContactPart::web:
      return labelled(phrases.web(), speaker.web(line.field.text) + '.');
    case ContactPart::clinic_name:
    case ContactPart::office_name:
    case ContactPart::address:
    case ContactPart::hours:
    case ContactPart::note:
      break;
  }
  return element(
      "s", speaker.in_voice(line.lang, speaker.in_language(line.lang).sentence(line.field.text)));
}

// What a listener hears of a group, a piece at a time: an address's lines and the hours are
// each one piece.
std::vector<std::string> pieces(const model::ContactGroup& group, const Speaker& speaker,
                                const Phrases& phrases) {
  std::vector<std::string> out;
  const std::span<const ContactLine> lines = group.lines;
  for (std::size_t i = 0; i < lines.size();) {
    const ContactPart part = lines[i].part;
    std::size_t end = i + 1;
    if (part == ContactPart::address || part == ContactPart::hours)
      while (end < lines.size() && lines[end].part == part) ++end;
    const std::span<const ContactLine> run = lines.subspan(i, end - i);
    if (part == ContactPart::address)
      out.push_back(address(run, speaker, phrases));
    else if (part == ContactPart::hours)
      out.push_back(hours(run, speaker, phrases));
    else
      out.push_back(one_line(lines[i], speaker, phrases));
    i = end;
  }
  return out;
}

// One paragraph, its sentence mark inside its first sentence.
std::string office_ssml(const std::vector<std::string>& pieces, const std::string& mark) {
  std::string out;
  for (const std::string& piece : pieces) out += piece;
  if (out.starts_with("<s>")) {
    out.insert(std::string_view("<s>").size(), mark);
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

std::string contact_ssml(
    const model::ContactPlan& contact, const Speaker& speaker, const Phrases& phrases,
    const std::function<std::string(const model::ContactGroup&)>& office_mark) {
  std::string out;
  for (const model::ContactGroup& group : contact.groups) {
    const std::vector<std::string> said = pieces(group, speaker, phrases);
    if (group.office < 0) {  // the clinic-wide details: a paragraph each
      for (const std::string& piece : said) out += element("p", piece);
    } else {
      out += office_ssml(said, office_mark(group));
    }
  }
  return out;
}

}  // namespace handout::reading
