(function () {
  // pointing at a claim lights its pieces and cue; at a speaker, all their claims
  document.querySelectorAll("article.quotrack:not([data-q-ready])").forEach(function (root) {
    root.setAttribute("data-q-ready", "");
    var lit = [];
    function light(event) {
      lit.forEach(function (el) { el.classList.remove("q-on"); });
      var el = event.type === "mouseover" ? event.target.closest("[data-a], [data-s]") : null;
      if (!el || !root.contains(el)) { lit = []; return; }
      var key = el.hasAttribute("data-a") ? "data-a" : "data-s";
      lit = Array.prototype.slice.call(root.querySelectorAll("[" + key + '="' + el.getAttribute(key) + '"]'));
      lit.forEach(function (e) { e.classList.add("q-on"); });
    }
    root.addEventListener("mouseover", light);
    root.addEventListener("mouseleave", light);
  });
})();
