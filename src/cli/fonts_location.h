#pragma once
// Where the fonts are. No path is fixed at build time, so an installed copy works wherever it
// is installed, and after the source and build trees are gone.
#include <filesystem>

namespace handout::cli {

// The fonts folder: `given` (--fonts) when not empty, else $HANDOUT_FONTS_DIR when set, else
// <prefix>/share/handout/fonts for a program installed in <prefix>/bin, else the fonts/ folder
// the build copies next to the program in a build tree. Throws std::runtime_error, naming where
// it looked, when that folder does not exist.
std::filesystem::path locate_fonts(const std::filesystem::path& given);

// The lists of plain words the tool ships (plain-words/<language>.txt), found the same way:
// $HANDOUT_PLAIN_WORDS_DIR when set, else <prefix>/share/handout/plain-words, else the copy
// next to the program in a build tree. Throws std::runtime_error when there is none.
std::filesystem::path locate_plain_words();

// The clinical lexicons the tool ships (clinical-lexicon/<language>.txt), found the same way:
// $HANDOUT_CLINICAL_LEXICON_DIR when set, else <prefix>/share/handout/clinical-lexicon, else the
// copy next to the program in a build tree. Throws std::runtime_error when there is none.
std::filesystem::path locate_clinical_lexicon();

}  // namespace handout::cli
