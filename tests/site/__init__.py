"""Tests of the built site in real headless Chromium: the pages, their scripts and styles."""
