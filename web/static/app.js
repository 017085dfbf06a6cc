// claimtrail pages: progressive enhancement only. Every page reads and
// works without this file; it adds the timeline's detail panel, automatic
// filtering and span-to-statement highlighting. Text is only ever set with
// textContent, never parsed as HTML.
(function () {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function safeHref(h) {
    // same-page anchors and site paths only
    return typeof h === "string" && (h.charAt(0) === "#" || (h.charAt(0) === "/" && h.charAt(1) !== "/"));
  }

  var glyphs = { asserts: "▲", affirms: "▲", denies: "▼", neutral: "◆" };

  function showDetail(mark) {
    var body = document.getElementById("detail-body");
    if (!body) return;
    var d = mark.dataset;
    var stance = d.stance || "neutral";
    var cls = stance === "affirms" ? "asserts" : stance;
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(el("p", "stance s-" + cls, (glyphs[stance] || "◆") + " " + stance));
    body.appendChild(el("p", "d-speaker", d.speaker || "unknown speaker"));
    body.appendChild(el("p", "d-when date", d.when || "undated"));
    body.appendChild(el("blockquote", "d-quote", d.quote || ""));
    body.appendChild(el("p", "d-source muted small", d.source || ""));
    var links = el("p", "small");
    var row = document.getElementById("st-" + d.i);
    if (row) {
      var a = el("a", null, "Row in the table");
      a.href = "#st-" + d.i;
      links.appendChild(a);
      links.appendChild(document.createTextNode(" · "));
    }
    if (safeHref(d.article)) {
      var b = el("a", null, "Read it in the article");
      b.href = d.article;
      links.appendChild(b);
    }
    body.appendChild(links);
    var marks = document.querySelectorAll(".mark.selected");
    for (var i = 0; i < marks.length; i++) marks[i].classList.remove("selected");
    mark.classList.add("selected");
    var rows = document.querySelectorAll("tr.row.selected");
    for (var j = 0; j < rows.length; j++) rows[j].classList.remove("selected");
    if (row) row.classList.add("selected");
  }

  function initTimeline() {
    var marks = document.querySelectorAll("svg.timeline .mark");
    for (var i = 0; i < marks.length; i++) {
      (function (m) {
        m.addEventListener("mouseenter", function () { showDetail(m); });
        m.addEventListener("focus", function () { showDetail(m); });
        m.addEventListener("click", function (ev) {
          // a tap or click shows the statement; the panel links onward
          ev.preventDefault();
          showDetail(m);
        });
      })(marks[i]);
    }
  }

  function initFilters() {
    var forms = document.querySelectorAll("form.filters");
    for (var i = 0; i < forms.length; i++) {
      (function (f) {
        var button = f.querySelector("button");
        if (button) button.hidden = true;
        var selects = f.querySelectorAll("select");
        for (var j = 0; j < selects.length; j++) {
          selects[j].addEventListener("change", function () { f.submit(); });
        }
      })(forms[i]);
    }
  }

  function initArticle() {
    var items = document.querySelectorAll(".st-list .st");
    if (!items.length) return;
    var spans = document.querySelectorAll(".article-text .hl");
    function focus(n, on) {
      for (var i = 0; i < spans.length; i++) {
        var ns = (spans[i].getAttribute("data-s") || "").split(" ");
        if (ns.indexOf(n) >= 0) spans[i].classList.toggle("focus", on);
      }
      var li = document.getElementById("s-" + n);
      if (li) li.classList.toggle("active", on);
    }
    for (var i = 0; i < items.length; i++) {
      (function (li) {
        var n = li.getAttribute("data-n");
        li.addEventListener("mouseenter", function () { focus(n, true); });
        li.addEventListener("mouseleave", function () { focus(n, false); });
      })(items[i]);
    }
    for (var j = 0; j < spans.length; j++) {
      (function (sp) {
        var ns = (sp.getAttribute("data-s") || "").split(" ");
        sp.addEventListener("mouseenter", function () { ns.forEach(function (n) { focus(n, true); }); });
        sp.addEventListener("mouseleave", function () { ns.forEach(function (n) { focus(n, false); }); });
      })(spans[j]);
    }
  }

  function init() {
    initTimeline();
    initFilters();
    initArticle();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
