#pragma once
// The tool's own liblouis table rows (src/braille/tables/*.cti): what a handout may hold that
// liblouis's tables leave undefined, in the braille code's own signs or, where its sign could
// not be confirmed, in words. They are compiled into the program and added to liblouis's
// compiled table list at run time, before its first use (braille/louis.h), so nothing is
// installed or looked up.
#include <string_view>

namespace handout::braille {

std::string_view ueb_rows();      // tables/ueb.cti, on top of en-ueb-g1.ctb and en-ueb-g2.ctb
std::string_view spanish_rows();  // tables/es.cti, on top of es-g1.ctb

// The rows for a liblouis table list: the Spanish rows for a list with es-g1.ctb, the UEB rows
// for one with en-ueb-g1.ctb or en-ueb-g2.ctb, else none.
std::string_view own_rows(std::string_view table_list);

}  // namespace handout::braille
