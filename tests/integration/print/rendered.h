#pragma once
// Test support: the handouts under test, each rendered once per option set and read back once
// with each tool; shared by the test cases of this executable.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "expected_text.h"
#include "model/handout.h"
#include "print/pdf_writer.h"

namespace handout::test {

struct Rendered {
  model::Handout handout;
  Expected expected;
  std::filesystem::path pdf;
  std::string bytes;
  nlohmann::json pdfjs;  // tests/integration/print/js/read_pdf.mjs
};

// `where` is "content" (the samples), "test" (tests/integration/print/data) or "exercise"
// (tests/data/exercise-content, with every block of issue 24) or "table"
// (tests/data/table-content: tables and checklists of issue 25).
const Rendered& rendered(const std::string& where, const std::string& id,
                         print::PrintOptions options = {});

// All handouts under test: the samples, the long one and the exercise sampler.
std::vector<std::pair<std::string, std::string>> all_handouts();

// Collapses runs of whitespace to one space and trims.
std::string normalise(const std::string& text);

}  // namespace handout::test
