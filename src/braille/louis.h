#pragma once
// The few liblouis calls the braille writer makes, behind one lock. liblouis keeps global
// state (compiled tables, the log callback), so every call here holds a process-wide mutex
// and captures liblouis's log messages into the error it throws. lou_free() is never called:
// the compiled tables live as long as the process (the build's worker processes are short),
// and freeing them while another thread translates would be unsafe.
#include <string>
#include <string_view>
#include <vector>

namespace handout::braille::louis {

// liblouis's version, e.g. "3.24.0".
std::string version();

// Throws std::runtime_error, with liblouis's log, when the table list does not compile.
// Every call here first adds the tool's own rows for the list (braille/own_tables.h) to
// liblouis's compiled list, once, before anything else uses it: liblouis accepts rows
// only until a list is first used.
void check_table(const std::string& table_list);

enum class Form { plain, no_contract, emphasis };

// `text` in braille with `table_list`, as Unicode braille (dots 7 and 8 included when a table
// gives them). Each character has a form; an undefined character gives no cells at all
// (liblouis's noUndefined mode), never an escape such as '\x00b0/'. A transcriber's note is
// the whole text between the table's transcriber's-note indicators: its emphasis class
// "transnote" (UEB's en-ueb tables: 4-46-126 before, 4-46-345 after); a table without that
// class (liblouis's Spanish tables) gives the text alone.
// `from`, when given, receives for each cell of the result the index of the character of `text`
// it comes from (liblouis's inputPos), so that a caller can tell where a character's cells start.
std::u32string translate(const std::string& table_list, std::u32string_view text,
                         const std::vector<Form>& forms, bool transcriber_note = false,
                         std::vector<int>* from = nullptr);

// Braille ASCII (as the display table of `table_list` reads it) back to print.
std::u32string back_translate(const std::string& table_list, std::u32string_view braille);

// The files of a table list: each table and every table it includes, found in
// liblouis's table folder.
std::vector<std::string> table_files(const std::string& table_list);

}  // namespace handout::braille::louis
