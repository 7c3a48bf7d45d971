// Filters on the exercises index: position, equipment, level and "no floor".
// Choices are kept in the address (?position=seated&equipment=none&floor=no) so a link can
// open the list already filtered, for example "what can I do at my desk?".
(function () {
  function setUp(form) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.ubg-exercises tbody tr"));
    var count = form.querySelector("output");
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      var value = params.get(field.name);
      if (value === null) return;
      if (field.type === "checkbox") field.checked = value === field.value;
      else field.value = value;
    });

    function matches(row) {
      var position = form.elements.position.value;
      var equipment = form.elements.equipment.value;
      var level = form.elements.level.value;
      var needs = row.dataset.equipment ? row.dataset.equipment.split(" ") : [];
      if (position && row.dataset.position !== position) return false;
      if (level && row.dataset.level !== level) return false;
      if (form.elements.floor.checked && row.dataset.floor !== "no") return false;
      if (equipment === "none" && needs.length) return false;
      if (equipment && equipment !== "none" && needs.indexOf(equipment) < 0) return false;
      return true;
    }

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var show = matches(row);
        row.hidden = !show;
        if (show) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " exercises";
      var query = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name) return;
        if (field.type === "checkbox" ? field.checked : field.value) query.set(field.name, field.value);
      });
      var search = query.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    form.removeAttribute("data-ubg-pending");  // its place was held: nothing moves
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  function start() {
    var form = document.querySelector("form[data-ubg-filters]");
    if (form) setUp(form);
  }
  document.addEventListener("DOMContentLoaded", start);
})();
