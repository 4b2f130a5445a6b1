#pragma once
// The tool's own liblouis table rows (src/braille/tables/*.cti): what a handout may hold that
// liblouis's tables leave undefined, in the braille code's own signs or, where its sign could
// not be confirmed, in words. They are compiled into the program and added to liblouis's
// compiled table list at run time (louis::check_table), so nothing is installed or looked up.
#include <string_view>

namespace handout::braille {

std::string_view ueb_rows();      // tables/ueb.cti, on top of en-ueb-g1.ctb and en-ueb-g2.ctb
std::string_view spanish_rows();  // tables/es.cti, on top of es-g1.ctb

}  // namespace handout::braille
