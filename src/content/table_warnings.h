#pragma once
// Warnings for a table too wide to keep its columns in large print and braille.
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

model::Diagnostics table_warnings(const model::Handout& handout);

}  // namespace handout::content
