#pragma once
// Small pieces of HTML shared by the page and the index.
#include <optional>
#include <string>
#include <string_view>

#include "model/clinic.h"
#include "model/inline.h"
#include "model/language_tag.h"

namespace handout::web {

std::string text(std::string_view plain);       // escaped element content
std::string attribute(std::string_view plain);  // escaped, for a double-quoted attribute

// A run as HTML: <em> for emphasis, a tel:, mailto: or https: link for phones, e-mail and
// web addresses; a <say> run shows its printed text.
std::string run_html(const model::Run& run);
std::string runs_html(const model::Inlines& runs);

// The start of a page: doctype, <html lang>, <head> with the title, the canonical address
// where the clinic publishes the page (when it does) and the style sheet.
std::string page_head(const model::LanguageTag& lang, std::string_view title,
                      std::string_view style, const std::optional<std::string>& canonical = {});

// The clinic's contact details inside an <address>, each part in a <div>: the clinic-wide
// lines (name, phone, e-mail, web) with `clinic_id`, then each office with `office_id(k)`.
// Ids are left out when empty.
template <typename OfficeId>
std::string address_html(const model::Clinic& clinic, const model::LanguageTag& lang,
                         std::string_view clinic_id, OfficeId office_id);

std::string clinic_lines(const model::Clinic& clinic);
std::string office_lines(const model::Office& office, const model::LanguageTag& lang);
std::string div(std::string_view id, std::string_view content);

template <typename OfficeId>
std::string address_html(const model::Clinic& clinic, const model::LanguageTag& lang,
                         std::string_view clinic_id, OfficeId office_id) {
  std::string out = "<address>" + div(clinic_id, clinic_lines(clinic));
  for (std::size_t k = 0; k < clinic.offices.size(); ++k)
    out += div(office_id(static_cast<int>(k)), office_lines(clinic.offices[k], lang));
  return out + "</address>\n";
}

}  // namespace handout::web
