#pragma once
// The two kinds of picture a handout may hold, known by their first bytes. A PNG suits drawings
// and diagrams (lossless, transparency), a JPEG photographs; every format that shows pictures
// (the PDF, the web page, the EPUB) embeds both as they are.
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace handout::image {

enum class Format { png, jpeg };

// "image/png", "image/jpeg".
std::string_view media_type(Format format);
// ".png", ".jpg".
std::string_view extension(Format format);

// The format by the file's first bytes (its magic number), never by its name; nullopt for
// anything else.
std::optional<Format> sniff(std::span<const std::byte> bytes);

// For bytes that are no PNG or JPEG, the name of what they are when it is a kind of picture an
// admin may well have ("a GIF picture", "a WebP picture", "an SVG drawing", "a HEIC photo" …), or
// empty: the message says what to do with it.
std::string_view other_kind(std::span<const std::byte> bytes);

}  // namespace handout::image
