// Forums: remember how far a member has read, and suggest members after "@".
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function post(url, data) {
    var body = new URLSearchParams(data);
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() }
    });
  }

  function markRead() {
    var topic = document.getElementById("topic");
    if (!topic || !topic.dataset.readUrl) { return; }
    var posts = document.querySelectorAll("article.post[data-number]");
    var highest = 0;
    posts.forEach(function (el) { highest = Math.max(highest, Number(el.dataset.number)); });
    if (highest > 0) { post(topic.dataset.readUrl, { number: String(highest) }); }
  }

  function mentionAutocomplete(textarea, list) {
    var timer = null;
    function close() { list.classList.add("d-none"); list.textContent = ""; }
    function currentWord() {
      var upto = textarea.value.slice(0, textarea.selectionStart);
      var match = /(^|\s)@([^\s@]{1,40})$/.exec(upto);
      return match ? match[2] : null;
    }
    function insert(handle) {
      var start = textarea.selectionStart;
      var upto = textarea.value.slice(0, start).replace(/@[^\s@]*$/, "@" + handle + " ");
      textarea.value = upto + textarea.value.slice(start);
      textarea.focus();
      textarea.selectionStart = textarea.selectionEnd = upto.length;
      close();
    }
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      var word = currentWord();
      if (!word) { close(); return; }
      timer = setTimeout(function () {
        fetch("/forums/mentions.json?q=" + encodeURIComponent(word), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { members: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.members.forEach(function (m) {
              var item = document.createElement("button");
              item.type = "button";
              item.className = "list-group-item list-group-item-action";
              item.setAttribute("role", "option");
              item.textContent = m.name + " (@" + m.handle + ")" + (m.place ? " · " + m.place : "");
              item.addEventListener("click", function () { insert(m.handle); });
              list.appendChild(item);
            });
            list.classList.toggle("d-none", data.members.length === 0);
          });
      }, 200);
    });
    textarea.addEventListener("keydown", function (e) { if (e.key === "Escape") { close(); } });
  }

  document.addEventListener("DOMContentLoaded", function () {
    markRead();
    var list = document.getElementById("mention-list");
    var textarea = document.getElementById("body");
    if (list && textarea) { mentionAutocomplete(textarea, list); }
  });
})();
