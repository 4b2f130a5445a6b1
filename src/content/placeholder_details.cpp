#include "content/placeholder_details.h"

#include <algorithm>
#include <array>
#include <vector>

#include "lang/phone_numbers.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

constexpr std::string_view replace_it = "; replace it with ";

// The end of each message: what to do, and by when.
std::string replace_with(std::string_view what) {
  return std::string(replace_it) + std::string(what) + " before printing or recording any handout";
}

// Second-level names reserved for examples, and top-level domains reserved for examples and
// tests (RFC 2606 section 2 and 3, RFC 6761 section 6).
constexpr std::array<std::string_view, 3> reserved_names = {"example.com", "example.net",
                                                            "example.org"};
constexpr std::array<std::string_view, 4> reserved_tops = {"example", "test", "invalid",
                                                           "localhost"};

// Names a template gives a town or a state; whole words, in any case.
constexpr std::array<std::string_view, 4> placeholder_places = {"anytown", "anyville", "anycity",
                                                                "anystate"};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;  // a letter of another script, or accented
}

// The host of an email or web address: after any scheme and '@', before any port or path.
std::string host_of(std::string_view address) {
  std::string host = lower_ascii(address);
  if (const std::size_t scheme = host.find("://"); scheme != std::string::npos)
    host.erase(0, scheme + 3);
  if (host.starts_with("mailto:")) host.erase(0, 7);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  host = host.substr(0, host.find(':'));
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

bool under(std::string_view host, std::string_view domain) {
  return host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                            host[host.size() - domain.size() - 1] == '.');
}

class Placeholders {
 public:
  Placeholders(std::string file, std::vector<std::string> countries)
      : file_(std::move(file)), countries_(std::move(countries)) {}

  void phone(std::string_view printed, model::Location at) {
    for (const std::string& country : countries_)
      if (const std::string range = lang::fictional_range(printed, country); !range.empty()) {
        warn(at, std::string(printed) + " is a fictional number (" + range +
                     "), which no one answers" + replace_with("the clinic's real number"));
        return;
      }
  }

  void address(std::string_view printed, model::Location at) {
    if (const std::string domain = reserved_domain(printed); !domain.empty())
      warn(at, std::string(printed) + " is a placeholder: " + domain +
                   " is reserved for examples and reaches no one" + replace_with("a real address"));
  }

  // Place names, and fictional numbers and example addresses typed as text, each at its place.
  void text(std::string_view text, const auto& locate) {
    const std::string folded = lower_ascii(text);
    for (std::string_view place : placeholder_places)
      for (std::size_t at = folded.find(place); at != std::string::npos;
           at = folded.find(place, at + 1)) {
        const std::size_t end = at + place.size();
        if ((at > 0 && is_letter(text[at - 1])) || (end < text.size() && is_letter(text[end])))
          continue;
        warn(locate(at), "\"" + std::string(text.substr(at, place.size())) +
                             "\" is a placeholder place name" + replace_with("the real one"));
      }
    std::vector<std::size_t> said;  // each number once, in the first country that reads it
    for (const std::string& country : countries_)
      for (const lang::FoundPhoneNumber& found : lang::phone_numbers_in(text, country)) {
        const std::string_view printed = text.substr(found.begin, found.end - found.begin);
        if (std::ranges::find(said, found.begin) != said.end() ||
            lang::fictional_range(printed, country).empty())
          continue;
        said.push_back(found.begin);
        phone(printed, locate(found.begin));
      }
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = std::min(text.find_first_of(" \t\n", at), text.size());
      std::string_view word = text.substr(at, end - at);
      while (!word.empty() && std::string_view(".,;:!?)\"'").find(word.back()) != word.npos)
        word.remove_suffix(1);
      while (!word.empty() && std::string_view("(\"'").find(word.front()) != word.npos) {
        word.remove_prefix(1);
        ++at;
      }
      if (word.find('.') != word.npos) address(word, locate(at));
      at = end + 1;
    }
  }

  void field(const model::Field& field) {
    const model::Run run{model::RunKind::text, field.text, "", false, field.at};
    text(field.text, [&](std::size_t offset) { return model::locate_in(run, offset); });
  }

  model::Diagnostics take() { return std::move(out_); }

 private:
  void warn(model::Location at, std::string message) {
    out_.push_back({file_, at, std::move(message), model::Severity::warning});
  }

  std::string file_;
  std::vector<std::string> countries_;
  model::Diagnostics out_;
};

}  // namespace

std::string reserved_domain(std::string_view address) {
  const std::string host = host_of(address);
  if (host.find('.') == std::string::npos) return {};  // a word, not a domain
  for (std::string_view name : reserved_names)
    if (under(host, name)) return std::string(name);
  for (std::string_view top : reserved_tops)
    if (under(host, top)) return "." + std::string(top);
  return {};
}

model::Diagnostics grouped_placeholders(model::Diagnostics found) {
  if (found.size() < 2) return found;
  std::string message = std::to_string(found.size()) +
                        " placeholder details, which reach no one; replace each with the real one "
                        "before printing or recording any handout:";
  for (const model::Diagnostic& one : found) {
    const std::string& text = one.message;
    message += "\n  " + model::format({one.file, one.at, text.substr(0, text.find(replace_it))});
  }
  return {{found.front().file, found.front().at, std::move(message), model::Severity::warning}};
}

model::Diagnostics placeholder_clinic_details(const model::Clinic& clinic) {
  Placeholders found(clinic.file, lang::phone_countries(clinic.lang, {}));
  const auto phone = [&](const std::optional<model::Field>& field) {
    if (field) found.phone(field->text, field->at);
  };
  phone(clinic.phone);
  phone(clinic.fax);
  if (clinic.email) found.address(clinic.email->text, clinic.email->at);
  if (clinic.web) found.address(clinic.web->text, clinic.web->at);
  found.field(clinic.name);
  for (const model::Office& office : clinic.offices) {
    for (const model::Version& name : office.names) found.field(name.text);
    for (const model::Field& line : office.address) found.field(line);
    phone(office.phone);
    for (const model::Version& note : office.notes) found.field(note.text);
  }
  if (clinic.publish_base) found.address(*clinic.publish_base, clinic.publish_at);
  return grouped_placeholders(found.take());
}

model::Diagnostics placeholder_details(const model::Handout& handout, const model::Clinic& clinic) {
  Placeholders found(handout.file, lang::phone_countries(handout.lang.tag, clinic.lang));
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit))
      for (const model::Run& run : *text) {
        if (run.from_clinic) continue;  // said at its place in clinic.xml
        if (run.kind == model::RunKind::phone) found.phone(run.text, run.at);
        if (run.kind == model::RunKind::email || run.kind == model::RunKind::web)
          found.address(run.address(), run.at);
        if (run.kind == model::RunKind::text)
          found.text(run.text, [&](std::size_t offset) { return model::locate_in(run, offset); });
      }
  return found.take();
}

}  // namespace handout::content
