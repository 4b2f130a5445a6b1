#include "load_handout.h"

#include <fstream>
#include <stdexcept>

#include "content/content_folder.h"
#include "content/handout_reader.h"

namespace handout::test {

model::Handout load_handout(const std::filesystem::path& content_dir, const std::string& id) {
  model::Diagnostics diagnostics;
  const std::optional<model::Clinic> clinic = content::load_clinic(content_dir, diagnostics);
  const content::HandoutContext context{id, clinic ? &*clinic : nullptr};
  const std::filesystem::path path = content_dir / "handouts" / (id + ".xml");
  std::optional<model::Handout> handout =
      content::read_handout(path, path.string(), context, diagnostics);
  if (!handout || !diagnostics.empty()) {
    std::string message = "cannot read " + path.string() + ":";
    for (const model::Diagnostic& d : diagnostics) message += "\n" + model::format(d);
    throw std::runtime_error(message);
  }
  return std::move(*handout);
}

std::string render_to_file(const model::Handout& handout, print::PrintOptions options,
                           const std::filesystem::path& out) {
  options.fonts_dir = std::filesystem::path(HANDOUT_SOURCE_DIR) / "fonts";
  std::string bytes = print::render_pdf(handout, options).bytes;
  std::ofstream(out, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

}  // namespace handout::test
