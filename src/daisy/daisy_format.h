#pragma once
// The DAISY 2.02 talking book as a writer of the list: out/<id>.daisy.zip, made from the
// handout and the recording a format before it provides (the MP3 and each sentence's time).
#include "writer/writer.h"

namespace handout::daisy {

class DaisyFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "daisy"; }
  std::string_view description() const override;
  const std::vector<writer::OptionSpec>& options() const override;
  const std::vector<writer::OutputKind>& outputs() const override;
  std::vector<writer::Product> needs() const override { return {writer::Product::recording}; }
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

}  // namespace handout::daisy
