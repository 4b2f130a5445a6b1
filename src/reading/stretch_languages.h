#pragma once
// What `handout check` and a build warn about the stretches a handout says in another language
// than its own (a <lang xml:lang="…"> run, the clinic's name and address in clinic.xml's
// language): a language none of eSpeak NG's installed voices speaks, which is said in the
// handout's voice instead; and a language the tool has no reading rules for, whose numbers,
// dates and abbreviations are left to eSpeak NG in that language's voice. Located at the
// stretch's xml:lang. Pure: the installed voices come in as their languages
// (speech::voice_main_languages()).
#include <span>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::reading {

std::vector<model::Diagnostic> stretch_language_warnings(const model::Handout& handout,
                                                         std::span<const std::string> voices);

}  // namespace handout::reading
