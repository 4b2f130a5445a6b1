#pragma once
// The command line: `handout check|build …`, parsed by CLI11 into plain values.
#include <filesystem>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "cli/say_command.h"
#include "print/pdf_writer.h"
#include "speech/audio_writer.h"

namespace handout::cli {

enum ExitCode : int { exit_ok = 0, exit_failed = 1, exit_usage = 2 };

struct CheckOptions {
  std::filesystem::path content = "content";
  std::vector<std::string> ids;
};

struct BuildOptions {
  std::filesystem::path content = "content";
  std::filesystem::path out = "out";
  std::vector<std::string> ids;
  print::PrintOptions print = {.fonts_dir = HANDOUT_FONTS_DIR};
  speech::SpeechOptions speech;
  int jobs = 1;  // worker processes; the command line defaults it to the number of cores
  bool quiet = false;
};

// What to do after parsing: run a command, or stop with an exit code (help, version and
// usage errors have already printed what they had to say).
struct WatchOptions {
  BuildOptions build;
};

using Parsed = std::variant<CheckOptions, BuildOptions, WatchOptions, SayOptions, ExitCode>;

Parsed parse_command_line(std::span<char*> args);

}  // namespace handout::cli
