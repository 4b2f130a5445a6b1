#pragma once
// Small pieces of SSML 1.0 as eSpeak NG 1.51 reads it: double-quoted attributes only.
#include <string>
#include <string_view>

namespace handout::reading {

// The text with &, <, > and " escaped.
std::string escape(std::string_view text);

std::string pause(int milliseconds);                                  // <break time="…ms"/>
std::string mark(std::string_view name);                              // <mark name="…"/>
std::string element(std::string_view tag, std::string_view content);  // <tag>content</tag>
std::string slower(std::string_view content);  // <prosody rate="…">content</prosody>

// eSpeak NG 1.51 says "dot" for a full stop that ends an <s> after anything but a letter or
// a digit: "(IMT).", "20%.", "<emphasis>now</emphasis>." (and after "04000", which the
// normaliser spells out). The </s> ends the sentence anyway and a full stop there changes
// nothing else, so this removes such full stops.
std::string drop_spoken_full_stops(std::string ssml);

// Where the words of `ssml`'s last sentence end: before the punctuation, closing quotes and
// brackets, end tags and spaces that follow them. eSpeak NG 1.51 drops a <mark> written after
// a full stop inside an <s> (it looks ahead from the full stop for a lower-case letter), so
// the mark of the sentence that follows goes here; the audio is the same.
std::size_t sentence_tail(std::string_view ssml);

// The words of a piece of SSML, as a listener hears them: its tags left out (a pause between
// words is a space), its character references unescaped, spaces collapsed.
std::string ssml_words(std::string_view ssml);

// Whether printed text already ends a sentence (".", "?", "!", "…" or ":" before any
// closing quotes or brackets); otherwise the script adds a full stop.
bool ends_sentence(std::string_view printed);

}  // namespace handout::reading
