#pragma once
// Small pure rules of the content format: whitespace, ids, dates, languages.
#include <span>
#include <string>
#include <string_view>

#include "model/inline.h"

namespace handout::content {

// Collapses runs of XML white space to one space and trims both ends, as HTML does.
std::string collapse_whitespace(std::string_view text);

// The same across a sequence of runs: a space at a run boundary is kept once, the whole
// sequence is trimmed, runs left empty are dropped, and neighbouring plain-text runs with
// the same emphasis are merged.
void normalise_whitespace(model::Inlines& runs);

// `[a-z0-9][a-z0-9-]*`: safe as a file name on every system.
bool is_valid_id(std::string_view id);

// An id derived from a heading: lower-case ASCII letters and digits joined by hyphens.
std::string derive_id(std::string_view heading);

// A real calendar date written YYYY-MM-DD.
bool is_valid_iso_date(std::string_view text);

// Whether a BCP 47 tag is served by one of the synthesizer's voices, given the languages
// those voices declare (e.g. "en-us", "fr-fr", "es"). Matching ignores case and accepts a
// tag that is more or less specific than a voice's ("fr" -> "fr-fr", "en-AU" -> "en").
bool has_voice(std::string_view tag, std::span<const std::string> voice_languages);

}  // namespace handout::content
