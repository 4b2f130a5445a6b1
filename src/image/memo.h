#pragma once
// Each picture prepared once per process: the PDF, the web page, the EPUB and the talking book
// of a handout are written in one process, and each asks for the same pictures at the same size.
#include <cstddef>
#include <memory>
#include <span>

#include "image/prepare.h"

namespace handout::image {

// prepare(bytes, max_width, max_height), made the first time these bytes are asked for at this
// size and then kept: the same object for the next caller. Keyed by a 128-bit hash of the bytes
// (XXH3) with their length and the size. Safe to call from several threads. The memo keeps at
// most `memo_capacity` bytes of prepared pictures, dropping those asked for least recently (a
// caller's copy stays valid: it is shared). Throws what prepare() throws, every time it is asked.
std::shared_ptr<const Prepared> prepared(std::span<const std::byte> bytes, int max_width,
                                         int max_height);

inline constexpr std::size_t memo_capacity = 64u << 20;

}  // namespace handout::image
