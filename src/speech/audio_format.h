#pragma once
// The listening version (MP3 with chapters, its SSML script, WAV on request) as a writer.
#include "writer/writer.h"

namespace handout::speech {

class AudioFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "audio"; }
  std::vector<writer::Product> provides() const override { return {writer::Product::recording}; }
  std::string_view description() const override;
  const std::vector<writer::OptionSpec>& options() const override;
  const std::vector<writer::OutputKind>& outputs() const override;
  std::vector<writer::Input> inputs(const writer::Resources& resources,
                                    const writer::OptionValues& options,
                                    const model::LanguageTag& language) const override;
  std::vector<model::Diagnostics> check_all(std::span<const model::Handout* const> handouts,
                                            const writer::Resources& resources) const override;
  model::Diagnostics check(const model::Handout& handout,
                           const writer::Resources& resources) const override;
  writer::Rendered render(const model::Handout& handout, const writer::Resources& resources,
                          const writer::OptionValues& options,
                          const writer::Products& needed) const override;
  std::vector<writer::Tool> tools() const override;
  std::string describe(const nlohmann::json& summary) const override;
};

}  // namespace handout::speech
