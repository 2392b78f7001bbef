"""Helpers shared by the app (AppTest) and e2e (browser) tests."""
