#pragma once
// Reads clinic.xml (the contact details every handout ends with) and lexicon.pls.
#include <filesystem>
#include <optional>
#include <string>

#include "model/clinic.h"
#include "model/diagnostic.h"
#include "model/lexicon.h"

namespace handout::content {

std::optional<model::Clinic> parse_clinic(std::string text, const std::string& display_name,
                                          model::Diagnostics& out);
std::optional<model::Clinic> read_clinic(const std::filesystem::path& path,
                                         const std::string& display_name, model::Diagnostics& out);

std::optional<model::Lexicon> parse_lexicon(std::string text, const std::string& display_name,
                                            model::Diagnostics& out);
std::optional<model::Lexicon> read_lexicon(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           model::Diagnostics& out);

}  // namespace handout::content
