#pragma once
// The address of a handout's read-along web page where the clinic publishes its outputs
// (clinic.xml <publish base="…"/>): printed beside the QR code, put in the MP3's tag.
#include <optional>
#include <string>
#include <string_view>

#include "model/handout.h"

namespace handout::lang {

// <base><id>.html when the handout's clinic publishes, else nothing.
std::optional<std::string> read_along_url(const model::Handout& handout);

// The address as printed: without "https://" or "http://".
std::string_view short_address(std::string_view url);

}  // namespace handout::lang
