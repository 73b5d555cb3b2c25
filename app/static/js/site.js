// Site-wide behaviour: remember the browser's time zone, keep the bell count live.
(function () {
  "use strict";

  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tz=") === -1) {
      document.cookie = "tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
    }
  } catch (e) { /* old browsers: the server default applies */ }

  function showCount(count) {
    var badge = document.getElementById("bell-count");
    if (!badge) { return; }
    badge.textContent = String(count);
    badge.classList.toggle("d-none", count === 0);
    document.getElementById("bell").dataset.unread = String(count);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("bell") || typeof window.io !== "function") { return; }
    var socket = window.io("/notifications", { transports: ["websocket"] });
    socket.on("unread", function (data) { showCount(data.count); });
  });
})();
