#pragma once
// Warnings for a picture's description that names the medium instead of what it shows: a
// listener already hears "Picture:", so "Picture of a man lifting his arm" says it twice.
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

model::Diagnostics description_warnings(const model::Handout& handout);

}  // namespace handout::content
