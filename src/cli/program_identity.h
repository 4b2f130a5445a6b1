#pragma once
// What identifies the running program's bytes, for the rebuild keys.

#include <string>

namespace handout::cli {

// The GNU build ID the linker wrote into this program (a hash of its linked bytes), as hex;
// empty when it has none.
std::string program_build_id();

}  // namespace handout::cli
