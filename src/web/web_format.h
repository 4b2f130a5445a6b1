#pragma once
// The web writer: out/<id>.html, read along with the recording, out/index.html, and
// out/offline.js, which keeps an opened page for reading offline.
#include "writer/writer.h"

namespace handout::web {

class WebFormat final : public writer::Writer {
 public:
  std::string_view name() const override { return "web"; }
  std::string_view description() const override;
  const std::vector<writer::OptionSpec>& options() const override;
  const std::vector<writer::OutputKind>& outputs() const override;
  std::vector<writer::Input> inputs(const writer::Resources& resources,
                                    const writer::OptionValues& options,
                                    const model::LanguageTag& language) const override;
  std::vector<writer::Product> needs() const override { return {writer::Product::recording}; }
  bool lists_other_files() const override { return true; }
  model::Diagnostics check(const model::Handout& handout,
                           const writer::Resources& resources) const override;
  writer::Rendered render(const model::Handout& handout, const writer::Resources& resources,
                          const writer::OptionValues& options,
                          const writer::Products& needed) const override;
  // out/index.html, and the pages' offline worker (web/offline.h).
  std::vector<std::string> collection_names() const override;
  std::vector<writer::OutputFile> render_collection(
      std::span<const writer::CollectionEntry> entries, const writer::Resources& resources,
      const writer::OptionValues& options) const override;
  std::string describe(const nlohmann::json& summary) const override;
};

}  // namespace handout::web
