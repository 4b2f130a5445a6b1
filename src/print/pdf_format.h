#pragma once
// The large-print tagged PDF as a writer of the list.
#include "writer/writer.h"

namespace handout::print {

class PdfFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "pdf"; }
  std::vector<writer::Product> provides() const override {
    return {writer::Product::printed_pages};
  }
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

}  // namespace handout::print
