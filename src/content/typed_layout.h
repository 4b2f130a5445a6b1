#pragma once
// Layout typed as text where the content format has an element for it: check boxes written as
// "[ ]" or "☐" (speech skips them, braille writes brackets, a screen reader reads punctuation)
// are errors that name <checklist>; fields separated by "•" or "|" (a table row typed as a
// line) are warnings that name <table>.
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

// Errors: the reader reports them.
model::Diagnostics typed_boxes(const model::Handout& handout);
// Warnings: `check` reports them.
model::Diagnostics typed_fields(const model::Handout& handout);

}  // namespace handout::content
