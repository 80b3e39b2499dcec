"""Interface texts: user messages and translators."""
