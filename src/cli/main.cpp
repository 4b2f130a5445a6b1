// handout: the command-line entry point.
#include <csignal>
#include <exception>
#include <iostream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/options.h"
#include "cli/tool_command.h"
#include "cli/watch_command.h"

int main(int argc, char** argv) {
  using namespace handout::cli;
  // A file size limit (ulimit -f) then fails a write with EFBIG, reported like a full disk,
  // instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    const Parsed parsed = parse_command_line({argv, static_cast<std::size_t>(argc)});
    if (const auto* code = std::get_if<ExitCode>(&parsed)) return *code;
    if (const auto* build = std::get_if<BuildOptions>(&parsed)) return run_build(*build);
    if (const auto* watch = std::get_if<WatchOptions>(&parsed)) return run_watch(watch->build);
    if (const auto* tool = std::get_if<ToolRun>(&parsed)) return run_tool(*tool);
    return run_check(std::get<CheckOptions>(parsed));
  } catch (const std::exception& error) {
    std::cerr << "handout: " << error.what() << '\n';
    return exit_failed;
  }
}
