#pragma once
// The embosser-ready braille, BRF and PEF, as a writer of the list.
#include "writer/writer.h"

namespace handout::braille {

class BrailleFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "braille"; }
  std::string_view description() const override;
  const std::vector<writer::OptionSpec>& options() const override;
  const std::vector<writer::OutputKind>& outputs() const override;
  std::vector<writer::Input> inputs(const writer::Resources& resources,
                                    const writer::OptionValues& options,
                                    const model::LanguageTag& language) const override;
  model::Diagnostics check(const model::Handout& handout,
                           const writer::Resources& resources) const override;
  writer::Rendered render(const model::Handout& handout, const writer::Resources& resources,
                          const writer::OptionValues& options,
                          const writer::Products& needed) const override;
  std::string describe(const nlohmann::json& summary) const override;
};

}  // namespace handout::braille
