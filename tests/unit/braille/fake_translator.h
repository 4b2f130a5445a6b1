#pragma once
// A braille code for tests: each print character becomes the cell of its upper-case BRF
// character ("a" -> dot 1), one cell per character, so lines are easy to read and to count;
// any character beyond ASCII is "=" (all six dots). A web or email address has division marks
// where the real translator puts them (after a slash, before a dot; after a hyphen, before @). A
// transcriber's note is between UEB's indicators.
#include <stdexcept>

#include "braille/cells.h"
#include "braille/translator.h"

namespace handout::test {

class FakeTranslator final : public braille::Translator {
 public:
  braille::Cells translate(const model::Inlines& runs) const override {
    braille::Cells out;
    for (const model::Run& run : runs) {
      const bool address = run.kind == model::RunKind::web || run.kind == model::RunKind::email;
      for (std::size_t i = 0; i < run.text.size(); ++i) {
        char c = run.text[i];
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // within a character
        if ((static_cast<unsigned char>(c) & 0x80) != 0) c = '=';      // any other letter
        char16_t cell = 0;
        if (!braille::cell_of_brf(c, cell)) throw std::invalid_argument("not ASCII braille");
        const bool after_slash = i > 0 && run.text[i - 1] == '/' && c != '/';
        const bool second = i > 0 && (run.text[i - 1] == '-' || c == '@' || c == '_');
        if (address && i > 0 && (c == '.' || after_slash))
          out += braille::division_mark;
        else if (address && second)
          out += braille::second_division_mark;
        out += cell;
      }
    }
    return out;
  }
  // UEB's indicators, as BRF: dots 4, 4-6, 1-2-6 before and 4, 4-6, 3-4-5 after.
  braille::Cells transcriber_note(const model::Inlines& runs) const override {
    return braille::from_brf("@.<") + translate(runs) + braille::from_brf("@.>");
  }
  braille::Cells bullet() const override { return braille::from_brf("_4"); }
  // Two ASCII marks, "-" for not done and "+" for done, so that lines stay readable.
  std::optional<braille::CheckMarks> check_marks() const override {
    if (!marks_) return std::nullopt;
    return braille::CheckMarks{"-", "+"};
  }
  bool marks_ = true;  // false: a code without checklist marks
};

// A page's lines as BRF text, for readable checks.
inline std::vector<std::string> brf_lines(const braille::Page& page) {
  std::vector<std::string> out;
  for (const braille::Cells& line : page) out.push_back(braille::to_brf(line));
  return out;
}

}  // namespace handout::test
