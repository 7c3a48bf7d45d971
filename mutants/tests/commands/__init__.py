"""Tests of generator/commands/."""
