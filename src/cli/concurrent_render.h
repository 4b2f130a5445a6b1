#pragma once
// Renders a handout's formats side by side: each format that needs no other's result starts at
// once on a thread of its own; those that need results render when these are rendered, one
// after another (they make large files from large results, as the EPUB from the MP3, and their
// peaks of memory would add up). The audio's encoder and its synthesizer process keep both
// cores of a small machine busy only part of the time; the PDF and braille render meanwhile
// (`handout watch` waits for the whole set).
#include <span>

#include "model/handout.h"
#include "writer/writer.h"

namespace handout::cli {

// `writers` in an order where each one's needs come before it (the list's: with_needs()). The
// result is the same as rendering them one after another in that order: the same bytes, and
// when formats fail, the error the first failing one threw (a format whose need failed is not
// rendered). A writer reads only the formats it needs, which no thread writes meanwhile.
writer::RenderedFormats render_concurrently(std::span<const writer::Writer* const> writers,
                                            const model::Handout& handout,
                                            const writer::Resources& resources,
                                            const writer::OptionValues& values);

}  // namespace handout::cli
