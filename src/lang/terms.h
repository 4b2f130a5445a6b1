#pragma once
// The words the tool itself adds to a handout ("Page 1 of 3", "Step 2 of 4.", "How to reach
// us"), in the handout's language, for every writer: one table per language of ICU
// MessageFormat patterns, like pandoc's translations. Counts agree in number by ICU's
// plural rules and dates are worded by ICU, so a new language is a new table, not code.
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "lang/language.h"
#include "model/date.h"
#include "model/handout.h"
#include "model/inline.h"
#include "model/language_tag.h"

namespace handout::lang {

struct TermTable;

// What a patient gets in a file, whatever its format: "Large print (PDF)", "Braille (BRF)".
enum class Medium {
  large_print,
  recording,
  script,
  web_page,
  read_along_book,
  talking_book,
  braille,
};
inline constexpr std::size_t medium_count = 7;

// What a patient can get of every handout, in the order a handout names them: the media of
// the writers' declared outputs for patients (writer::OutputKind::for_patients). A format knows
// no other, so this list is checked against the list of writers (tests/unit/cli), not trusted.
inline constexpr std::array<Medium, 6> patient_media{Medium::large_print,  Medium::recording,
                                                     Medium::web_page,     Medium::read_along_book,
                                                     Medium::talking_book, Medium::braille};

class Terms {
 public:
  explicit Terms(model::LanguageTag tag);

  const model::LanguageTag& tag() const { return tag_; }
  Language language() const { return language_; }

  // Print.
  std::string page_of(int page, int pages) const;              // "Page 2 of 5"
  std::string revised_printed(const model::Date& date) const;  // "Revised November 26, 2026"
  // A link's description for assistive technology: "Call (207) 555-0100".
  std::string link(model::RunKind kind, std::string_view text) const;
  // Beside the QR code to the read-along page, then its address.
  std::string_view listen() const;                  // "Listen to this handout:"
  std::string qr_code(std::string_view url) const;  // "QR code: listen to this handout at …"

  // Opening hours, in print and speech (the names of days and times come from ICU).
  std::string day_range(std::string_view first, std::string_view last) const;  // "Monday to Friday"
  std::string time_range(std::string_view from, std::string_view to) const;    // "7:30 AM to 6 PM"
  std::string hours_line(std::string_view days, std::string_view times) const;
  std::string_view closed() const;          // "closed"
  std::string_view by_appointment() const;  // "by appointment only"

  // Speech.
  std::string_view by() const;                 // "By", before the authors
  std::string parts(std::size_t count) const;  // "This recording has 3 parts:"
  // For more parts than a listener can keep in mind: how many, and how to skip between them.
  std::string many_parts(std::size_t count) const;
  std::string list_of(std::size_t count) const;                   // "A list of 12 items."
  std::string step(std::size_t number, std::size_t count) const;  // "Step 1 of 4."
  std::string_view note_label(model::NoteKind kind) const;  // "Emergency", shown and said first
  std::string_view picture() const;  // "Picture", said before a picture's description
  std::string table_intro(std::size_t rows) const;       // "A table of 4 rows:"
  std::string checklist_intro(std::size_t items) const;  // "A checklist of 5 items."
  // A checklist box's text equivalent: "not done", "done".
  std::string_view check_state(bool checked) const;
  std::string_view ticked() const;  // "Ticked", said before an item the clinic ticked
  // Beside a file in the index that is older than its handout.
  std::string_view stale_output() const;
  std::string_view contact_title() const;      // "How to reach us"
  std::string_view contact_continued() const;  // "How to reach us (continued)", atop a new page
  std::string_view phone() const;              // "Phone:"
  std::string_view again() const;              // "Again:"
  std::string_view fax() const;                // "Fax:", shown and said before a fax number
  std::string_view email() const;              // "Email:"
  std::string_view web() const;                // "Website:"
  std::string_view address() const;            // "Address:"
  std::string_view hours() const;              // "Hours:"
  std::string_view conjunction() const;        // "and", before the last name
  std::string revised_spoken(const model::Date& date) const;  // "This handout was revised on …."
  std::string_view closing() const;                           // "This is the end of …:"
  std::string_view thanks() const;                            // "Thank you for listening."
  std::string_view album() const;                             // the recording's album

  // Pages and books that show the text with the recording.
  std::string_view player() const;           // "Listen", the player's heading
  std::string_view listen_to_part() const;   // "Listen to one part:", before the chapter links
  std::string_view whole_recording() const;  // "From the start", the first chapter's link
  std::string_view no_audio() const;         // for a browser that cannot play the recording
  std::string_view handouts() const;         // "Patient handouts", the index's title
  // "Reading level: grade 7.4", "Reading ease: 68.2 on the INFLESZ scale (bastante fácil)"
  std::string reading_level(const model::ReadingLevel& level) const;
  std::string_view contents() const;  // "Contents", a book's table of contents
  std::string_view pages() const;     // "Pages", a book's list of printed pages
  // What an accessible book offers, for its accessibility summary.
  std::string_view book_summary() const;

  // The other formats, in a line every format shows or says: "large print, audio recording
  // and braille" (as the language lists words, ICU's ListFormatter), then where to get them:
  // "This handout is available in these formats: …; visit example.org/x.html." or, when the
  // clinic publishes none, "…; ask for them at the front desk."
  std::string media_list(std::span<const Medium> media) const;
  std::string available_at(std::string_view media, std::string_view address) const;
  std::string available_ask(std::string_view media) const;

  // Files: what a format's file gives a patient, then the format's own name: "Braille (BRF)".
  std::string output_label(Medium medium, std::string_view format) const;

 private:
  model::LanguageTag tag_;
  Language language_;
  const TermTable* table_;
};

}  // namespace handout::lang
