<?xml version="1.0" encoding="UTF-8"?>
<!-- Text directly inside <lexeme>. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    PT
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
