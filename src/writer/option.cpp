#include "writer/option.h"

namespace handout::writer {

const std::string& OptionValues::text(const OptionSpec& spec) const {
  const auto found = values_.find(spec.name);
  return found == values_.end() ? spec.default_value : found->second;
}

int OptionValues::integer(const OptionSpec& spec) const {
  return std::stoi(text(spec));
}

bool OptionValues::flag(const OptionSpec& spec) const {
  return text(spec) == "on";
}

std::string describe(const std::vector<OptionSpec>& specs, const OptionValues& values) {
  std::string out;
  for (const OptionSpec& spec : specs)
    out += (out.empty() ? "" : " ") + spec.name + '=' + values.text(spec);
  return out;
}

}  // namespace handout::writer
