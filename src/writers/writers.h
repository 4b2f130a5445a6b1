#pragma once
// The list of output formats, in the order their files are written and listed. Adding a
// format is one folder, one adapter implementing writer::Writer, and one row in writers.cpp.
#include <span>
#include <string_view>

#include "writer/writer.h"

namespace handout::writers {

std::span<const writer::Writer* const> all();

// The writer called `name`, or null.
const writer::Writer* find(std::string_view name);

// The first writer that provides `product`; every product has one (tested).
const writer::Writer& provider(writer::Product product);

}  // namespace handout::writers
