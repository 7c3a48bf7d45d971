"""Tests of generator/figure/."""
