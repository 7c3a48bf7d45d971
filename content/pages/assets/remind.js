// "Remind me": a routine page (and My routine) gives the reader a calendar file that repeats on
// the days and at the time they choose (RFC 5545: CRLF lines folded at 75 octets, text escaped).
// Nothing leaves the device: the file is made here and downloaded from memory.
(() => {
  "use strict";
  const data = document.querySelector(".ubg-player-data .ubg-timeline");
  const actions = document.querySelector(".ubg-actions");
  if (!data || !actions) return;
  const plan = () => JSON.parse(data.textContent);
  if (plan().kind !== "routine") return;
  const DAYS = [["MO", "Mon"], ["TU", "Tue"], ["WE", "Wed"], ["TH", "Thu"], ["FR", "Fri"], ["SA", "Sat"], ["SU", "Sun"]];
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else if (value !== false) node.setAttribute(key, value === true ? "" : value);
    }
    node.append(...children);
    return node;
  };
  const pad = (n) => String(n).padStart(2, "0");

  const toggle = actions.querySelector(".ubg-remind-toggle");  // in the page, holding its place
  if (!toggle) return;
  const short = plan().total_s <= 300;  // a short break is worth repeating through the day
  const form = el("form", { id: "ubg-remind", class: "ubg-remind", hidden: true },
    el("fieldset", {}, el("legend", { text: "On these days" }),
      ...DAYS.map(([code, name], i) => el("label", { class: "ubg-remind__day" },
        el("input", { type: "checkbox", name: "day", value: code, checked: i < 5 }), ` ${name}`))),
    el("p", {}, el("label", { for: "ubg-remind-time", text: "At " }),
      el("input", { id: "ubg-remind-time", type: "time", name: "time", value: "09:00", required: true })),
    el("p", {}, el("label", { class: "ubg-remind__day" },
      el("input", { type: "checkbox", name: "hourly", checked: short }), " and every hour until "),
    el("label", { for: "ubg-remind-until", class: "ubg-sr-only", text: "Last reminder of the day" }),
    el("input", { id: "ubg-remind-until", type: "time", name: "until", value: "17:00", step: "3600" })),
    el("p", {}, el("button", { type: "submit", class: "md-button md-button--primary", text: "Download the calendar file" })),
    el("p", { class: "ubg-remind__status", role: "status" }));
  actions.after(form);
  toggle.removeAttribute("data-ubg-pending");
  toggle.addEventListener("click", () => {
    form.hidden = !form.hidden;
    toggle.setAttribute("aria-expanded", String(!form.hidden));
    if (!form.hidden) form.querySelector("input").focus();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const days = [...form.querySelectorAll("input[name=day]:checked")].map((box) => box.value);
    const status = form.querySelector(".ubg-remind__status");
    if (!days.length) { status.textContent = "Choose at least one day."; return; }
    const [hour, minute] = form.elements.time.value.split(":").map(Number);
    const last = form.elements.hourly.checked ? Number(form.elements.until.value.split(":")[0]) : hour;
    const hours = [];
    for (let h = hour; h <= Math.max(hour, last); h += 1) hours.push(h);
    const routine = plan();
    const link = window.location.href;
    const file = calendar(routine, days, hour, minute, hours, link);
    const anchor = el("a", { href: URL.createObjectURL(new Blob([file], { type: "text/calendar;charset=utf-8" })),
      download: `${routine.id}.ics` });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    status.textContent = `Downloaded ${routine.id}.ics: open it to add the reminder to your calendar.`;
  });

  function calendar(routine, days, hour, minute, hours, link) {
    const now = new Date();
    const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    const first = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    while (!days.includes(DAYS[(first.getDay() + 6) % 7][0])) first.setDate(first.getDate() + 1);
    const s = routine.total_s;
    const length = s >= 60 ? `${Math.floor(s / 60)}M${s % 60 ? `${s % 60}S` : ""}` : `${s}S`;
    const rule = `FREQ=WEEKLY;BYDAY=${days.join(",")}${hours.length > 1 ? `;BYHOUR=${hours.join(",")}` : ""}`;
    const minutes = Math.round(s / 60) || 1;
    const lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Upper Back Mobility Guide//Remind me//EN", "CALSCALE:GREGORIAN",
      "BEGIN:VEVENT",
      `UID:${stamp}-${Math.random().toString(36).slice(2)}-${routine.id}@upper-back-guide`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${first.getFullYear()}${pad(first.getMonth() + 1)}${pad(first.getDate())}T${pad(hour)}${pad(minute)}00`,
      `RRULE:${rule}`,
      `DURATION:PT${length}`,
      `SUMMARY:${text(`${routine.title}: upper-back routine`)}`,
      `DESCRIPTION:${text(`Time for ${routine.title} (about ${minutes} min).\nOpen the routine: ${link}`)}`,
      `URL:${link}`,
      "END:VEVENT", "END:VCALENDAR",
    ];
    return `${lines.map(fold).join("\r\n")}\r\n`;
  }

  // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in text values.
  function text(value) {
    return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  // RFC 5545 3.1: lines longer than 75 octets continue on lines that start with a space,
  // split between characters, never inside one.
  function fold(line) {
    const encoder = new TextEncoder();
    const parts = [];
    let part = "";
    let size = 0;
    for (const char of line) {
      const bytes = encoder.encode(char).length;
      if (size + bytes > (parts.length ? 74 : 75)) { parts.push(part); part = ""; size = 0; }
      part += char;
      size += bytes;
    }
    parts.push(part);
    return parts.join("\r\n ");
  }
})();
