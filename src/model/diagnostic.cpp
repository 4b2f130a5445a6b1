#include "model/diagnostic.h"

#include <algorithm>

namespace handout::model {

std::string format(const Diagnostic& diagnostic) {
  std::string out = diagnostic.file;
  if (diagnostic.at.line > 0) {
    out += ':' + std::to_string(diagnostic.at.line);
    if (diagnostic.at.column > 0) out += ':' + std::to_string(diagnostic.at.column);
  }
  if (!out.empty()) out += ": ";
  if (diagnostic.severity == Severity::warning) out += "warning: ";
  return out + diagnostic.message;
}

namespace {

std::string gap_message(const std::string& character, const std::vector<std::string>& cannots) {
  std::string out = "the character " + character + " cannot ";
  for (std::size_t i = 0; i < cannots.size(); ++i) {
    if (i > 0) out += i + 1 == cannots.size() ? (cannots.size() > 2 ? ", or " : " or ") : ", ";
    // "be printed or written in …": the verb once.
    const bool shared_be = i > 0 && cannots[i].starts_with("be ") && cannots[0].starts_with("be ");
    out += shared_be ? cannots[i].substr(3) : cannots[i];
  }
  return out + ": delete it or write it in words";
}

bool same_gap(const Diagnostic& a, const Diagnostic& b) {
  return a.file == b.file && a.at.line == b.at.line && a.at.column == b.at.column &&
         a.gap->character == b.gap->character;
}

}  // namespace

Diagnostic cannot_write(std::string file, Location at, CharacterGap gap) {
  std::string message = gap_message(gap.character, {gap.cannot});
  return {std::move(file), at, std::move(message), Severity::error, std::move(gap)};
}

Diagnostics merge_character_gaps(Diagnostics diagnostics) {
  Diagnostics out;
  std::vector<std::vector<std::string>> cannots(diagnostics.size());  // by place in `out`
  for (Diagnostic& d : diagnostics) {
    const auto same =
        d.gap ? std::ranges::find_if(
                    out, [&](const Diagnostic& kept) { return kept.gap && same_gap(kept, d); })
              : out.end();
    if (same == out.end()) {
      if (d.gap) cannots[out.size()].push_back(d.gap->cannot);
      out.push_back(std::move(d));
      continue;
    }
    std::vector<std::string>& said = cannots[static_cast<std::size_t>(same - out.begin())];
    if (std::ranges::find(said, d.gap->cannot) == said.end()) said.push_back(d.gap->cannot);
    if (d.severity == Severity::error) same->severity = Severity::error;
    same->message = gap_message(same->gap->character, said);
  }
  return out;
}

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(format(diagnostic)), diagnostic_(std::move(diagnostic)) {}

}  // namespace handout::model
