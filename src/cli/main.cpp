// handout: the command-line entry point.
#include <exception>
#include <iostream>

#include "cli/check_command.h"
#include "cli/options.h"

int main(int argc, char** argv) {
  using namespace handout::cli;
  try {
    const Parsed parsed = parse_command_line({argv, static_cast<std::size_t>(argc)});
    if (const auto* code = std::get_if<ExitCode>(&parsed)) return *code;
    return run_check(std::get<CheckOptions>(parsed));
  } catch (const std::exception& error) {
    std::cerr << "handout: " << error.what() << '\n';
    return exit_failed;
  }
}
