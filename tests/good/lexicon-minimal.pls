<?xml version="1.0" encoding="UTF-8"?>
<!-- Valid: a lexeme with two graphemes. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>PTs</grapheme>
    <grapheme>PT’s</grapheme>
    <alias>physical therapists</alias>
  </lexeme>
</lexicon>
