<?xml version="1.0" encoding="UTF-8"?>
<!-- The lexicon has no xml:lang attribute. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa">
  <lexeme>
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
