#pragma once
// The address a phone number, e-mail or web address links to, for every writer with links,
// built only from a value checked here: the reader refuses, at its place, what has none.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/inline.h"

namespace handout::lang {

// A link's address, or why the text has none (with the fix, in words).
struct Link {
  std::string uri;    // empty when refused
  std::string error;  // empty when `uri` is set
};

// - phone: `tel:` and the number in E.164 (RFC 3966), its extension as `;ext=`, letters
//   ("1-800-FLOWERS") dialled as libphonenumber converts them; the number must be valid in one
//   of `countries` (ISO 3166, tried in order), or written with + and its country code;
//   the emergency number of one of them ("911", "112") is `tel:` and its digits alone;
// - email: `mailto:` and the address alone (one @, a domain with a dot): no query, fragment
//   or spaces; non-ASCII domains in IDNA (punycode), other characters percent-encoded;
// - web: http or https only (https:// added when no scheme is written), a host with a dot in
//   IDNA, a non-ASCII path, query or fragment percent-encoded as UTF-8; no spaces.
Link link_for(model::RunKind kind, std::string_view text, std::span<const std::string> countries);

// The countries whose national numbers a handout's links dial: lang::phone_countries, then
// the clinic's own country (its details are in every handout's contact block).
std::vector<std::string> link_countries(std::string_view bcp47, std::string_view clinic_bcp47);

// link_for's address; empty when the text has none (the reader refused it already).
std::string link_uri(model::RunKind kind, std::string_view text,
                     std::span<const std::string> countries);

}  // namespace handout::lang
