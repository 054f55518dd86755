"""The committee handout computed once, without Qt (issue 13)."""
