#include "content/emoji_check.h"

#include "lang/utf8.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

void find_emoji(const std::string& file, const model::Run& run, model::Diagnostics& out) {
  for (std::size_t pos = 0; pos < run.text.size();) {
    const std::size_t start = pos;
    const std::optional<char32_t> c = lang::decode_one(run.text, pos);
    if (pos == start) ++pos;
    if (!c || !lang::is_emoji_picture(*c)) continue;
    out.push_back({file, model::locate_in(run, start),
                   "the emoji " + lang::character_for_admin(*c) +
                       " cannot be shown in large print or in braille, and the recording says "
                       "nothing or its name; delete it or write what it means in words"});
  }
}

}  // namespace

model::Diagnostics emoji_pictures(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit))
      for (const model::Run& run : *text) find_emoji(handout.file, run, out);
  return out;
}

}  // namespace handout::content
