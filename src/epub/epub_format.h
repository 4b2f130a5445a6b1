#pragma once
// The EPUB 3 with Media Overlays as a writer of the list: it reads what the PDF (where each
// page starts) and the audio (the MP3 and each sentence's time) rendered.
#include "writer/writer.h"

namespace handout::epub {

class EpubFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "epub"; }
  std::string_view description() const override;
  const std::vector<writer::OptionSpec>& options() const override;
  const std::vector<writer::OutputKind>& outputs() const override;
  std::vector<writer::Product> needs() const override {
    return {writer::Product::printed_pages, writer::Product::recording};
  }
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

}  // namespace handout::epub
