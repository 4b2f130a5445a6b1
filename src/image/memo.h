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

// Prepares each of `pictures` at this size into the memo, on up to `threads` threads at once
// (a JPEG's decoding is one thread's work: pictures side by side are what uses a second core),
// so that they are ready when the formats ask. What cannot be prepared is kept as its error, for
// prepared() to throw; this throws only what is no image::Error (std::invalid_argument for a
// size under 1, std::bad_alloc, std::system_error when no thread can be started), after every
// thread is done.
// A handout built alone (`handout watch`) has its pictures in half the time on two cores; in a
// build with a worker per core, the cores are busy anyway and 1 is as good.
void prepare_all(std::span<const std::span<const std::byte>> pictures, int max_width,
                 int max_height, unsigned threads);

}  // namespace handout::image
