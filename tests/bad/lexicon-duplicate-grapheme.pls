<?xml version="1.0" encoding="UTF-8"?>
<!-- "PT" is given twice, with two aliases: which one the audio says would be a guess. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
  <lexeme>
    <grapheme>PTs</grapheme>
    <grapheme>PT</grapheme>
    <alias>physical therapy</alias>
  </lexeme>
</lexicon>
