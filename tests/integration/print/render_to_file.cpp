#include "render_to_file.h"

#include <fstream>

namespace handout::test {

std::string render_to_file(const model::Handout& handout, print::PrintOptions options,
                           const std::filesystem::path& out) {
  options.fonts_dir = std::filesystem::path(HANDOUT_SOURCE_DIR) / "fonts";
  std::string bytes = print::render_pdf(handout, options).bytes;
  std::ofstream(out, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

}  // namespace handout::test
