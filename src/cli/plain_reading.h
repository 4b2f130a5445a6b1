#pragma once
// A handout's reading level for `check` and for the build's manifest and index (src/plain):
// its printed sentences measured with eSpeak NG's syllables (counted in a child process,
// plain/espeak_syllables.h), and the advice `check` prints.
#include <nlohmann/json.hpp>
#include <optional>

#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/plain_language.h"
#include "plain/measure.h"

namespace handout::cli {

struct HandoutReading {
  plain::Reading reading;
  model::Diagnostics advice;  // warnings, each at its place
};

// The clinic's target (its defaults when clinic.xml sets none).
const model::PlainLanguageTarget& reading_target(const model::Handout& handout);

// The readings of handouts, with one eSpeak NG process per language, as a build measures its
// whole collection once it is built (a build's worker forks no process: its eSpeak NG speaks
// in it, docs/performance.md). Throws std::runtime_error when eSpeak NG cannot count the
// syllables.
std::vector<plain::Reading> measure_readings(std::span<const model::Handout> handouts);

// The reading and the advice against the clinic's target and plain words: the tool's list for
// the handout's language and the clinic's own. A list that cannot be read is a warning.
HandoutReading reading_with_advice(const model::Handout& handout);

// The manifest's record of a reading: {"grade": 7.4, "flesch_kincaid": 6.2, "smog": 7.4, …}
// or {"inflesz": 68.2, "band": "bastante fácil", "fernandez_huerta": 73, …}.
nlohmann::json reading_record(const plain::Reading& reading);

}  // namespace handout::cli
