#pragma once
// How manifest records are written as JSON (nlohmann/json), shared by the manifest file and
// the results that worker processes send back.
#include <nlohmann/json.hpp>

#include "cli/manifest.h"

namespace handout::cli {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(OutputRecord, name, size, hash)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ChapterRecord, title, start_seconds, end_seconds)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ManifestEntry, source, inputs_hash, outputs, pages,
                                   audio_seconds, chapters, errors)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Manifest, tool_version, handouts)

}  // namespace handout::cli
