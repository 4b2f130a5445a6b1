#include "lang/link_uri.h"

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>
#include <unicode/bytestream.h>
#include <unicode/idna.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "lang/phone_numbers.h"

namespace handout::lang {

namespace {

namespace pn = i18n::phonenumbers;

bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The country's English name ("the United States", "Spain") for a message.
std::string country_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale::getEnglish(), name);
  std::string utf8;
  name.toUTF8String(utf8);
  if (utf8.empty() || utf8 == code) return code;
  return utf8.starts_with("United") ? "the " + utf8 : utf8;
}

std::string countries_named(std::span<const std::string> countries) {
  std::string names;
  for (std::size_t i = 0; i < countries.size(); ++i) {
    if (i > 0) names += i + 1 == countries.size() ? " or " : ", ";
    names += country_name(countries[i]);
  }
  return names;
}

Link phone_link(std::string_view text, std::span<const std::string> countries) {
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  std::vector<std::string> regions(countries.begin(), countries.end());
  regions.emplace_back("ZZ");  // a number written with + and its country code
  for (const std::string& region : regions) {
    pn::PhoneNumber number;
    if (util.Parse(std::string(text), region, &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
      continue;
    if (!util.IsValidNumber(number)) {
      // The country's emergency number ("911", "112") is dialled as it is written there only.
      // Other short numbers (SMS codes) are not: "555-01" is a number missing its digits.
      std::string digits;
      util.GetNationalSignificantNumber(number, &digits);
      if (region != "ZZ" && !number.has_extension() &&
          pn::ShortNumberInfo().IsEmergencyNumber(digits, region) &&
          std::string_view(text).find_first_not_of(" 0123456789") == std::string_view::npos)
        return {"tel:" + digits, {}};
      continue;
    }
    std::string e164;
    util.Format(number, pn::PhoneNumberUtil::E164, &e164);
    if (number.has_extension() && !number.extension().empty()) e164 += ";ext=" + number.extension();
    return {"tel:" + e164, {}};
  }
  const std::string where = countries.empty() ? "" : " in " + countries_named(countries);
  return {{},
          quoted(text) + " is not a phone number that can be dialled" + where +
              ": write the whole number as it is dialled there, with its area code (e.g. "
              "(207) 555-0100, 912 34 56 78), or with + and its country code (+34 912 34 56 78)"};
}

// Percent-encodes every byte but ASCII letters, digits and `keep`; a `%` followed by two hex
// digits is kept, as already encoded.
std::string percent_encoded(std::string_view text, std::string_view keep) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto is_hex = [](char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%' && i + 2 < text.size() && is_hex(text[i + 1]) && is_hex(text[i + 2])) {
      out += c;
    } else if (is_ascii_alpha(c) || is_digit(c) || (c != '%' && keep.find(c) != keep.npos)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  return out;
}

// A host name in ASCII (IDNA, UTS #46), or empty when it is none: a name of letters, digits
// and hyphens in labels, with at least one dot.
std::string ascii_host(std::string_view host) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<const icu::IDNA> idna(
      icu::IDNA::createUTS46Instance(UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI |
                                         UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII,
                                     status));
  if (U_FAILURE(status) || !idna) return {};
  std::string ascii;
  icu::StringByteSink<std::string> sink(&ascii);
  icu::IDNAInfo info;
  idna->nameToASCII_UTF8(icu::StringPiece(host.data(), static_cast<int32_t>(host.size())), sink,
                         info, status);
  if (U_FAILURE(status) || info.hasErrors()) return {};
  const std::size_t dot = ascii.find('.');
  if (dot == std::string::npos || dot == 0 || ascii.ends_with('.') ||
      ascii.find("..") != std::string::npos)
    return {};
  return ascii;
}

Link email_link(std::string_view text) {
  const std::string form = ": an <email> holds the address alone, as name@example.org";
  if (const std::size_t bad = text.find_first_of("?&# \t\n\r"); bad != text.npos) {
    const std::string what = is_space(text[bad]) ? "a space" : quoted(text.substr(bad, 1));
    return {{},
            "the e-mail address " + quoted(text) + " has " + what + form +
                ", with no '?', '&', '#' or spaces"};
  }
  const std::size_t at = text.find('@');
  if (at == text.npos || at == 0 || text.find('@', at + 1) != text.npos)
    return {{},
            quoted(text) +
                " is not an e-mail address (it needs one '@' between a name and "
                "a domain)" +
                form};
  const std::string host = ascii_host(text.substr(at + 1));
  if (host.empty())
    return {{}, "the e-mail address " + quoted(text) + " has no valid domain after its '@'" + form};
  return {"mailto:" + percent_encoded(text.substr(0, at), "!$'*+-._~=") + "@" + host, {}};
}

// The scheme a web address starts with ("javascript" in "javascript:alert(1)"), or empty:
// "example.org:8080/x" names a host and its port.
std::string_view scheme_of(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == text.npos || colon == 0 || !is_ascii_alpha(text[0])) return {};
  const std::string_view scheme = text.substr(0, colon);
  if (!std::ranges::all_of(scheme, [](char c) {
        return is_ascii_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
      }))
    return {};
  const std::string_view rest = text.substr(colon + 1);
  const std::size_t port_end = rest.find_first_of("/?#");
  const std::string_view port = rest.substr(0, port_end);
  if (!port.empty() && std::ranges::all_of(port, is_digit)) return {};
  return scheme;
}

Link web_link(std::string_view text) {
  if (std::ranges::any_of(text, is_space))
    return {{},
            quoted(text) +
                " is not a web address: an address has no spaces; write the "
                "address (www.example.org/video) in <web>, or the words "
                "without <web>"};
  std::string scheme = "https";
  std::string_view rest = text;
  if (const std::string_view written = scheme_of(text); !written.empty()) {
    scheme = lower(written);
    if (scheme != "http" && scheme != "https")
      return {{},
              "a <web> address opens a web page: '" + std::string(written) +
                  ":' links are not allowed; write an address that starts with https:// "
                  "or with its host (www.example.org)"};
    rest = text.substr(written.size() + 1);
    if (!rest.starts_with("//"))
      return {{},
              quoted(text) + " is not a web address: write " + scheme +
                  ":// before its host (https://www.example.org/)"};
    rest.remove_prefix(2);
  }
  const std::size_t host_end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, host_end);
  const std::string_view tail = host_end == rest.npos ? "" : rest.substr(host_end);
  if (authority.find('@') != authority.npos)
    return {{},
            quoted(text) +
                " has a name and '@' before its host, which hides the site it "
                "opens; write the address from its host on (www.example.org)"};
  std::string_view port;
  if (const std::size_t colon = authority.rfind(':'); colon != authority.npos) {
    port = authority.substr(colon + 1);
    authority = authority.substr(0, colon);
    if (port.empty() || !std::ranges::all_of(port, is_digit))
      return {{}, quoted(text) + " has a port that is not a number after its host's ':'"};
  }
  const std::string host = ascii_host(authority);
  if (host.empty())
    return {{},
            quoted(text) + " is not a web address: " + quoted(authority) +
                " is not a host name (like www.example.org)"};
  return {scheme + "://" + host + (port.empty() ? "" : ":" + std::string(port)) +
              percent_encoded(tail, "-._~!$&'()*+,;=:@/?#"),
          {}};
}

}  // namespace

Link link_for(model::RunKind kind, std::string_view text, std::span<const std::string> countries) {
  switch (kind) {
    case model::RunKind::phone:
      return phone_link(text, countries);
    case model::RunKind::email:
      return email_link(text);
    case model::RunKind::web:
      return web_link(text);
    default:
      return {};
  }
}

std::vector<std::string> link_countries(std::string_view bcp47, std::string_view clinic_bcp47) {
  std::vector<std::string> countries = phone_countries(bcp47, clinic_bcp47);
  if (!clinic_bcp47.empty()) {
    std::string clinic = phone_country(clinic_bcp47);
    if (!clinic.empty() && std::ranges::find(countries, clinic) == countries.end())
      countries.push_back(std::move(clinic));
  }
  return countries;
}

std::string link_uri(model::RunKind kind, std::string_view text,
                     std::span<const std::string> countries) {
  return link_for(kind, text, countries).uri;
}

}  // namespace handout::lang
