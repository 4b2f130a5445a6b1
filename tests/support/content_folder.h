#pragma once
// Test support: a content folder a test writes itself in a temporary directory, its output
// folder beside it, and `handout check` run on it.
#include <filesystem>
#include <string>

#include "cli_fixture.h"
#include "process.h"

namespace handout::testing {

// A clinic with a name and a number and nothing a check calls a placeholder, for tests about
// what a handout says.
inline const std::string plain_clinic =
    "<clinic><name>Test Clinic</name><phone>(207) 555-0242</phone></clinic>\n";

struct ContentFolder {
  TempDir dir;
  std::filesystem::path content = dir.path() / "content";
  std::filesystem::path out = dir.path() / "out";

  void clinic(const std::string& xml) const { write_file(content / "clinic.xml", xml); }
  void handout(const std::string& id, const std::string& xml) const {
    write_file(content / "handouts" / (id + ".xml"), xml);
  }
  ProcessResult check() const {
    return run_process({handout_binary, "check", "--content", content.string()});
  }
};

}  // namespace handout::testing
