#pragma once
// The spoken script: a handout as SSML for eSpeak NG, with a <mark> where each chapter
// starts. A pure function of the model and the lexicon.
//
// Order: title, subtitle, "By …", a spoken table of contents (top-level sections, exercises
// and the contact block), the body in reading order (each section's or exercise's heading
// after a pause of at least 600 ms and followed by a shorter one; lists announced with their
// size, items as sentences; "Step n of N."; "Picture: <description>." then the caption; an
// exercise's dose as one sentence (model/plan.h words it); a note's label first, "Emergency.",
// an urgent note's after a pause; a table's caption, then one sentence introducing it with its
// columns' names ("A table of 4 rows: Exercise, Sets, Times, How often."), then one sentence
// a row, each value after its column's name and a blank cell left out ("Pendulum: Sets, 2;
// Times, 10; How often, 3 times a day."), a pause after each; a checklist announced with its
// size ("A checklist of 5 items."), each item a sentence with a pause, a ticked one said so
// first ("Ticked: Heel slides."); a link's words, its address only when it has no words; the
// contact block), then the revision date and a closing line. The words the script adds come
// from the plan, in the handout's language. Chapters: one opening chapter (the title), then
// one per section and exercise at any depth and one for the contact block, in reading order
// (a table or checklist is no chapter of its own); no two chapters have the same title.
//
// Sentence marks: a <mark name="u7-s2"/> for every sentence of every unit the script reads
// (model/reading_order.h names units and sentences; lang/sentences.h cuts them): the title,
// subtitle, byline ("By …", one sentence), headings, exercises' names, paragraphs, items,
// steps, notes, pictures' descriptions and captions, doses (one sentence each), tables'
// captions, introductions and rows (one sentence each), checklists' introductions (one
// sentence) and items. Words the
// script adds to a unit are in its first sentence: a list's announcement ("A list of 3
// items.") in its first item's, "Step 2 of 5." in the step's, "Picture:" in the description's,
// the label in a note's (a note of blocks: its label unit's one sentence), "Ticked:" in a
// ticked item's. The
// contact block has one mark for its heading and the clinic-wide details ("<unit>-s1") and one
// per office ("<unit>-s2", …). A unit's first mark is before its words; a later sentence's is
// where the words of the sentence before it end, before its full stop (ssml.h,
// sentence_tail): eSpeak NG drops a mark after a full stop, and so the pause between two
// sentences starts the second one's clip. The spoken table of contents and the closing have
// sentence marks too, each at the start of its <s> ("contents-s1", …, "closing-s1", …:
// model/reading_order.h), so every stretch of the recording after the first mark is a sentence's.
#include <span>
#include <string>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::reading {

struct ScriptChapter {
  std::string mark;   // the <mark name> where it starts
  std::string id;     // "intro", the section's or exercise's id, or "contact"
  std::string title;  // the printed heading (the handout's title for "intro"), made unique
};

struct Script {
  std::string ssml;
  std::string voice;  // the language of the voice that says it: its <speak xml:lang>
  std::vector<ScriptChapter> chapters;
  std::vector<std::string> sentence_marks;  // every sentence's mark name, in reading order
};

// `clinical`: the tool's clinical lexicon of the handout's language, or none. `voices`: the
// languages of eSpeak NG's installed voices (speech::voice_main_languages()), from which the
// script's <speak xml:lang> and each <voice xml:lang> name the voice that says it
// (reading/voice_choice.h); empty: the tags as written, and eSpeak NG chooses.
Script build_script(const model::Handout& handout, const model::Lexicon& lexicon,
                    const model::ClinicalLexicon* clinical = nullptr,
                    std::span<const std::string> voices = {});

// The SSML build_script() writes for `paragraph`, one of the handout's blocks, with its
// sentence marks: what `handout say` prints, read with the same clinic, lexicons, voices, rules
// and sentences as a build.
std::string paragraph_script(const model::Handout& handout, const model::Paragraph& paragraph,
                             const model::Lexicon& lexicon,
                             const model::ClinicalLexicon* clinical = nullptr,
                             std::span<const std::string> voices = {});

// Pauses, in milliseconds.
inline constexpr int pause_before_heading_ms = 900;
inline constexpr int pause_before_subheading_ms = 700;
inline constexpr int pause_after_heading_ms = 400;
inline constexpr int pause_after_item_ms = 500;  // after a list's or checklist's item, a row
inline constexpr int pause_before_urgent_note_ms = 600;  // an emergency or a warning

}  // namespace handout::reading
