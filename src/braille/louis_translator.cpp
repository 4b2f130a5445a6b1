#include "braille/louis_translator.h"

#include <stdexcept>

#include "braille/louis.h"
#include "lang/utf8.h"

namespace handout::braille {

namespace {

louis::Form form_of(const model::Run& run) {
  using Kind = model::RunKind;
  if (run.kind == Kind::phone || run.kind == Kind::email || run.kind == Kind::web)
    return louis::Form::no_contract;
  return run.emphasis ? louis::Form::emphasis : louis::Form::plain;
}

Cells six_dot(const std::u32string& braille) {
  Cells out;
  out.reserve(braille.size());
  for (const char32_t cell : braille) {
    if (cell > 0xFFFF || !is_six_dot(static_cast<char16_t>(cell)))
      throw std::runtime_error("liblouis gave a braille cell with dots 7 or 8");
    out += static_cast<char16_t>(cell);
  }
  return out;
}

}  // namespace

LouisTranslator::LouisTranslator(Code code) : code_(std::move(code)) {
  louis::check_table(code_.table_list);
}

Cells LouisTranslator::translate(const model::Inlines& runs) const {
  std::u32string text;
  std::vector<louis::Form> forms;
  for (const model::Run& run : runs) {
    for (const char32_t c : lang::decode_utf8(run.text)) {
      text += c;
      forms.push_back(form_of(run));
    }
  }
  return six_dot(louis::translate(code_.table_list, text, forms));
}

Cells LouisTranslator::bullet() const {
  if (has_braille(code_, U'\u2022'))
    return six_dot(louis::translate(code_.table_list, U"\u2022", {louis::Form::plain}));
  return u"\u2838\u2832";
}

bool has_braille(const Code& code, char32_t c) {
  const std::u32string braille =
      louis::translate(code.table_list, std::u32string(1, c), {louis::Form::plain});
  if (braille.empty()) return false;
  for (const char32_t cell : braille)
    if (cell < 0x2800 || cell > 0x283F) return false;
  return true;
}

}  // namespace handout::braille
