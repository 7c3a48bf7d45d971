// The routine player: follows the timeline the generator published with the page, hands-free.
// Every phase and its length come from the page's JSON (the same arithmetic as the page's
// stated time); this script only counts. Text from content is set with textContent.
(() => {
  "use strict";
  const data = document.querySelector(".ubg-player-data .ubg-timeline");
  const actions = document.querySelector(".ubg-actions");
  if (!data || !actions || typeof HTMLDialogElement !== "function") return;
  // The timeline is read when the player opens, so a page script (My routine) may rewrite it.
  let plan = {};
  let phases = [];
  const starts = [];
  function load() {
    plan = JSON.parse(data.textContent);
    // Fields that are zero are left out of the JSON to keep pages small.
    phases = plan.phases.map((p) => ({ exercise: 0, set: 0, sets: 0, side: 0, count: 0, each_s: 0, ...p }));
    starts.length = 0;
    phases.reduce((at, phase) => (starts.push(at), at + phase.seconds), 0);
  }
  load();
  const storage = (() => { try { return window.localStorage; } catch { return null; } })();
  const doneKey = () => `ubg-done:${plan.kind}:${plan.id}`;
  const TICK_MS = 250;

  // ---- small helpers ---------------------------------------------------------------------
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  };
  const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  const setting = (name) => (storage && storage.getItem(`ubg-player-${name}`)) !== "off";
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  };
  const doneDays = () => {
    try { return JSON.parse((storage && storage.getItem(doneKey())) || "[]"); } catch { return []; }
  };

  // ---- the page: a Start button and this week's ticks -------------------------------------
  // Both are in the page from the generator, holding their place until now (data-ubg-pending);
  // an exercise page gets its week only once a day is done.
  const start = actions.querySelector(".ubg-start");
  if (!start) return;
  let week = document.querySelector(".ubg-week");
  if (!week) {
    week = el("div", { class: "ubg-week" });
    actions.after(week);
  }
  showWeek();
  start.removeAttribute("data-ubg-pending");
  week.removeAttribute("data-ubg-pending");

  function showWeek() {
    const days = new Set(doneDays());
    week.replaceChildren();
    if (plan.kind !== "routine" && !days.size) return;
    const now = new Date();
    const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
    const list = el("ul", { class: "ubg-week__days" });
    const weekday = new Intl.DateTimeFormat("en", { weekday: "short" });  // one, not seven
    for (let i = 0; i < 7; i += 1) {
      const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
      const name = weekday.format(day);
      const done = days.has(iso);
      list.append(el("li", { class: done ? "ubg-week__day ubg-week__day--done" : "ubg-week__day" },
        el("span", { class: "ubg-week__box", "aria-hidden": "true", text: done ? "✓" : "" }),
        el("span", { text: `${name}${done ? ", done" : ""}` })));
    }
    week.append(el("p", { class: "ubg-week__title", text: "Done this week" }), list);
  }

  // ---- the player --------------------------------------------------------------------------
  const ui = {};
  const dialog = el("dialog", { class: "ubg-player", "aria-labelledby": "ubg-player-name" },
    el("div", { class: "ubg-player__top" },
      ui.count = el("p", { class: "ubg-player__count" }),
      ui.left = el("p", { class: "ubg-player__left" }),
      ui.close = el("button", { type: "button", class: "ubg-player__close", "aria-label": "Close the player", text: "✕" })),
    ui.stage = el("div", { class: "ubg-player__stage" },
      ui.name = el("h2", { id: "ubg-player-name", class: "ubg-player__name" }),
      ui.figure = el("div", { class: "ubg-player__figure" }),
      ui.phase = el("p", { class: "ubg-player__phase" }),
      ui.big = el("p", { class: "ubg-player__big", "aria-hidden": "true" }),
      ui.sub = el("p", { class: "ubg-player__sub" }),
      ui.cue = el("p", { class: "ubg-player__cue" }),
      ui.next = el("p", { class: "ubg-player__next" })),
    ui.controls = el("div", { class: "ubg-player__controls" },
      ui.back = el("button", { type: "button", text: "Back", "aria-label": "Back one exercise" }),
      ui.pause = el("button", { type: "button", class: "ubg-player__main", text: "Pause" }),
      ui.done = el("button", { type: "button", text: "Done", "aria-label": "Done with this set" }),
      ui.skip = el("button", { type: "button", text: "Next", "aria-label": "Next exercise" })),
    el("div", { class: "ubg-player__settings" },
      el("label", {}, ui.sound = el("input", { type: "checkbox" }), " Sound"),
      el("label", {}, ui.voice = el("input", { type: "checkbox" }), " Voice")),
    ui.live = el("p", { class: "ubg-player__live", role: "status", "aria-live": "polite" }));
  document.body.append(dialog);
  ui.sound.checked = setting("sound");
  ui.voice.checked = setting("voice");

  const state = { index: 0, elapsed: 0, running: false, timer: 0, last: 0, shown: -1,
    finished: false, scroll: 0, lock: null, audio: null, figure: "" };

  start.addEventListener("click", open);
  ui.close.addEventListener("click", close);
  dialog.addEventListener("cancel", (event) => { event.preventDefault(); close(); });
  ui.pause.addEventListener("click", () => (state.finished ? close() : state.running ? pause() : play()));
  ui.skip.addEventListener("click", () => jumpExercise(1));
  ui.back.addEventListener("click", () => jumpExercise(-1));
  ui.done.addEventListener("click", () => { if (phases[state.index].kind === "reps") advance(); });
  for (const [box, name] of [[ui.sound, "sound"], [ui.voice, "voice"]]) {
    box.addEventListener("change", () => {
      if (storage) storage.setItem(`ubg-player-${name}`, box.checked ? "on" : "off");
      if (!box.checked && name === "voice" && window.speechSynthesis) window.speechSynthesis.cancel();
    });
  }
  dialog.addEventListener("keydown", (event) => {
    const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement;
    if (event.key === " " && !onControl) { event.preventDefault(); ui.pause.click(); }
    else if (event.key === "ArrowRight") { event.preventDefault(); jumpExercise(1); }
    else if (event.key === "ArrowLeft") { event.preventDefault(); jumpExercise(-1); }
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state.running) wakeLock(true);
  });

  function open() {
    load();
    if (!phases.length) return;
    state.scroll = window.scrollY;
    state.finished = false;
    dialog.classList.remove("ubg-player--finished");
    if (!state.audio && window.AudioContext) {
      try { state.audio = new AudioContext(); } catch { state.audio = null; }
    }
    dialog.showModal();
    enter(0);
    play();
    ui.pause.focus();
  }

  function close() {
    pause();
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    dialog.close();
    start.focus({ preventScroll: true });
    window.scrollTo(0, state.scroll);
  }

  function play() {
    if (state.finished) return;
    state.running = true;
    state.last = performance.now();
    clearInterval(state.timer);
    state.timer = setInterval(tick, TICK_MS);
    wakeLock(true);
    render();
  }

  function pause() {
    state.running = false;
    clearInterval(state.timer);
    wakeLock(false);
    render();
  }

  function tick() {
    const now = performance.now();
    state.elapsed += now - state.last;
    state.last = now;
    while (!state.finished && state.elapsed >= phases[state.index].seconds * 1000) {
      state.elapsed -= phases[state.index].seconds * 1000;
      advance(state.elapsed);
    }
    if (!state.finished) render();
  }

  function advance(carry = 0) {
    if (state.index + 1 >= phases.length) finish();
    else enter(state.index + 1, carry);
  }

  function enter(index, carry = 0) {
    state.index = index;
    state.elapsed = carry;
    state.shown = -1;
    const phase = phases[index];
    const exercise = plan.exercises[phase.exercise];
    if (state.figure !== exercise.id) {
      state.figure = exercise.id;
      const template = document.getElementById(`ubg-player-figure-${exercise.id}`);
      ui.figure.replaceChildren(template ? template.content.cloneNode(true) : "");
    }
    const words = announcement(phase, exercise);
    ui.live.textContent = words;
    if (index > 0) cue(phase.kind === "switch" || phase.kind === "rest" ? words : null);
    else speak(words);
    render();
  }

  function jumpExercise(step) {
    if (state.finished) return;
    const current = phases[state.index].exercise;
    const target = Math.max(0, current + step);
    if (target >= plan.exercises.length) { finish(); return; }
    // Land where the exercise's work begins: its change-over (or get ready) is skipped.
    const index = phases.findIndex((p) => p.exercise === target && p.kind !== "change" && p.kind !== "ready");
    enter(index < 0 ? 0 : index);
    state.last = performance.now();
  }

  function finish() {
    state.finished = true;
    pause();
    ui.live.textContent = `Finished ${plan.title}. Well done.`;
    speak("Well done.");
    beep(880, 0.4);
    dialog.classList.add("ubg-player--finished");
    ui.name.textContent = "Well done";
    ui.figure.replaceChildren();
    state.figure = "";
    ui.phase.textContent = `You finished ${plan.title}.`;
    ui.big.textContent = "✓";
    ui.cue.replaceChildren();
    const marked = doneDays().includes(today());
    const mark = el("button", { type: "button", class: "ubg-player__tick", text: marked ? "Ticked for today" : "Tick done today" });
    mark.disabled = marked;
    mark.addEventListener("click", () => {
      const days = doneDays().filter((d) => d !== today()).concat(today()).slice(-60);
      if (storage) storage.setItem(doneKey(), JSON.stringify(days));
      mark.textContent = "Ticked for today";
      mark.disabled = true;
      ui.live.textContent = "Ticked as done today.";
      showWeek();
    });
    ui.sub.replaceChildren(mark);
    ui.next.textContent = "";
    ui.count.textContent = "";
    ui.left.textContent = "0:00 left";
    ui.pause.textContent = "Close";
    (marked ? ui.pause : mark).focus();
  }

  function announcement(phase, exercise) {
    const kind = phase.kind;
    if (kind === "ready") return `Get ready: ${exercise.name}. ${exercise.dose}.`;
    if (kind === "change") return `Next: ${exercise.name}. ${exercise.dose}.`;
    if (kind === "rest") return `Rest ${phase.seconds} seconds.`;
    if (kind === "switch") return "Switch sides.";
    return `${exercise.name}: ${phaseWords(phase)}.`;
  }

  function phaseWords(phase) {
    const parts = [];
    if (phase.sets > 1) parts.push(`set ${phase.set} of ${phase.sets}`);
    if (phase.side) parts.push(phase.side === 1 ? "first side" : "second side");
    if (phase.kind === "reps") parts.push(`${phase.count} reps`);
    if (phase.kind === "hold") parts.push(phase.count > 1 ? `${phase.count} holds of ${phase.each_s} seconds` : `hold ${phase.each_s} seconds`);
    if (phase.kind === "breaths") parts.push(`${phase.count} slow breaths`);
    if (phase.kind === "time") parts.push(`${phase.seconds} seconds`);
    return parts.join(", ");
  }

  function render() {
    if (state.finished) return;
    const phase = phases[state.index];
    const exercise = plan.exercises[phase.exercise];
    const elapsed = Math.min(state.elapsed, phase.seconds * 1000);
    const remaining = Math.ceil((phase.seconds * 1000 - elapsed) / 1000);
    ui.count.textContent = `Exercise ${phase.exercise + 1} of ${plan.exercises.length}`;
    ui.left.textContent = `${clock(plan.total_s - Math.floor(starts[state.index] + elapsed / 1000))} left`;
    ui.name.textContent = exercise.name;
    const between = { ready: "Get ready", change: "Next up", rest: "Rest", switch: "Switch sides" };
    ui.phase.textContent = between[phase.kind] || phaseWords(phase) || exercise.dose;
    let big = String(remaining);
    let sub = "";
    let countdown = remaining;  // what the last-seconds beeps count
    let unit = phase.seconds;
    if (phase.kind === "reps" || phase.kind === "breaths" || (phase.kind === "hold" && phase.count > 1)) {
      const number = Math.min(phase.count, Math.floor(elapsed / (phase.each_s * 1000)) + 1);
      const into = elapsed - (number - 1) * phase.each_s * 1000;
      if (phase.kind === "hold") {
        countdown = Math.ceil((phase.each_s * 1000 - into) / 1000);
        unit = phase.each_s;
        big = String(countdown);
        sub = `Hold ${number} of ${phase.count}`;
      } else {
        big = String(number);
        sub = phase.kind === "reps" ? `Rep ${number} of ${phase.count}`
          : `Breath ${number} of ${phase.count}: ${into < phase.each_s * 500 ? "breathe in" : "breathe out"}`;
      }
    }
    ui.big.textContent = big;
    ui.sub.textContent = sub;
    ui.cue.textContent = between[phase.kind] && phase.kind !== "rest" ? exercise.setup : exercise.cue;
    const following = plan.exercises[phase.exercise + 1];
    ui.next.textContent = following ? `Then: ${following.name}` : "Last exercise";
    ui.done.hidden = phase.kind !== "reps";
    ui.pause.textContent = state.running ? "Pause" : "Resume";
    dialog.classList.toggle("ubg-player--paused", !state.running);
    if (state.running && countdown !== state.shown) {
      if (state.shown !== -1 && countdown > state.shown) beep(990, 0.2);  // the next hold begins
      state.shown = countdown;
      if (countdown <= 3 && countdown >= 1 && unit > 3) beep(660, 0.08);
    }
  }

  // ---- cues: beeps, voice, vibration, the screen kept on ------------------------------------
  function cue(words) {
    beep(990, 0.2);
    if (ui.sound.checked && navigator.vibrate) navigator.vibrate(150);
    const phase = phases[state.index];
    speak(words || (phase.kind === "change" ? `Next: ${plan.exercises[phase.exercise].name}` : null));
  }

  function beep(frequency, seconds) {
    const audio = state.audio;
    if (!ui.sound.checked || !audio) return;
    try {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.value = 0.2;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + seconds);
    } catch { /* no sound on this device */ }
  }

  function speak(words) {
    if (!words || !ui.voice.checked || !window.speechSynthesis) return;
    try {
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(words));
    } catch { /* no voice on this device */ }
  }

  async function wakeLock(on) {
    if (!on) {
      const held = state.lock;
      state.lock = null;
      if (held) held.release().catch(() => {});
      return;
    }
    if (state.lock || !navigator.wakeLock) return;
    try {
      const lock = await navigator.wakeLock.request("screen");
      if (state.running && !state.lock) state.lock = lock;
      else lock.release().catch(() => {});  // paused or closed while it was being granted
    } catch { state.lock = null; }
  }
})();
