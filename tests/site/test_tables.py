"""The index tables on a wide screen: their columns are set before the rows arrive
(table-layout: fixed, guide.css), and each must still hold its longest word whole."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

# Words of the table's cells that the browser draws over more than one line (the parts of a
# hyphenated word, "Wind-Down", count as words: a line may end at the hyphen).
BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const cell of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [720, 1024, 1280])
@pytest.mark.parametrize(("path", "table"), [("routines/", "ubg-routines"),
                                             ("exercises/", "ubg-exercises")])
def test_no_word_in_an_index_table_is_broken_across_lines(browser: Any, site_url: str,
                                                         path: str, table: str,
                                                         width: int) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + path, wait_until="networkidle")
    broken = page.evaluate(BROKEN_WORDS, f"table.{table} td")
    page.close()
    assert broken == []
