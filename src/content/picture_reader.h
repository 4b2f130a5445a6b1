#pragma once
// A <figure>'s picture: the file its src names, inside the content folder, opened without
// following links and judged a PNG or JPEG picture by its bytes.
#include <filesystem>
#include <optional>
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/handout.h"

namespace handout::content {

// The largest picture file read (a phone camera's photo is a few megabytes).
inline constexpr std::size_t max_picture_bytes = 64u << 20;
// The most pixels a picture may have: 100 megapixels, more than any phone's photo.
inline constexpr long long max_picture_pixels = 100'000'000;

// The picture of `figure`'s src attribute, or nullopt after an error at its place.
std::optional<model::Picture> read_picture(ElementChecker& checker, pugi::xml_node figure,
                                           const std::filesystem::path& content_dir);

}  // namespace handout::content
