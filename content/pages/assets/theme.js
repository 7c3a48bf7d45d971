// What the guide used of Material's own script, in plain JavaScript. Material's bundle (about
// 130 kB of code, evaluated on every page) was most of a phone's blocked main thread at load,
// for a few effects: the header's shadow and page title once the reader scrolls, the tabs that
// step aside, the back-to-top button, the table of contents that marks the section being read,
// the drawer that closes after a link on the same page, and focus rings for the keyboard only.
// The colour scheme toggle has its own script, right after the header
// (overrides/partials/javascripts/palette.html), so the first paint is in the right scheme.
// Everything here is read from the page on a scroll, at most once a frame.
(() => {
  const header = document.querySelector("[data-md-component=header]");
  const title = document.querySelector("[data-md-component=header-title]");
  const heading = document.querySelector(".md-content h1");
  const main = document.querySelector("[data-md-component=main]");
  const tabs = document.querySelector("[data-md-component=tabs]");
  const top = document.querySelector("[data-md-component=top]");
  const drawer = document.getElementById("__drawer");
  const toc = Array.from(
    document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']"),
    (link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }),
  ).filter((entry) => entry.target);

  let lastY = 0;  // read in the first update, not now: reading it now would force a layout
  let pending = false;

  function update() {
    pending = false;
    const y = window.scrollY;
    const bar = header ? header.getBoundingClientRect().bottom : 0;
    const inMain = main ? main.getBoundingClientRect().top <= bar : false;
    if (header) header.classList.toggle("md-header--shadow", inMain);
    if (title && heading) {
      const box = heading.getBoundingClientRect();
      title.classList.toggle("md-header__title--active", box.height > 0 && box.bottom <= bar);
    }
    if (tabs) tabs.hidden = y >= 10;
    if (top) {
      const hidden = !(inMain && y < lastY && y > 0);  // shown while scrolling back up
      if (top.hidden !== hidden) {
        top.hidden = hidden;
        if (hidden) {
          top.setAttribute("tabindex", "-1");
          top.blur();
        } else {
          top.removeAttribute("tabindex");
        }
      }
    }
    if (toc.length) {
      let current = null;
      toc.forEach((entry) => {
        if (entry.target.getBoundingClientRect().top <= bar + 1) current = entry;
      });
      toc.forEach((entry) => {
        const passed = current !== null && entry !== current
          && entry.target.getBoundingClientRect().top <= bar + 1;
        entry.link.classList.toggle("md-nav__link--active", entry === current);
        entry.link.classList.toggle("md-nav__link--passed", passed);
      });
    }
    lastY = y;
  }

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  }

  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule, { passive: true });
  schedule();  // a page may open at an anchor or with its place kept

  if (top) {
    top.addEventListener("click", (event) => {
      event.preventDefault();
      window.scrollTo({ top: 0 });
    });
  }

  // A link to a place on the same page closes the phone's drawer once the page has moved.
  window.addEventListener("hashchange", () => {
    if (drawer && drawer.checked) setTimeout(() => { drawer.checked = false; }, 125);
  });

  // Material's styles draw focus rings on elements with the class focus-visible (they used a
  // polyfill); the browser's own :focus-visible says when a ring belongs.
  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (target.matches?.(":focus-visible")) target.classList.add("focus-visible");
  });
  document.addEventListener("focusout", (event) => {
    event.target.classList?.remove("focus-visible");
  });

  // The browser's own colours (scroll bars, the address bar on a phone) follow the scheme.
  const themeColor = document.createElement("meta");
  themeColor.name = "theme-color";
  const colorScheme = document.createElement("meta");
  colorScheme.name = "color-scheme";
  document.head.append(themeColor, colorScheme);
  function followScheme() {
    if (!header) return;
    const style = window.getComputedStyle(header);
    colorScheme.content = style.colorScheme;
    const rgb = style.backgroundColor.match(/\d+/g) || [];
    themeColor.content = `#${rgb.slice(0, 3).map((value) => Number(value).toString(16).padStart(2, "0")).join("")}`;
  }
  // After the first frame: reading the header's style then costs nothing to the first paint.
  requestAnimationFrame(() => setTimeout(followScheme));
  const palette = document.querySelector("[data-md-component=palette]");
  if (palette) palette.addEventListener("change", followScheme);
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", followScheme);
})();
