"""Tests of generator/models/."""
