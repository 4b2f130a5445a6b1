#include "braille/braille_text.h"

namespace handout::braille {

namespace {

constexpr std::string_view print_separator = " \u00B7 ";  // " · ", lang/dose_words.cpp's

model::Run text_run(std::string text, const model::Location& at) {
  return model::Run{model::RunKind::text, std::move(text), "", false, at};
}

}  // namespace

model::Inlines with_addresses(const model::Inlines& runs) {
  model::Inlines out;
  for (const model::Run& run : runs) {
    if (run.kind != model::RunKind::web || run.href.empty()) {
      out.push_back(run);
      continue;
    }
    model::Run words = run;  // its words, where and as they were written
    words.kind = model::RunKind::text;
    words.href.clear();
    out.push_back(std::move(words));
    out.push_back(text_run(" (", run.at));
    out.push_back(model::Run{model::RunKind::web, run.href, "", false, run.at});
    out.push_back(text_run(")", run.at));
  }
  return out;
}

std::string dose_line(const std::string& printed) {
  std::string out = printed;
  for (std::size_t at = 0; (at = out.find(print_separator, at)) != std::string::npos;) {
    out.replace(at, print_separator.size(), "; ");
    at += 2;
  }
  return out;
}

}  // namespace handout::braille
