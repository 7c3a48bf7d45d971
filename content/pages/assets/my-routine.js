// My routine: a routine the reader builds from the guide's exercises, kept on this device and
// carried whole by the page's address (my-routine/#r=cat-cow.2,chin-tuck.0: id and dose index).
// Every time comes from the JSON the generator published (each allowed dose with its phases and
// seconds, READY_S, CHANGE_S): this script only joins phases and adds seconds. A link is a
// stranger's input: it is read as plain ids and numbers, and shown only with textContent.
(() => {
  "use strict";
  const KEY = "ubg-my-routine";
  const MAX_ITEMS = 30;
  const LONG_S = 15 * 60;
  const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{1,3})$/;
  const storage = (() => { try { return window.localStorage; } catch { return null; } })();
  const base = (() => {
    try { return JSON.parse(document.getElementById("__config").textContent).base || "."; } catch { return "."; }
  })();
  const pageUrl = new URL(`${base}/my-routine/`, window.location.href).href;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else if (value !== false) node.setAttribute(key, value === true ? "" : value);
    }
    node.append(...children);
    return node;
  };
  const savedRefs = () => ((storage && storage.getItem(KEY)) || "").split(",").filter(Boolean);
  const save = (refs) => { if (storage) storage.setItem(KEY, refs.join(",")); };
  const idOf = (ref) => ref.split(".")[0];
  const duration = (s) => (s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`);

  // ---- every page: "Add to my routine", "Open My routine" and "Copy to my routine" ----------
  // The buttons and links are in the page from the generator, holding their place until they
  // work (data-ubg-pending), so nothing moves when this script runs.
  function addButtons() {
    const buttons = Array.from(document.querySelectorAll(".md-content .ubg-add[data-ubg-add]"));
    const links = Array.from(document.querySelectorAll(".md-content .ubg-my-link"));
    if (!buttons.length && !links.length) return;
    const status = el("p", { class: "ubg-sr-only", role: "status" });
    const show = () => {
      const refs = savedRefs();
      for (const link of links) {
        link.textContent = `Open My routine (${refs.length} exercise${refs.length === 1 ? "" : "s"})`;
      }
      for (const button of buttons) {
        const ref = button.dataset.ubgAdd;
        const inside = refs.some((r) => idOf(r) === idOf(ref));
        button.textContent = inside ? "Remove from my routine" : "Add to my routine";
        // The name starts with the words on the button, so speech control finds it (WCAG 2.5.3).
        button.setAttribute("aria-label", `${button.textContent}: ${button.dataset.name}`);
      }
    };
    for (const button of buttons) {
      const ref = button.dataset.ubgAdd;
      const name = button.dataset.name;
      button.addEventListener("click", () => {
        let refs = savedRefs();
        const inside = refs.some((r) => idOf(r) === idOf(ref));
        if (inside) refs = refs.filter((r) => idOf(r) !== idOf(ref));
        else if (refs.length < MAX_ITEMS) refs.push(ref);
        save(refs);
        show();
        status.textContent = inside ? `${name} removed from my routine.`
          : refs.length >= MAX_ITEMS && !refs.includes(ref) ? `My routine already holds ${MAX_ITEMS} exercises.`
            : `${name} added to my routine: ${refs.length} exercise${refs.length === 1 ? "" : "s"}.`;
      });
    }
    document.body.append(status);
    show();
    for (const node of [...buttons, ...links]) node.removeAttribute("data-ubg-pending");
  }

  function copyButton() {
    const copy = document.querySelector(".ubg-actions .ubg-copy");
    if (copy) copy.removeAttribute("data-ubg-pending");
  }

  // ---- the My routine page -------------------------------------------------------------------
  function myRoutinePage(root) {
    const data = JSON.parse(document.querySelector(".ubg-my-catalogue").textContent);
    const timeline = document.querySelector(".ubg-player-data .ubg-timeline");
    const byId = new Map(data.exercises.map((e) => [e.id, e]));
    let items = [];  // [{id, dose}] with dose an index into the exercise's published doses
    let offered = null;  // a link's routine waiting for "Use this routine" / "Keep mine"

    // The page's parts come with the page (render/templates/my_routine.md.j2), in their place.
    const part = (name) => root.querySelector(`.ubg-my__${name}`);
    const ui = { notes: part("notes"), offer: part("offer"), empty: part("empty"), list: part("list"),
      total: part("total"), warnings: part("warnings"), share: part("share") };

    const refs = (list) => list.map((i) => `${i.id}.${i.dose}`);
    const shareUrl = () => `${pageUrl}#r=${refs(items).join(",")}`;
    const dose = (item) => byId.get(item.id).doses[item.dose];

    // Reads a list of "id.index" refs; gives the items it could use and what it dropped, and why.
    function read(parts) {
      const kept = [];
      const dropped = [];
      let over = 0;
      for (const part of parts) {
        if (!part) continue;
        const match = REF.exec(part);
        const exercise = match && byId.get(match[1]);
        const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
        if (!match) dropped.push(`“${shown}” is not an exercise and a dose this guide can read.`);
        else if (!exercise) dropped.push(`“${shown}”: the guide has no exercise called “${match[1]}”.`);
        else if (kept.some((i) => i.id === exercise.id)) dropped.push(`${exercise.name} was listed more than once: it is kept once.`);
        else if (kept.length >= MAX_ITEMS) over += 1;
        else {
          let index = Number(match[2]);
          if (index >= exercise.doses.length) {
            dropped.push(`${exercise.name}: dose ${index} is not one the guide offers, so its usual dose is used.`);
            index = exercise.usual;
          }
          kept.push({ id: exercise.id, dose: index });
        }
      }
      if (over) dropped.unshift(`${over} more exercise${over === 1 ? " was" : "s were"} left out: a routine here holds at most ${MAX_ITEMS}.`);
      return { kept, dropped };
    }
    const split = (text) => text.slice(0, 4000).split(",");  // thousands of items are not read

    function linkParts() {
      let value = null;
      try { value = new URLSearchParams(window.location.hash.slice(1)).get("r"); } catch { value = null; }
      return value === null ? null : split(value);
    }

    function openLink() {
      const mine = read(savedRefs()).kept;
      const parts = linkParts();
      showNotes([]);
      offered = null;
      if (parts === null) { items = mine; render(); return; }
      const link = read(parts);
      showNotes(link.dropped);
      const same = refs(link.kept).join(",") === refs(mine).join(",");
      if (same || !savedRefs().length) { items = link.kept; save(refs(items)); }
      else if (!link.kept.length) items = mine;  // nothing usable: nothing to offer
      else { items = mine; offered = link.kept; }
      render();
    }

    function showNotes(dropped) {
      ui.notes.replaceChildren();
      ui.notes.hidden = !dropped.length;
      if (!dropped.length) return;
      const more = dropped.length > 10 ? [`…and ${dropped.length - 10} more that could not be read.`] : [];
      ui.notes.append(el("p", { class: "ubg-my__notes-title", text: "Some of the link could not be used:" }),
        el("ul", {}, ...dropped.slice(0, 10).concat(more).map((text) => el("li", { text }))));
    }

    function showOffer() {
      ui.offer.replaceChildren();
      ui.offer.hidden = !offered;
      if (!offered) return;
      const names = offered.map((i) => byId.get(i.id).name).join(", ") || "no exercises";
      const use = el("button", { type: "button", class: "md-button md-button--primary", text: "Use this routine" });
      const keep = el("button", { type: "button", class: "md-button", text: "Keep mine" });
      use.addEventListener("click", () => { items = offered; offered = null; changed([]); });
      keep.addEventListener("click", () => { offered = null; changed([]); });
      ui.offer.append(
        el("p", { text: `This link holds a different routine (${offered.length} exercise${offered.length === 1 ? "" : "s"}: ${names}). Your saved routine is shown below until you choose.` }),
        el("div", { class: "ubg-my__buttons" }, use, keep));
    }

    // Saves and shows the routine, then focuses the first of `focus` (data-key values) still there.
    function changed(focus) {
      save(refs(items));
      render(focus);
    }

    function render(focus) {
      const n = items.length;
      const seconds = n ? data.ready_s + items.reduce((sum, item) => sum + dose(item).seconds, 0) + data.change_s * (n - 1) : 0;
      ui.total.textContent = n ? `Total: about ${duration(seconds)} (${n} exercise${n === 1 ? "" : "s"})` : "Total: no exercises yet";
      ui.total.tabIndex = -1;
      ui.empty.hidden = n > 0;
      ui.list.replaceChildren(...items.map((item, index) => row(item, index)));
      showOffer();
      showWarnings(seconds);
      writeTimeline(seconds);
      fillSheet(seconds);
      ui.share.value = shareUrl();
      if (!offered) window.history.replaceState(null, "", n ? `#r=${refs(items).join(",")}` : window.location.pathname);
      const start = document.querySelector(".ubg-start");
      if (start) start.hidden = !n;
      const target = (focus || []).map((key) => ui.list.querySelector(`[data-key="${key}"]`))
        .find((node) => node && !node.disabled);
      if (focus) (target || ui.total).focus();
    }

    function row(item, index) {
      const exercise = byId.get(item.id);
      const n = items.length;
      const label = `ubg-my-dose-${index}`;
      const select = el("select", { id: label, "data-key": `dose:${item.id}` },
        ...exercise.doses.map((d, i) => el("option", { value: String(i), text: `${d.words} (about ${duration(d.seconds)})` })));
      select.value = String(item.dose);
      select.addEventListener("change", () => { item.dose = Number(select.value); changed([`dose:${item.id}`]); });
      const button = (key, text, name, action, disabled = false) => {
        const b = el("button", { type: "button", class: "ubg-my__button", "data-key": `${key}:${item.id}`, "aria-label": name, text, disabled });
        b.addEventListener("click", action);
        return b;
      };
      const move = (step) => () => {
        items.splice(index, 1);
        items.splice(index + step, 0, item);
        changed(step < 0 ? [`up:${item.id}`, `down:${item.id}`] : [`down:${item.id}`, `up:${item.id}`]);
      };
      const swaps = [["easier", "Easier"], ["harder", "Harder"]].flatMap(([way, word]) => exercise[way]
        .filter((id) => byId.has(id) && !items.some((i) => i.id === id))
        .map((id) => button(`swap-${id}`, `${word}: ${byId.get(id).name}`, `${word}: ${byId.get(id).name}, in place of ${exercise.name}`, () => {
          items[index] = { id, dose: byId.get(id).usual };
          changed([`dose:${id}`]);
        })));
      const figure = thumb(exercise.id);
      return el("li", { class: "ubg-my__item" },
        el("div", { class: "ubg-my__head" }, figure,
          el("div", {}, el("a", { href: new URL(`${base}/exercises/${exercise.id}/`, window.location.href).href, class: "ubg-my__name", text: exercise.name }),
            el("p", { class: "ubg-my__meta", text: `About ${duration(dose(item).seconds)} · ${exercise.position}` }))),
        el("p", { class: "ubg-my__dose" }, el("label", { for: label, text: "Dose " }), select),
        el("div", { class: "ubg-my__buttons" },
          button("up", "↑ Up", `Move ${exercise.name} up`, move(-1), index === 0),
          button("down", "↓ Down", `Move ${exercise.name} down`, move(1), index === n - 1),
          button("remove", "Remove", `Remove ${exercise.name}`, () => {
            items.splice(index, 1);
            const next = items[Math.min(index, items.length - 1)];
            changed(next ? [`remove:${next.id}`] : []);
          }),
          ...swaps));
    }

    // A figure from the page's templates, its ids dropped so that it can be shown twice.
    function thumb(id) {
      const template = document.getElementById(`ubg-player-figure-${id}`);
      const figure = el("div", { class: "ubg-my__figure" });
      if (!template) return figure;
      figure.append(template.content.cloneNode(true));
      for (const svg of figure.querySelectorAll("[aria-labelledby]")) {
        const title = svg.querySelector("title");
        svg.setAttribute("aria-label", title ? title.textContent : "");
        svg.removeAttribute("aria-labelledby");
      }
      for (const node of figure.querySelectorAll("[id]")) node.removeAttribute("id");
      return figure;
    }

    function showWarnings(seconds) {
      const notes = [];
      if (seconds > LONG_S) {
        notes.push(`This routine takes about ${duration(seconds)}. That is fine when you have the time, but a shorter one is easier to keep up every day: you could split it into two.`);
      }
      const floors = items.map((item) => byId.get(item.id).floor);
      const changes = floors.slice(1).filter((floor, i) => floor !== floors[i]).length;
      if (changes >= 3) {
        notes.push(`You move between the floor and your feet or chair ${changes} times. Putting the floor exercises next to each other saves getting up and down.`);
      }
      ui.warnings.replaceChildren(...notes.map((text) => el("li", { text })));
      ui.warnings.hidden = !notes.length;
    }

    // The player's timeline, in the same format render/player.py publishes for a routine.
    function writeTimeline(seconds) {
      const phases = items.length ? [{ kind: "ready", seconds: data.ready_s }] : [];
      items.forEach((item, index) => {
        if (index) phases.push({ kind: "change", seconds: data.change_s, exercise: index });
        for (const phase of dose(item).phases) phases.push(index ? { ...phase, exercise: index } : { ...phase });
      });
      const exercises = items.map((item) => {
        const { id, name, setup, cue, position, figure } = byId.get(item.id);
        return { id, name, setup, cue, dose: dose(item).words, position, figure };
      });
      timeline.textContent = JSON.stringify({ kind: "routine", id: "my-routine", title: "My routine", total_s: seconds, exercises, phases });
    }

    function fillSheet(seconds) {
      const sheet = document.querySelector(".ubg-print-sheet");
      if (!sheet) return;
      sheet.querySelector(".ubg-my-print-time").textContent = duration(seconds);
      sheet.querySelector(".ubg-my-print-count").textContent = String(items.length);
      const table = sheet.querySelector(".ubg-print-table");
      table.classList.toggle("ubg-print-table--compact", items.length > 8);
      // One sheet: the more exercises, the fewer words each (the page has them all).
      const many = items.length > 4;
      table.tBodies[0].replaceChildren(...items.map((item, index) => {
        const exercise = byId.get(item.id);
        const setup = items.length > 8 ? exercise.setup.split(/(?<=\.)\s/)[0] : exercise.setup;
        const stops = exercise.stop_if.slice(0, many ? 1 : undefined);
        return el("tr", {}, el("td", { class: "ubg-print-num", text: String(index + 1) }),
          el("td", { class: "ubg-print-thumb" }, thumb(item.id)),
          el("td", {}, el("b", { text: exercise.name }), el("br"), dose(item).words),
          el("td", {}, el("b", { text: "Start: " }), setup, " ", el("b", { text: "Stop if: " }), stops.join(" ")),
          ...Array.from({ length: 7 }, () => el("td", { class: "ubg-print-box" }, el("span"))));
      }));
      sheet.querySelector(".ubg-print-url").textContent = shareUrl();
      sheet.querySelector(".ubg-print-qr").replaceChildren(qrSvg(shareUrl()));
    }

    function qrSvg(text) {
      if (typeof window.qrcode !== "function") return "";
      const code = window.qrcode(0, "M");
      code.addData(text);
      code.make();
      const size = code.getModuleCount();
      const ns = "http://www.w3.org/2000/svg";
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("viewBox", `-2 -2 ${size + 4} ${size + 4}`);
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", "QR code of the link to this routine");
      svg.dataset.qrPayload = text;
      let path = "";
      for (let r = 0; r < size; r += 1) for (let c = 0; c < size; c += 1) if (code.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
      const back = document.createElementNS(ns, "rect");
      for (const [k, v] of Object.entries({ x: -2, y: -2, width: size + 4, height: size + 4, fill: "#fff" })) back.setAttribute(k, v);
      const dark = document.createElementNS(ns, "path");
      dark.setAttribute("d", path);
      dark.setAttribute("fill", "#000");
      svg.append(back, dark);
      return svg;
    }

    window.addEventListener("hashchange", openLink);
    openLink();
  }

  addButtons();
  copyButton();
  const root = document.querySelector("[data-ubg-my-routine]");
  if (root) {
    myRoutinePage(root);
    root.removeAttribute("data-ubg-pending");
  }
})();
