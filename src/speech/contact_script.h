#pragma once
// The clinic's contact block as SSML: name, phone numbers said twice digit by digit,
// e-mail and web addresses, then each office's name, address, phone and hours.
#include <functional>
#include <string>

#include "model/clinic.h"
#include "speech/inline_speech.h"
#include "speech/phrases.h"

namespace handout::speech {

// `office_mark(k)` gives what starts office k's paragraph (from 0): its sentence mark.
std::string contact_ssml(const model::Clinic& clinic, const Speaker& speaker,
                         const Phrases& phrases,
                         const std::function<std::string(int)>& office_mark);

// "Phone: 2 0 7 … Again: 2 0 7 …" as one paragraph.
std::string phone_twice(std::string_view printed, const Speaker& speaker, const Phrases& phrases);

}  // namespace handout::speech
