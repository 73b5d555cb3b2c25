// The live room of an event (namespace /events): chat, questions, polls, hands, reactions,
// presence and the facilitators' controls. Every text shown comes from the page
// (data-i18n), so it is in the reader's language. The server decides who is a facilitator.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var root = document.getElementById("room");
    if (root && typeof window.io === "function") { startRoom(root); }
  });

  function startRoom(root) {
    var T = JSON.parse(root.dataset.i18n);
    var eventId = Number(root.dataset.eventId);
    var lang = document.documentElement.lang || "en";
    var regions = null;
    try { regions = new Intl.DisplayNames([lang], { type: "region" }); } catch (e) { regions = null; }
    var $ = function (id) { return document.getElementById(id); };

    var state = {
      joined: false, final: false, isHost: false, me: null, lastId: 0, roomState: root.dataset.state,
      muted: false, paused: false, messages: new Map(), pinned: null, questions: new Map(),
      myVotes: new Set(), myQuestions: new Set(), polls: new Map(), myPollVotes: {},
      hands: [], people: []
    };

    var socket = window.io("/events", { transports: ["websocket"] });

    // Connection -------------------------------------------------------------------

    function showConnection(status) {
      var box = $("connection");
      box.dataset.status = status;
      box.textContent = T[status] || status;
      box.classList.toggle("text-danger", status === "reconnecting" || status === "disconnected");
      box.classList.toggle("text-muted", status !== "reconnecting" && status !== "disconnected");
    }

    function notice(text, kind) {
      var box = $("room-notice");
      box.textContent = text || "";
      box.className = "alert alert-" + (kind || "info") + (text ? "" : " d-none");
    }

    var errorTimer = null;
    function showError(text) {
      var box = $("room-error");
      box.textContent = text || T.failed;
      box.classList.remove("d-none");
      clearTimeout(errorTimer);
      errorTimer = setTimeout(function () { box.classList.add("d-none"); }, 6000);
    }

    function send(name, data, done) {
      data = Object.assign({ event_id: eventId }, data || {});
      socket.timeout(10000).emit(name, data, function (err, ack) {
        if (err || !ack) { showError(T.failed); return; }
        if (!ack.ok) { showError(ack.error); return; }
        if (done) { done(ack); }
      });
    }

    socket.on("connect", function () { showConnection("connected"); join(); });
    socket.on("disconnect", function (reason) {
      state.joined = false;
      joining = false; // the answer will not come; the next join starts afresh
      waiting = [];
      // The server let this page out (removed, or the room closed): no reconnecting.
      showConnection(reason === "io server disconnect" || state.final ? "disconnected" : "reconnecting");
    });
    socket.io.on("reconnect_attempt", function () { showConnection("reconnecting"); });

    // What arrives while a join is under way waits for its answer, then applies on top of
    // it: the answer was read a moment earlier and must not undo a newer change.
    var joining = false, waiting = [];
    function on(name, handler) {
      socket.on(name, function (data) {
        if (joining) { waiting.push([handler, data]); } else { handler(data); }
      });
    }

    function join() {
      var payload = { event_id: eventId };
      if (state.lastId) { payload.last_id = state.lastId; }
      joining = true;
      socket.emit("join", payload, function (ack) {
        joining = false;
        if (ack && ack.ok) {
          state.joined = true;
          applySnapshot(ack);
        } else if (ack) {
          state.joined = false;
          $("room-body").classList.add("d-none");
          notice(ack.error, ack.access === "removed" ? "danger" : "info");
          if (ack.state) { showState(ack.state); }
        }
        var queued = waiting;
        waiting = [];
        queued.forEach(function (item) { item[0](item[1]); });
      });
    }

    function applySnapshot(ack) {
      var catchingUp = state.lastId > 0;
      state.isHost = ack.is_host;
      state.me = ack.me;
      state.muted = ack.muted;
      state.paused = ack.chat_paused;
      document.querySelectorAll("#host-controls, .host-only").forEach(function (el) {
        el.classList.toggle("d-none", !state.isHost);
      });
      if (!catchingUp) {
        state.messages.clear();
        $("messages").textContent = "";
      }
      (ack.deleted || []).forEach(removeMessage);
      (ack.messages || []).forEach(addMessage);
      showPinned(ack.pinned);
      state.questions.clear();
      state.myQuestions = new Set();
      state.myVotes = new Set(ack.my_votes || []);
      (ack.questions || []).forEach(function (q) {
        if (q.mine) { state.myQuestions.add(q.id); }
        state.questions.set(q.id, q);
      });
      renderQuestions();
      state.polls.clear();
      (ack.polls || []).forEach(function (p) { state.polls.set(p.id, p); });
      state.myPollVotes = ack.my_poll_votes || {};
      renderPolls();
      state.hands = ack.hands || [];
      renderHands();
      presenceCount = null;
      setPeople(ack.people || []);
      showState(ack.state);
      notice(state.muted ? T.muted : "", "warning");
      $("room-body").classList.remove("d-none");
      renderWriting();
      if (!catchingUp) { scrollChat(true); }
    }

    function showState(roomState) {
      state.roomState = roomState;
      var badge = $("room-state");
      badge.className = "badge room-state-" + roomState;
      badge.textContent = T["state_" + roomState] || roomState;
      var open = $("room-open"), close = $("room-close");
      if (open) { open.classList.toggle("d-none", roomState === "open"); }
      if (close) { close.classList.toggle("d-none", roomState !== "open"); }
      var after = $("room-after");
      if (after) { after.classList.toggle("d-none", roomState !== "ended"); }
    }

    function renderWriting() {
      var blocked = state.muted || !state.joined;
      var chatBlocked = blocked || (state.paused && !state.isHost);
      $("chat-body").disabled = chatBlocked;
      $("chat-form").querySelector("button").disabled = chatBlocked;
      $("chat-paused").classList.toggle("d-none", !state.paused);
      $("question-body").disabled = blocked;
      $("question-form").querySelector("button").disabled = blocked;
      $("hand-button").disabled = blocked;
      document.querySelectorAll(".reaction").forEach(function (b) { b.disabled = blocked; });
      var pause = $("chat-pause");
      if (pause) {
        pause.textContent = state.paused ? T.resume_chat : T.pause_chat;
        pause.setAttribute("aria-pressed", String(state.paused));
      }
    }

    // Chat -------------------------------------------------------------------------

    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = text; }
      return node;
    }

    function clock(iso) {
      try {
        return new Date(iso).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
      } catch (e) { return ""; }
    }

    function button(label, className, onClick) {
      var b = el("button", "btn btn-sm " + className, label);
      b.type = "button";
      b.addEventListener("click", onClick);
      return b;
    }

    function messageNode(m, inPinned) {
      var item = el(inPinned ? "div" : "li", "room-message");
      item.dataset.id = m.id;
      var head = el("div", "room-message-head small");
      head.appendChild(el("strong", null, m.user.name));
      if (m.user.host) { head.appendChild(el("span", "badge text-bg-primary ms-1", T.facilitator)); }
      head.appendChild(el("span", "text-muted ms-2", clock(m.at)));
      if (state.isHost && !inPinned) {
        var tools = el("span", "room-tools ms-2");
        var pinned = state.pinned && state.pinned.id === m.id;
        tools.appendChild(button(pinned ? T.unpin : T.pin, "btn-link p-0 me-2", function () {
          send("chat_pin", { message_id: state.pinned && state.pinned.id === m.id ? null : m.id });
        }));
        tools.appendChild(button(T.delete, "btn-link p-0 text-danger", function () {
          if (window.confirm(T.confirm_delete)) { send("chat_delete", { message_id: m.id }); }
        }));
        head.appendChild(tools);
      }
      item.appendChild(head);
      var body = el("div", "room-message-body markdown");
      body.innerHTML = m.html; // sanitised on the server by the one Markdown sanitiser
      item.appendChild(body);
      return item;
    }

    function nearBottom() {
      var list = $("messages");
      return list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    }

    function scrollChat(force) {
      var list = $("messages");
      if (force) { list.scrollTop = list.scrollHeight; }
    }

    function addMessage(m) {
      if (state.messages.has(m.id)) { return; } // a message can arrive live and in a catch-up
      var stick = nearBottom();
      state.messages.set(m.id, m);
      state.lastId = Math.max(state.lastId, m.id);
      var list = $("messages");
      var node = messageNode(m, false);
      var after = null;
      list.querySelectorAll("li.room-message").forEach(function (li) {
        if (after === null && Number(li.dataset.id) > m.id) { after = li; }
      });
      list.insertBefore(node, after);
      scrollChat(stick);
    }

    function removeMessage(id) {
      state.messages.delete(id);
      var node = $("messages").querySelector('li[data-id="' + Number(id) + '"]');
      if (node) { node.remove(); }
    }

    function rerenderMessages() {
      var list = $("messages");
      list.textContent = "";
      Array.from(state.messages.values()).sort(function (a, b) { return a.id - b.id; })
        .forEach(function (m) { list.appendChild(messageNode(m, false)); });
    }

    function showPinned(message) {
      state.pinned = message || null;
      var box = $("pinned");
      box.textContent = "";
      box.classList.toggle("d-none", !message);
      if (message) { box.appendChild(messageNode(message, true)); }
      if (state.isHost) { rerenderMessages(); }
    }

    on("chat_message", addMessage);
    on("chat_deleted", function (data) { removeMessage(data.id); });
    on("chat_pinned", function (data) { showPinned(data.message); });
    on("chat_paused", function (data) { state.paused = data.paused; renderWriting(); });

    $("chat-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var box = $("chat-body");
      var body = box.value.trim();
      if (!body) { return; }
      send("chat_send", { body: body }, function (ack) { box.value = ""; addMessage(ack.message); scrollChat(true); });
    });
    $("chat-body").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        $("chat-form").requestSubmit();
      }
    });

    // Questions --------------------------------------------------------------------

    var statusOrder = { open: 0, answered: 1, dismissed: 2 };

    function upsertQuestion(q) {
      var known = state.questions.get(q.id);
      if (known && known.mine && !q.author) { q.author = known.author; }
      q.mine = state.myQuestions.has(q.id) || q.mine;
      state.questions.set(q.id, q);
    }

    function renderQuestions() {
      var list = $("questions");
      list.textContent = "";
      var shown = Array.from(state.questions.values()).filter(function (q) {
        return state.isHost || q.status !== "dismissed";
      }).sort(function (a, b) {
        return (b.highlighted - a.highlighted) || (statusOrder[a.status] - statusOrder[b.status]) ||
          (b.votes - a.votes) || (a.id - b.id);
      });
      $("questions-count").textContent = String(shown.filter(function (q) { return q.status === "open"; }).length);
      if (!shown.length) { list.appendChild(el("li", "text-muted small", T.no_questions)); }
      shown.forEach(function (q) {
        var item = el("li", "room-question" + (q.highlighted ? " room-question-highlighted" : "") +
          (q.status !== "open" ? " room-question-" + q.status : ""));
        item.dataset.id = q.id;
        var voted = state.myVotes.has(q.id);
        var vote = button("▲ " + q.votes, voted ? "btn-primary" : "btn-outline-primary", function () {
          send("question_vote", { question_id: q.id }, function (ack) {
            if (ack.voted) { state.myVotes.add(q.id); } else { state.myVotes.delete(q.id); }
            q.votes = ack.votes;
            renderQuestions();
          });
        });
        vote.classList.add("room-vote");
        vote.setAttribute("aria-pressed", String(voted));
        vote.setAttribute("aria-label", T.upvote + " (" + T.votes + ": " + q.votes + ")");
        vote.disabled = q.status !== "open";
        item.appendChild(vote);
        var text = el("div", "flex-grow-1");
        if (q.highlighted) { text.appendChild(el("span", "badge text-bg-warning me-1", T.highlighted)); }
        if (q.status === "answered") { text.appendChild(el("span", "badge text-bg-success me-1", T.answered)); }
        if (q.status === "dismissed") { text.appendChild(el("span", "badge text-bg-secondary me-1", T.dismissed)); }
        text.appendChild(el("div", "room-question-body", q.body));
        var who = q.author ? q.author.name : T.anonymous;
        if (q.mine) { who += " (" + T.you + ")"; }
        if (q.anonymous && q.author) { who += " · " + T.anonymous_to_others; }
        text.appendChild(el("div", "small text-muted", who + " · " + clock(q.at)));
        if (state.isHost) {
          var tools = el("div", "room-tools mt-1");
          if (q.status === "open") {
            tools.appendChild(button(q.highlighted ? T.unhighlight : T.highlight, "btn-outline-secondary me-1", function () {
              send("question_highlight", { question_id: q.highlighted ? null : q.id });
            }));
            tools.appendChild(button(T.mark_answered, "btn-outline-success me-1", function () {
              send("question_status", { question_id: q.id, status: "answered" });
            }));
            tools.appendChild(button(T.dismiss, "btn-outline-danger", function () {
              send("question_status", { question_id: q.id, status: "dismissed" });
            }));
          } else {
            tools.appendChild(button(T.reopen, "btn-outline-secondary", function () {
              send("question_status", { question_id: q.id, status: "open" });
            }));
          }
          text.appendChild(tools);
        }
        item.appendChild(text);
        list.appendChild(item);
      });
    }

    on("question", function (q) { upsertQuestion(q); renderQuestions(); });
    on("question_votes", function (data) {
      Object.keys(data.votes).forEach(function (id) {
        var q = state.questions.get(Number(id));
        if (q) { q.votes = data.votes[id]; }
      });
      renderQuestions();
    });

    $("question-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var box = $("question-body");
      var body = box.value.trim();
      if (!body) { return; }
      send("question_ask", { body: body, anonymous: $("question-anonymous").checked }, function (ack) {
        box.value = "";
        state.myQuestions.add(ack.question.id);
        upsertQuestion(ack.question);
        renderQuestions();
      });
    });

    // Polls ------------------------------------------------------------------------

    function renderPolls() {
      var box = $("polls");
      // Results arrive several times a second: keep a choice not yet sent across redraws.
      var chosen = Array.from(box.querySelectorAll("input:checked")).map(function (i) { return i.id; });
      box.textContent = "";
      var shown = Array.from(state.polls.values()).sort(function (a, b) {
        var rank = { live: 0, draft: 1, closed: 2 };
        return (rank[a.status] - rank[b.status]) || (b.id - a.id);
      });
      if (!shown.length) { box.appendChild(el("p", "text-muted small mb-0", T.no_polls)); }
      shown.forEach(function (p) { box.appendChild(pollNode(p)); });
      chosen.forEach(function (id) {
        var input = document.getElementById(id);
        if (input) { input.checked = true; }
      });
    }

    function pollNode(p) {
      var card = el("div", "room-poll border rounded p-2 mb-2");
      card.dataset.id = p.id;
      var head = el("div", "d-flex justify-content-between align-items-start gap-2");
      head.appendChild(el("strong", null, p.question));
      head.appendChild(el("span", "badge " + (p.status === "live" ? "text-bg-success" : "text-bg-secondary"), T[p.status] || p.status));
      card.appendChild(head);
      card.appendChild(el("div", "small text-muted mb-1", p.multiple ? T.multiple : T.single));
      var mine = state.myPollVotes[String(p.id)];
      var hasResults = p.options.length && p.options[0].votes !== undefined;
      if (p.status === "live" && !mine) {
        var form = el("form", "room-poll-form");
        p.options.forEach(function (o) {
          var wrap = el("div", "form-check");
          var input = el("input", "form-check-input");
          input.type = p.multiple ? "checkbox" : "radio";
          input.name = "poll-" + p.id;
          input.value = o.id;
          input.id = "poll-" + p.id + "-option-" + o.id;
          var label = el("label", "form-check-label", o.label);
          label.htmlFor = input.id;
          wrap.appendChild(input);
          wrap.appendChild(label);
          form.appendChild(wrap);
        });
        var submit = el("button", "btn btn-sm btn-primary mt-1", T.vote);
        submit.type = "submit";
        submit.disabled = !state.joined;
        form.appendChild(submit);
        form.addEventListener("submit", function (e) {
          e.preventDefault();
          var chosen = Array.from(form.querySelectorAll("input:checked")).map(function (i) { return Number(i.value); });
          if (!chosen.length) { return; }
          send("poll_vote", { poll_id: p.id, option_ids: chosen }, function (ack) {
            state.myPollVotes[String(p.id)] = ack.option_ids;
            renderPolls();
          });
        });
        card.appendChild(form);
      } else if (mine && p.status === "live") {
        card.appendChild(el("p", "small text-success mb-1", T.voted));
      }
      if (hasResults && (mine || p.status !== "live" || state.isHost)) {
        var total = p.voters || 0;
        p.options.forEach(function (o) {
          var share = total ? Math.round(100 * o.votes / total) : 0;
          var row = el("div", "room-result small");
          var label = el("div", "d-flex justify-content-between");
          label.appendChild(el("span", null, o.label + (mine && mine.indexOf(o.id) !== -1 ? " ✓" : "")));
          label.appendChild(el("span", null, o.votes + " · " + share + "%"));
          row.appendChild(label);
          var bar = el("div", "progress");
          bar.setAttribute("role", "img");
          bar.setAttribute("aria-label", o.label + ": " + share + "%");
          var fill = el("div", "progress-bar");
          fill.style.width = share + "%";
          bar.appendChild(fill);
          row.appendChild(bar);
          card.appendChild(row);
        });
        card.appendChild(el("div", "small text-muted mt-1", T.voters + ": " + total));
      } else if (!hasResults && (mine || p.status === "closed")) {
        card.appendChild(el("p", "small text-muted mb-0", T.results_hidden));
      }
      if (state.isHost) {
        var tools = el("div", "room-tools mt-2 d-flex flex-wrap gap-1");
        if (p.status === "draft") {
          tools.appendChild(button(T.launch, "btn-success", function () { send("poll_launch", { poll_id: p.id }); }));
          tools.appendChild(button(T.delete_poll, "btn-outline-danger", function () { send("poll_delete", { poll_id: p.id }); }));
        }
        if (p.status === "live") {
          tools.appendChild(button(T.close_poll, "btn-outline-secondary", function () { send("poll_close", { poll_id: p.id }); }));
        }
        tools.appendChild(button(p.results_visible ? T.hide_results : T.show_results, "btn-outline-secondary", function () {
          send("poll_show_results", { poll_id: p.id, visible: !p.results_visible });
        }));
        card.appendChild(tools);
      }
      return card;
    }

    on("poll", function (p) { state.polls.set(p.id, p); renderPolls(); });
    on("poll_removed", function (data) { state.polls.delete(data.id); renderPolls(); });
    on("poll_results", function (data) {
      var p = state.polls.get(data.id);
      if (!p) { return; }
      var votes = {};
      data.options.forEach(function (o) { votes[o.id] = o.votes; });
      p.options.forEach(function (o) { if (votes[o.id] !== undefined) { o.votes = votes[o.id]; } });
      p.voters = data.voters;
      renderPolls();
    });

    var pollForm = $("poll-form");
    if (pollForm) {
      pollForm.addEventListener("submit", function (e) {
        e.preventDefault();
        var options = $("poll-options").value.split("\n").map(function (s) { return s.trim(); })
          .filter(function (s) { return s; });
        send("poll_create", { question: $("poll-question").value, options: options, multiple: $("poll-multiple").checked }, function (ack) {
          pollForm.reset();
          state.polls.set(ack.poll.id, ack.poll);
          renderPolls();
        });
      });
    }

    // Hands, reactions, people -----------------------------------------------------

    function handRaised() {
      return state.me && state.hands.some(function (h) { return h.user.id === state.me.id; });
    }

    function renderHands() {
      var list = $("hands");
      list.textContent = "";
      $("hands-count").textContent = String(state.hands.length);
      if (!state.hands.length) { list.appendChild(el("li", "text-muted list-unstyled", T.no_hands)); }
      state.hands.forEach(function (h) {
        var item = el("li", "mb-1", h.user.name + (h.user.authority ? " (" + h.user.authority + ")" : ""));
        if (state.isHost) {
          item.appendChild(button(T.lower, "btn-link p-0 ms-2", function () { send("hand_clear", { user_id: h.user.id }); }));
        }
        list.appendChild(item);
      });
      var raised = handRaised();
      var hand = $("hand-button");
      hand.setAttribute("aria-pressed", String(raised));
      hand.classList.toggle("btn-warning", raised);
      hand.classList.toggle("btn-outline-primary", !raised);
      hand.querySelector("span").textContent = raised ? T.lower_hand : T.raise_hand;
    }

    on("hands", function (data) { state.hands = data.hands; renderHands(); });
    $("hand-button").addEventListener("click", function () {
      var raised = handRaised();
      send(raised ? "hand_lower" : "hand_raise", {}, function () {
        if (raised) {
          state.hands = state.hands.filter(function (h) { return h.user.id !== state.me.id; });
        } else {
          state.hands = state.hands.concat([{ user: state.me, at: new Date().toISOString() }]);
        }
        renderHands();
      });
    });
    var clearAll = $("hands-clear");
    if (clearAll) { clearAll.addEventListener("click", function () { send("hand_clear", {}); }); }

    var emojis = {};
    document.querySelectorAll(".reaction").forEach(function (b) {
      emojis[b.dataset.reaction] = b.textContent.trim();
      b.addEventListener("click", function () { send("react", { reaction: b.dataset.reaction }); });
    });
    on("reactions", function (data) {
      var layer = $("reaction-layer");
      Object.keys(data.counts).forEach(function (key) {
        if (!emojis[key]) { return; }
        for (var i = 0; i < Math.min(data.counts[key], 6); i += 1) {
          var bubble = el("span", "reaction-bubble", emojis[key]);
          bubble.style.left = (10 + Math.random() * 80) + "%";
          bubble.style.animationDelay = (i * 120) + "ms";
          bubble.addEventListener("animationend", function (e) { e.target.remove(); });
          layer.appendChild(bubble);
          setTimeout(function (b) { b.remove(); }.bind(null, bubble), 4000);
        }
      });
    });

    function countryName(code) {
      if (!code) { return ""; }
      try { return regions ? regions.of(code) : code; } catch (e) { return code; }
    }

    function renderPeople() {
      var list = $("people");
      list.textContent = "";
      $("people-count").textContent = String(state.people.length);
      state.people.forEach(function (p) {
        var item = el("li", "list-group-item small");
        item.dataset.id = p.id;
        var line = el("div", "d-flex justify-content-between align-items-center gap-2");
        var who = el("div");
        who.appendChild(el("span", "fw-semibold", p.name + (state.me && p.id === state.me.id ? " (" + T.you + ")" : "")));
        if (p.host) { who.appendChild(el("span", "badge text-bg-primary ms-1", T.facilitator)); }
        if (p.muted) { who.appendChild(el("span", "badge text-bg-secondary ms-1", T.muted_badge)); }
        var where = [p.authority, countryName(p.country)].filter(function (s) { return s; }).join(", ");
        if (where) { who.appendChild(el("div", "text-muted", where)); }
        line.appendChild(who);
        if (state.isHost && !p.host) {
          var tools = el("div", "room-tools text-nowrap");
          tools.appendChild(button(p.muted ? T.unmute : T.mute, "btn-outline-secondary me-1", function () {
            send("participant_mute", { user_id: p.id, muted: !p.muted });
          }));
          tools.appendChild(button(T.remove, "btn-outline-danger", function () {
            if (window.confirm(T.confirm_remove)) { send("participant_remove", { user_id: p.id }); }
          }));
          line.appendChild(tools);
        }
        item.appendChild(line);
        list.appendChild(item);
      });
    }

    // The first summary of a server process holds the whole list; the next ones who came,
    // changed or left. If the list then counts otherwise than the server said (summaries of
    // two processes crossed), ask for the whole list once things are quiet.
    var byName = new Intl.Collator(document.documentElement.lang || undefined);
    var presenceCount = null, presenceCheck = null;
    function setPeople(people) {
      state.people = people.slice().sort(function (a, b) { return byName.compare(a.name, b.name) || a.id - b.id; });
      renderPeople();
    }
    function checkPresence() {
      presenceCheck = null;
      if (presenceCount === null || presenceCount === state.people.length || !state.joined) { return; }
      send("presence", {}, function (ack) { setPeople(ack.people); });
    }
    on("presence", function (data) {
      presenceCount = data.count;
      if (data.people) { setPeople(data.people); return; }
      var gone = new Set(data.gone), changed = new Map();
      data.changed.forEach(function (p) { changed.set(p.id, p); });
      var people = state.people.filter(function (p) { return !gone.has(p.id) && !changed.has(p.id); });
      setPeople(people.concat(Array.from(changed.values())));
      if (state.people.length !== data.count && !presenceCheck) { presenceCheck = setTimeout(checkPresence, 2000); }
    });

    // Room state, restrictions ------------------------------------------------------

    on("room_state", function (data) {
      showState(data.state);
      if (data.state === "open") { join(); } // facilitators too: closing ended their stays
      if (data.state === "ended" && !state.isHost) {
        state.final = true;
        state.joined = false;
        $("room-body").classList.add("d-none");
        notice(T.ended, "info");
      }
    });
    on("restricted", function (data) {
      state.muted = data.muted;
      notice(data.muted ? T.muted : T.unmuted, data.muted ? "warning" : "success");
      renderWriting();
    });
    on("removed", function () {
      state.final = true;
      state.joined = false;
      $("room-body").classList.add("d-none");
      notice(T.removed, "danger");
    });

    var openButton = $("room-open");
    if (openButton) {
      openButton.addEventListener("click", function () { send("room_open", {}); });
      $("room-close").addEventListener("click", function () {
        if (window.confirm(T.confirm_close)) { send("room_close", {}); }
      });
      $("chat-pause").addEventListener("click", function () { send("chat_pause", { paused: !state.paused }); });
    }
  }
})();
