<?xml version="1.0" encoding="UTF-8"?>
<!-- A <lexeme> has no <grapheme>. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <alias>physical therapist</alias>
  </lexeme>
</lexicon>
