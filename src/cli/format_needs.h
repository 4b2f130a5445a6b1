#pragma once
// Formats that read other formats' results (writer::Writer::needs): building one builds those
// too, and its rebuild key includes theirs. Format-free: it asks the list of writers.
#include <span>
#include <string>
#include <vector>

namespace handout::cli {

// `formats` and every format they need, and those need, …, in the list's order, each once.
std::vector<std::string> with_needs(std::span<const std::string> formats);

}  // namespace handout::cli
