#include "rendered.h"

#include <fstream>
#include <map>
#include <stdexcept>

#include "process.h"
#include "render_to_file.h"
#include "run_cache.h"
#include "sample_handout.h"
#include "tools.h"

namespace handout::test {

namespace {

std::filesystem::path content_dir(const std::string& where) {
  const std::filesystem::path source(HANDOUT_SOURCE_DIR);
  if (where == "exercise") return testing::exercise_content();
  if (where == "table") return testing::table_content();
  return where == "content" ? source / "content" : source / "tests/integration/print/data";
}

nlohmann::json read_with_pdfjs(const std::filesystem::path& pdf) {
  const std::filesystem::path script =
      std::filesystem::path(HANDOUT_SOURCE_DIR) / "tests/integration/print/js/read_pdf.mjs";
  const ToolOutput out = run_tool({"node", script.string(), pdf.string()});
  if (out.status != 0)
    throw std::runtime_error("pdf.js could not read " + pdf.string() + ":\n" + out.err);
  return nlohmann::json::parse(out.out);
}

}  // namespace

const Rendered& rendered(const std::string& where, const std::string& id,
                         print::PrintOptions options) {
  static std::map<std::string, Rendered> cache;
  const std::string key = where + "-" + id + "-" + std::to_string(options.body_size) +
                          (options.paper == print::Paper::a4 ? "-a4" : "-letter") +
                          (options.qr ? "" : "-no-qr");
  if (const auto found = cache.find(key); found != cache.end()) return found->second;
  Rendered r{testing::read_handout_in(content_dir(where), id), {}, {}, {}, {}};
  r.expected = expected_content(r.handout);
  // Every test process of a run reads the same PDF and what pdf.js found in it.
  const std::filesystem::path source(HANDOUT_SOURCE_DIR);
  const std::filesystem::path folder = testing::cache_folder(
      {content_dir(where), source / "fonts", source / "tests/integration/print/js/read_pdf.mjs",
       source / "tests/integration/print/js/package-lock.json"});
  r.pdf = testing::cached_file(folder, key + ".pdf", [&](const std::filesystem::path& part) {
    render_to_file(r.handout, options, part);
  });
  r.bytes = testing::read_all(r.pdf);
  const std::filesystem::path json =
      testing::cached_file(folder, key + ".json", [&](const std::filesystem::path& part) {
        std::ofstream(part, std::ios::binary) << read_with_pdfjs(r.pdf).dump();
      });
  r.pdfjs = nlohmann::json::parse(testing::read_all(json));
  return cache.emplace(key, std::move(r)).first->second;
}

std::vector<std::pair<std::string, std::string>> all_handouts() {
  return {{"content", "low-back-exercises"}, {"content", "hielo-y-calor"},
          {"content", "dry-needling"},       {"content", "knee-strengthening"},
          {"test", "long-handout"},          {"exercise", "exercise-sampler"}};
}

std::string normalise(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace handout::test
