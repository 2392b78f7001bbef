"""Safe decoding of uploads: limits first, then decoding, and typed errors.

Every page that takes files goes through here, so a corrupt, huge, empty or
unexpected file always gets the same clear message in both languages.
"""
