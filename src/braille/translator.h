#pragma once
// What the braille layout needs from a braille code: text in, cells out. The real one drives
// liblouis (braille/louis_translator.h); the layout's unit tests use a fake.
#include <optional>
#include <string>

#include "braille/cells.h"
#include "model/inline.h"

namespace handout::braille {

// The print characters whose braille marks a checklist's items: a box not yet ticked, and one
// ticked. A code without braille for them has none: its items start with their state in words.
struct CheckMarks {
  std::string not_done, done;
};

class Translator {
 public:
  virtual ~Translator() = default;
  // The runs in braille, six-dot cells only, a blank cell (U+2800) between words.
  virtual Cells translate(const model::Inlines& runs) const = 0;
  // The runs as a transcriber's note: between the code's transcriber's-note indicators when it
  // has them (UEB's opening and closing indicators), unspaced from the text.
  virtual Cells transcriber_note(const model::Inlines& runs) const = 0;
  // The bullet that starts a list item.
  virtual Cells bullet() const = 0;
  // The checklist marks the code has braille for.
  virtual std::optional<CheckMarks> check_marks() const = 0;
};

}  // namespace handout::braille
