<?xml version="1.0" encoding="UTF-8"?>
<!-- The lexeme role attribute is not supported. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme role="noun">
    <grapheme>PT</grapheme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
