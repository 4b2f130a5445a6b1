<?xml version="1.0" encoding="UTF-8"?>
<!-- version must be 1.0. -->
<lexicon version="2.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
