#pragma once
// Whole writes and reads on a descriptor (a pipe's end, a file), retried when a signal
// interrupts them: what a parent and its child process say to each other.
#include <string>
#include <string_view>

namespace handout::os {

// Writes all of `bytes`; false when the descriptor refuses them (errno says why).
bool write_all(int fd, std::string_view bytes);

// Everything until the end of the stream (or until a read fails).
std::string read_all(int fd);

}  // namespace handout::os
