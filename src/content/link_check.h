#pragma once
// Every phone number, e-mail and web address a handout or clinic.xml writes must make a link
// (lang::link_for): a number dialled in the handout's countries, an address alone, an http(s)
// page. Checked once by the reader for every format, so no writer builds a link from an
// unchecked value.
#include <string_view>

#include "model/clinic.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

// The handout's own links (not the clinic's, which clinic.xml's reader checks), located at
// each run; `clinic_lang` is clinic.xml's xml:lang.
model::Diagnostics link_errors(const model::Handout& handout, std::string_view clinic_lang);

// clinic.xml's phone numbers (when its xml:lang, a language handout writes, gives a country),
// e-mail and web address.
model::Diagnostics link_errors(const model::Clinic& clinic);

}  // namespace handout::content
