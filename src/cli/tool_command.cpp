#include "cli/tool_command.h"

#include <optional>
#include <vector>

#include "cli/report.h"
#include "content/content_folder.h"

namespace handout::cli {

ExitCode run_tool(const ToolRun& run) {
  std::error_code error;
  // Outside a content folder the tool reads with no clinic and no lexicon.
  if (!std::filesystem::is_directory(run.content, error))
    return static_cast<ExitCode>(run.tool.run(run.argument, run.values, {}));
  model::Diagnostics problems;
  const std::optional<model::Clinic> clinic = content::load_clinic(run.content, problems);
  const std::optional<std::vector<model::Lexicon>> lexicons =
      content::load_lexicons(run.content, problems);
  if (!clinic || !lexicons) {
    // What stops every build of the folder stops the tool too.
    print_diagnostics(problems);
    return exit_failed;
  }
  return static_cast<ExitCode>(run.tool.run(run.argument, run.values, {&*clinic, &*lexicons}));
}

}  // namespace handout::cli
