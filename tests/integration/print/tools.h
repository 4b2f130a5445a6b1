#pragma once
// Test support: runs the independent PDF tools and captures what they print.
#include <filesystem>
#include <string>
#include <vector>

namespace handout::test {

struct ToolOutput {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `command` (arguments are shell-quoted) and captures stdout and stderr.
ToolOutput run_tool(const std::vector<std::string>& command);

// The text of each page of `pdf` as pdftotext reads it (UTF-8), in one run: pdftotext ends
// every page with a form feed.
std::vector<std::string> page_texts(const std::filesystem::path& pdf);

// A fresh directory under the system temp dir, removed at exit of the test process.
std::filesystem::path temp_dir();

// Rendered page as 8-bit grey pixels (pdftoppm -gray, PGM).
struct GreyImage {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;
  unsigned char at(int x, int y) const {
    return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                  static_cast<std::size_t>(x)];
  }
};
GreyImage render_page(const std::filesystem::path& pdf, int page, int dpi);

}  // namespace handout::test
