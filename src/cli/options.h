#pragma once
// The command line: `handout check|build …`, parsed by CLI11 into plain values.
#include <filesystem>
#include <span>
#include <string>
#include <variant>
#include <vector>

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
  print::PrintOptions print;
  speech::SpeechOptions speech;
};

// What to do after parsing: run a command, or stop with an exit code (help, version and
// usage errors have already printed what they had to say).
using Parsed = std::variant<CheckOptions, BuildOptions, ExitCode>;

Parsed parse_command_line(std::span<char*> args);

}  // namespace handout::cli
