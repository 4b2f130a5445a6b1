#pragma once
// The command line: `handout check|build|watch …`, parsed by CLI11 into plain values. Each
// format's options come from the list of writers.
#include <filesystem>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "writer/option.h"
#include "writer/tool.h"

namespace handout::cli {

enum ExitCode : int { exit_ok = 0, exit_failed = 1, exit_usage = 2 };

struct CheckOptions {
  std::filesystem::path content = "content";
  std::filesystem::path fonts_dir;  // --fonts; else located at run time (fonts_location.h)
  std::vector<std::string> ids;
  bool strict = false;  // warnings count as errors
  bool quiet = false;   // warnings are counted, not printed
};

struct BuildOptions {
  std::filesystem::path content = "content";
  std::filesystem::path out = "out";
  std::filesystem::path fonts_dir;  // --fonts; else located at run time (fonts_location.h)
  std::vector<std::string> ids;
  std::vector<std::string> formats;  // writer names, in the list's order; all by default
  writer::OptionValues values;       // every writer's options
  int jobs = 1;  // worker processes; the command line defaults it to the number of cores
  bool quiet = false;
  // A rebuild of `watch`: no line for an unchanged handout, nothing at all when nothing
  // changed, and the time before the summary.
  bool changes_only = false;
  // Build into an output folder that belongs to another content folder or holds files the
  // build did not make (out_folder.h foreign_folder_problem).
  bool take_over = false;
};

struct WatchOptions {
  BuildOptions build;
};

// A format's tool (writer::Writer::tools) and what the command line gave it.
struct ToolRun {
  writer::Tool tool;
  std::string argument;
  writer::OptionValues values;
  std::filesystem::path content = "content";  // its clinic.xml and lexicons, when it exists
};

// What to do after parsing: run a command, or stop with an exit code (help, version and
// usage errors have already printed what they had to say).
using Parsed = std::variant<CheckOptions, BuildOptions, WatchOptions, ToolRun, ExitCode>;

Parsed parse_command_line(std::span<char*> args);

}  // namespace handout::cli
