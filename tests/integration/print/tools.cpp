#include "tools.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace handout::test {

namespace {

std::string quote(const std::string& argument) {
  std::string out = "'";
  for (const char c : argument) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct TempRoot {
  std::filesystem::path path;
  TempRoot() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "handout-print-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temp directory");
    path = pattern;
  }
  ~TempRoot() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

}  // namespace

std::filesystem::path temp_dir() {
  static TempRoot root;
  static int counter = 0;
  const std::filesystem::path dir = root.path / std::to_string(++counter);
  std::filesystem::create_directories(dir);
  return dir;
}

ToolOutput run_tool(const std::vector<std::string>& command) {
  const std::filesystem::path err_file = temp_dir() / "stderr.txt";
  std::string line;
  for (const std::string& argument : command) line += quote(argument) + ' ';
  line += "2>" + quote(err_file.string());
  ToolOutput result;
  FILE* pipe = popen(line.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + line);
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_file);
  return result;
}

std::vector<std::string> page_texts(const std::filesystem::path& pdf) {
  const ToolOutput out = run_tool({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
  if (out.status != 0) throw std::runtime_error("pdftotext failed: " + out.err);
  std::vector<std::string> pages;
  for (std::size_t at = 0, end; (end = out.out.find('\f', at)) != std::string::npos; at = end + 1)
    pages.push_back(out.out.substr(at, end - at));
  return pages;
}

GreyImage render_page(const std::filesystem::path& pdf, int page, int dpi) {
  const std::filesystem::path prefix = temp_dir() / "page";
  const ToolOutput out =
      run_tool({"pdftoppm", "-gray", "-r", std::to_string(dpi), "-f", std::to_string(page), "-l",
                std::to_string(page), "-singlefile", pdf.string(), prefix.string()});
  if (out.status != 0) throw std::runtime_error("pdftoppm failed: " + out.err);
  std::istringstream in(read_file(prefix.string() + ".pgm"));
  std::string magic;
  int max = 0;
  GreyImage image;
  in >> magic >> image.width >> image.height >> max;
  in.get();
  if (magic != "P5" || max != 255) throw std::runtime_error("unexpected pdftoppm output");
  image.pixels.resize(static_cast<std::size_t>(image.width) *
                      static_cast<std::size_t>(image.height));
  in.read(reinterpret_cast<char*>(image.pixels.data()),
          static_cast<std::streamsize>(image.pixels.size()));
  return image;
}

}  // namespace handout::test
