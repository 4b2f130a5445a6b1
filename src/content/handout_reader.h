#pragma once
// Reads one handout file into the document model, strictly: every problem is reported
// with its place, and a handout is returned only when there were none.
#include <filesystem>
#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

struct HandoutContext {
  std::string expected_id;  // the file name without ".xml"; the handout's id must equal it
  const model::Clinic* clinic = nullptr;  // copied into the contact block
  // Where pictures are found (a figure's src is a path inside it); none without it.
  std::filesystem::path content_dir = {};
};

std::optional<model::Handout> read_handout(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           const HandoutContext& context, model::Diagnostics& out);

// The same from text already in memory (tests, fuzzing).
std::optional<model::Handout> parse_handout(std::string text, const std::string& display_name,
                                            const HandoutContext& context, model::Diagnostics& out);

}  // namespace handout::content
