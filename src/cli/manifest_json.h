#pragma once
// How manifest records are written as JSON (nlohmann/json), shared by the manifest file and
// the results that worker processes send back. Missing fields read as their defaults.
#include <nlohmann/json.hpp>

#include "cli/manifest.h"

namespace handout::cli {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(OutputRecord, name, size, hash)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(FormatRecord, inputs_hash, outputs, summary,
                                                source_hash, stale, errors, listed_hash, products)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ManifestEntry, source, formats, errors, stale,
                                                warnings, reading)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Manifest, tool_version, content_folder, handouts,
                                                collection)

}  // namespace handout::cli
