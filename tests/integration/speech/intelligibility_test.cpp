// The intelligibility test (pocketsphinx) is added in the next step.
