// The header's search box, on Pagefind's browser API. Nothing is fetched until the reader types:
// then pagefind.js, its small entry file and only the index chunks a query needs, and the
// excerpts of the first few results. Results are links; Down/Up move between them, Escape
// closes the list and goes back to the box. On a phone the search button opens the field over
// the header bar and Escape (or the close button) closes it, back to the search button.
// Text from the index is set with textContent.
(() => {
  const box = document.querySelector(".ubg-search");
  if (!box) return;
  const input = box.querySelector("input");
  const panel = box.querySelector(".ubg-search__panel");
  const status = box.querySelector(".ubg-search__status");
  const list = box.querySelector(".ubg-search__results");
  const opener = box.querySelector(".ubg-search__open");
  const closer = box.querySelector(".ubg-search__close");
  const SHOWN = 8;
  let pagefind = null;
  let asked = 0;

  function load() {
    pagefind ??= import(new URL(box.dataset.pagefind, document.baseURI).href)
      .then(async (module) => {
        await module.options({ baseUrl: new URL(box.dataset.root, document.baseURI).pathname,
                               excerptLength: 14 });
        return module;
      })
      .catch(() => null);
    return pagefind;
  }

  function plain(html) {  // Pagefind's excerpt marks the words found; the reader gets text
    return new DOMParser().parseFromString(html, "text/html").body.textContent || "";
  }

  function item(result) {
    const link = document.createElement("a");
    link.href = result.url;
    const title = document.createElement("strong");
    title.textContent = result.meta.title || result.url;
    const excerpt = document.createElement("span");
    excerpt.textContent = plain(result.excerpt);
    link.append(title, excerpt);
    const li = document.createElement("li");
    li.append(link);
    return li;
  }

  function show(text, items = []) {
    status.textContent = text;
    list.replaceChildren(...items);
    panel.hidden = false;
  }

  function close() {
    panel.hidden = true;
    list.replaceChildren();
  }

  async function find() {
    const query = input.value.trim();
    const mine = ++asked;
    if (!query) return close();
    const module = await load();
    if (mine !== asked) return;
    if (!module) {
      show("Search works in the built site (python -m generator site), not in this preview.");
      return;
    }
    const search = await module.debouncedSearch(query, {}, 200);
    if (search === null || mine !== asked) return;  // a later keystroke took over
    const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== asked) return;
    const count = search.results.length;
    show(count ? `${count} ${count === 1 ? "page" : "pages"} found` : "Nothing found",
         results.map(item));
  }

  function links() {
    return Array.from(list.querySelectorAll("a"));
  }

  function move(by) {
    const all = links();
    const at = all.indexOf(document.activeElement);
    const next = at + by;
    if (next < 0) input.focus();
    else if (next < all.length) all[next].focus();
  }

  // The phone's field over the header bar (the class does nothing on a wider screen).
  const isOpen = () => box.classList.contains("ubg-search--open");
  function openField() {
    box.classList.add("ubg-search--open");
    opener.setAttribute("aria-expanded", "true");
    input.focus();
  }
  function closeField(backToButton) {
    close();
    box.classList.remove("ubg-search--open");
    opener.setAttribute("aria-expanded", "false");
    if (backToButton) opener.focus();
  }

  opener.addEventListener("click", openField);
  closer.addEventListener("click", () => closeField(true));
  box.addEventListener("focusout", (event) => {  // Tab out of the field: it closes behind you
    if (isOpen() && event.relatedTarget && !box.contains(event.relatedTarget)) closeField(false);
  });
  input.addEventListener("input", find);
  box.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape" && isOpen()) { event.preventDefault(); closeField(true); }
    else if (event.key === "Escape") { event.preventDefault(); close(); input.focus(); }
    else if (event.key === "Enter" && event.target === input && links().length) {
      event.preventDefault();
      links()[0].click();
    }
  });
  document.addEventListener("click", (event) => {
    if (box.contains(event.target)) return;
    if (isOpen()) closeField(false);
    else panel.hidden = true;
  });
})();
