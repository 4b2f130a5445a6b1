#include "braille/louis.h"

#include <liblouis.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "braille/own_tables.h"

namespace handout::braille::louis {

namespace {

static_assert(sizeof(widechar) == 4, "liblouis built with 32-bit widechar (Debian's is)");

std::mutex& lock() {
  static std::mutex mutex;
  return mutex;
}

std::string& captured() {
  static std::string log;
  return log;
}

void capture(logLevels level, const char* message) {
  if (level < LOU_LOG_WARN || message == nullptr) return;
  std::string& log = captured();
  if (!log.empty()) log += "; ";
  log += message;
}

// Holds the lock, with liblouis's log going into `captured()` for the time of one call.
class Session {
 public:
  Session() : guard_(lock()) {
    static std::once_flag once;
    std::call_once(once, [] { lou_registerLogCallback(capture); });
    captured().clear();
  }
  std::string log() const { return captured(); }

 private:
  std::lock_guard<std::mutex> guard_;
};

[[noreturn]] void fail(const std::string& what, const Session& session) {
  const std::string log = session.log();
  throw std::runtime_error("liblouis: " + what + (log.empty() ? "" : ": " + log));
}

formtype formtype_of(Form form) {
  switch (form) {
    case Form::no_contract:
      return no_contract;
    case Form::emphasis:
      return emph_3;  // bold, as print shows <em>: UEB's bold indicators (its tables' third class)
    default:
      return plain_text;
  }
}

// Adds the tool's own rows to the list before its first use (under the session's lock).
void prepare(const std::string& table_list, const Session& session) {
  static std::set<std::string> prepared;
  if (!prepared.insert(table_list).second) return;
  std::istringstream lines{std::string(own_rows(table_list))};
  for (std::string line; std::getline(lines, line);) {
    if (line.find_first_not_of(" \t") == std::string::npos || line.starts_with('#')) continue;
    if (lou_compileString(table_list.c_str(), line.c_str()) == 0)
      fail("cannot add \"" + line + "\" to " + table_list, session);
  }
}

}  // namespace

std::string version() {
  return lou_version();
}

void check_table(const std::string& table_list) {
  const Session session;
  prepare(table_list, session);
  if (lou_checkTable(table_list.c_str()) == 0) fail("cannot load " + table_list, session);
}

std::u32string translate(const std::string& table_list, std::u32string_view text,
                         const std::vector<Form>& forms, bool transcriber_note,
                         std::vector<int>* from) {
  const Session session;
  prepare(table_list, session);
  // The class's typeform bit, or 0 when the table has no such class.
  const formtype note = transcriber_note
                            ? lou_getTypeformForEmphClass(table_list.c_str(), "transnote")
                            : static_cast<formtype>(plain_text);
  std::vector<widechar> in(text.begin(), text.end());
  for (std::size_t room = 4 * in.size() + 16;; room *= 2) {
    std::vector<widechar> out(room);
    // liblouis writes the output's forms back into the typeform buffer: as long as `out`.
    std::vector<formtype> typeform(room, plain_text);
    for (std::size_t i = 0; i < in.size(); ++i)
      typeform[i] = static_cast<formtype>(
          (i < forms.size() ? formtype_of(forms[i]) : formtype{plain_text}) | note);
    std::vector<int> input_pos(room, 0);
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(room);
    if (lou_translate(table_list.c_str(), in.data(), &in_length, out.data(), &out_length,
                      typeform.data(), nullptr, nullptr, input_pos.data(), nullptr,
                      dotsIO | ucBrl | noUndefined) == 0)
      fail("cannot translate with " + table_list, session);
    if (in_length != static_cast<int>(in.size())) continue;
    if (from) from->assign(input_pos.begin(), input_pos.begin() + out_length);
    return {out.begin(), out.begin() + out_length};
  }
}

std::u32string back_translate(const std::string& table_list, std::u32string_view braille) {
  const Session session;
  prepare(table_list, session);
  std::vector<widechar> in(braille.begin(), braille.end());
  for (std::size_t room = 4 * in.size() + 16;; room *= 2) {
    std::vector<widechar> out(room);
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(room);
    if (lou_backTranslateString(table_list.c_str(), in.data(), &in_length, out.data(), &out_length,
                                nullptr, nullptr, 0) == 0)
      fail("cannot back-translate with " + table_list, session);
    if (in_length == static_cast<int>(in.size())) return {out.begin(), out.begin() + out_length};
  }
}

std::vector<std::string> table_files(const std::string& table_list) {
  const std::filesystem::path folder = HANDOUT_LOUIS_TABLES_DIR;
  std::vector<std::string> pending, found;
  std::set<std::string> seen;
  std::stringstream names(table_list);
  for (std::string name; std::getline(names, name, ',');) pending.push_back(name);
  while (!pending.empty()) {
    const std::string name = pending.back();
    pending.pop_back();
    if (!seen.insert(name).second) continue;
    const std::filesystem::path file = folder / name;
    if (!std::filesystem::is_regular_file(file)) continue;
    found.push_back(file.string());
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
      std::istringstream words(line);
      std::string opcode, included;
      if (words >> opcode >> included && opcode == "include") pending.push_back(included);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace handout::braille::louis
