#include "content/literal_details.h"

#include <cctype>
#include <string>
#include <vector>

#include "lang/phone_numbers.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string domain_of(std::string_view email) {
  const std::size_t at = email.find('@');
  return at == std::string_view::npos ? "" : lower(email.substr(at + 1));
}

// A web address as host and the rest ("/parking"), lower-cased, without the scheme, a
// leading "www." or trailing slashes: http://Clinic.example/ and https://www.clinic.example
// are one address.
struct WebAddress {
  std::string host;
  std::string rest;
  bool operator==(const WebAddress&) const = default;
};

WebAddress web_address(std::string_view web) {
  std::string key = lower(web);
  for (std::string_view scheme : {"https://", "http://"})
    if (key.starts_with(scheme)) key.erase(0, scheme.size());
  while (!key.empty() && key.back() == '/') key.pop_back();
  const std::size_t end = key.find_first_of("/?#");
  WebAddress address{key.substr(0, end), end == std::string::npos ? "" : key.substr(end)};
  if (address.host.starts_with("www.")) address.host.erase(0, 4);
  return address;
}

// The clinic's site: its own host or a subdomain of it (portal.clinic.example).
bool same_site(const WebAddress& page, const WebAddress& clinic) {
  return !clinic.host.empty() &&
         (page.host == clinic.host || page.host.ends_with("." + clinic.host));
}

class Finder {
 public:
  Finder(const model::Handout& handout, const model::Clinic& clinic)
      : handout_(handout),
        clinic_(clinic),
        countries_(lang::phone_countries(handout.lang.tag, clinic.lang)) {}

  void runs(const model::Inlines& runs) {
    for (const model::Run& run : runs) {
      if (run.from_clinic) continue;
      if (run.kind == model::RunKind::phone) check_phone(run.text, run.at, home_country());
      if (run.kind == model::RunKind::email) check_email(run.text, run.at);
      if (run.kind == model::RunKind::web) check_web(run.address(), run.at);
      if (run.kind == model::RunKind::text) {
        numbers_in(run);
        typed_in_text(run);
      }
    }
  }

  model::Diagnostics take() { return std::move(out_); }

 private:
  void warn(model::Location at, std::string message) {
    out_.push_back({handout_.file, at, std::move(message), model::Severity::warning});
  }

  // Each number at its own first character, even in the middle of a long paragraph, as the
  // audio finds them: in the handout's country first.
  void numbers_in(const model::Run& run) {
    std::vector<bool> taken(run.text.size(), false);
    for (const std::string& country : countries_) {
      for (const lang::FoundPhoneNumber& found : lang::phone_numbers_in(run.text, country)) {
        if (taken[found.begin]) continue;
        for (std::size_t i = found.begin; i < found.end; ++i) taken[i] = true;
        check_phone(run.text.substr(found.begin, found.end - found.begin),
                    model::locate_in(run, found.begin), country);
      }
    }
  }

  // The clinic's email or web address typed as plain text: neither a link nor kept up to date.
  void typed_in_text(const model::Run& run) {
    const std::string text = lower(run.text);
    const auto warn_typed = [&](std::size_t at, std::size_t length, const char* what,
                                const char* ref) {
      warn(model::locate_in(run, at), run.text.substr(at, length) + " is the clinic's " + what +
                                          " in clinic.xml, typed as text; write " + ref +
                                          " so that it is a link and never goes out of date");
    };
    if (clinic_.email)
      if (const std::size_t at = text.find(lower(clinic_.email->text)); at != std::string::npos)
        warn_typed(at, clinic_.email->text.size(), "email", "<clinic-email/>");
    if (!clinic_.web) return;
    const std::string host = web_address(clinic_.web->text).host;
    const auto is_name_char = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '@' || c == '.';
    };
    for (std::size_t at = text.find(host); !host.empty() && at != std::string::npos;
         at = text.find(host, at + 1)) {
      std::size_t begin = at;
      if (text.substr(0, at).ends_with("www.")) begin -= 4;
      for (std::string_view scheme : {"https://", "http://"})
        if (text.substr(0, begin).ends_with(scheme)) begin -= scheme.size();
      const std::size_t end = at + host.size();
      const bool whole = (begin == 0 || !is_name_char(text[begin - 1])) &&
                         (end == text.size() || !is_name_char(text[end]) ||
                          (text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' ')));
      if (whole) {
        std::size_t length = end - begin;
        while (begin + length < text.size() && text[begin + length] == '/') ++length;
        warn_typed(begin, length, "web address", "<clinic-web/>");
        return;
      }
    }
  }

  // The handout's own country, where a number it marks as a phone is dialled; empty (only
  // numbers with "+" and a country code) when ICU knows none.
  std::string home_country() const { return countries_.empty() ? std::string() : countries_[0]; }

  void check_phone(const std::string& printed, model::Location at, const std::string& country) {
    bool looks_like = false;
    const auto compare = [&](const std::optional<model::Field>& phone, const std::string& ref) {
      if (!phone) return false;
      const lang::PhoneMatch match = lang::compare_phone_numbers(printed, phone->text, country);
      if (match == lang::PhoneMatch::same) {
        warn(at, printed + " is in clinic.xml; write " + ref + " so it never goes out of date");
        return true;
      }
      looks_like = looks_like || match == lang::PhoneMatch::neighbour;
      return false;
    };
    if (compare(clinic_.phone, "<clinic-phone/>")) return;
    for (const model::Office& office : clinic_.offices)
      if (compare(office.phone, "<clinic-phone location=\"" + office.id.text + "\"/>")) return;
    if (looks_like)
      warn(at, printed +
                   " looks like one of the clinic's numbers but is none in clinic.xml; it may be "
                   "out of date");
  }

  void check_email(const std::string& printed, model::Location at) {
    if (!clinic_.email) return;
    if (lower(printed) == lower(clinic_.email->text))
      warn(at, printed + " is in clinic.xml; write <clinic-email/> so it never goes out of date");
    else if (domain_of(printed) == domain_of(clinic_.email->text))
      warn(at, printed +
                   " looks like the clinic's email but is not the one in clinic.xml; it may be "
                   "out of date");
  }

  // `printed` is the link's address: its text, or its href when it has words of its own.
  void check_web(const std::string& printed, model::Location at) {
    if (!clinic_.web) return;
    const WebAddress page = web_address(printed), clinic = web_address(clinic_.web->text);
    if (page == clinic)
      warn(at, printed + " is in clinic.xml; write <clinic-web/> so it never goes out of date");
    else if (same_site(page, clinic))
      // A deeper page (directions, a form) is often what the patient needs, and no reference
      // can stand for it; but nothing checks it, and a redesigned site breaks it.
      warn(at, printed + " is on the clinic's site (" + clinic_.web->text +
                   " in clinic.xml) but is not its address there, so nothing checks it; it may be "
                   "out of date: open it after each change to the site, or write <clinic-web/> "
                   "if the home page will do");
  }

  const model::Handout& handout_;
  const model::Clinic& clinic_;
  const std::vector<std::string> countries_;
  model::Diagnostics out_;
};

}  // namespace

model::Diagnostics literal_clinic_details(const model::Handout& handout,
                                          const model::Clinic& clinic) {
  Finder finder(handout, clinic);
  // Every text of the handout: headings, exercises' names, pictures' descriptions, notes.
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit)) finder.runs(*text);
  return finder.take();
}

}  // namespace handout::content
