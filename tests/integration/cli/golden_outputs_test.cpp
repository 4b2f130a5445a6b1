// The samples' outputs are byte-for-byte those recorded in tests/golden: a refactoring changes
// no output byte. A change meant to alter them updates the record with
// scripts/update-golden.sh and says why in its commit.
#include <doctest/doctest.h>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;

TEST_CASE("every sample's PDF MP3 and SSML are byte-identical to the recorded ones") {
  TempDir out;
  const std::string source = HANDOUT_SOURCE_DIR;
  const ProcessResult built =
      run_process({"env", "SOURCE_DATE_EPOCH=0", handout_binary, "build", "--quiet", "--content",
                   source + "/content", "--out", out.path().string()});
  REQUIRE(built.exit_code == 0);
  const ProcessResult check = run_process(
      {"sha256sum", "--check", "--strict", source + "/tests/golden/sample-outputs.sha256"},
      out.path());
  INFO(check.out);
  CHECK(check.exit_code == 0);
}
