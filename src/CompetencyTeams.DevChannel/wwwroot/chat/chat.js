// The Teams client, played: renders the bot's cards with the official adaptivecards renderer,
// sends Action.Execute as adaptiveCard/action invokes and Action.Submit as messages, applies invoke responses.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { user: null, users: [], rendered: new Map(), refreshed: new Set(), busy: false };
  const cardType = "application/vnd.microsoft.card.adaptive";

  // Teams renders a markdown subset in card text (bold, italics, lists); the bare renderer needs a processor for it.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    result.outputHtml = escaped
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|\s)_(.+?)_(?=\s|$)/g, "$1<em>$2</em>")
      .split("\n").map((line) => line.replace(/^- /, "• ")).join("<br>");
    result.didProcess = true;
  };

  const hostConfig = (dark) => new AdaptiveCards.HostConfig({
    fontFamily: "Segoe UI, system-ui, sans-serif",
    supportsInteractivity: true,
    containerStyles: {
      default: { backgroundColor: dark ? "#292929" : "#FFFFFF", foregroundColors: { default: { default: dark ? "#FFFFFF" : "#242424", subtle: dark ? "#ADADAD" : "#616161" }, accent: { default: dark ? "#7F85F5" : "#5B5FC7" }, attention: { default: "#C4314B" }, good: { default: "#237B4B" }, warning: { default: "#C19C00" } } },
      emphasis: { backgroundColor: dark ? "#1F1F1F" : "#F5F5F5", foregroundColors: { default: { default: dark ? "#FFFFFF" : "#242424", subtle: dark ? "#ADADAD" : "#616161" } } },
    },
    actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: "horizontal", actionAlignment: "left" },
  });

  async function api(path, body) {
    const response = await fetch(path, body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.status === 204 ? null : response.json();
  }

  function say(text, kind) {
    const status = $("status");
    status.textContent = text || "";
    status.className = kind || "muted";
  }

  function renderCard(activityId, content) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig(document.body.classList.contains("dark"));
    card.onExecuteAction = (action) => onAction(activityId, action);
    card.parse(content);
    const element = card.render();
    element.classList.add("card");
    return { element, card };
  }

  function renderActivity(stored) {
    const activity = stored.activity;
    const li = document.createElement("li");
    const fromUser = activity.from && activity.from.id === state.user.channelUserId;
    li.className = fromUser ? "user" : "bot";
    li.dataset.id = stored.id;
    if (activity.text) {
      const text = document.createElement("div");
      text.className = fromUser ? "" : "text";
      text.textContent = activity.text;
      li.appendChild(text);
    }
    for (const attachment of activity.attachments || []) {
      if (attachment.contentType !== cardType) continue;
      li.appendChild(renderCard(stored.id, attachment.content).element);
      maybeRefresh(stored.id, attachment.content);
    }
    return li;
  }

  function maybeRefresh(activityId, content) {
    const refresh = content && content.refresh;
    if (!refresh || !refresh.action || state.refreshed.has(activityId)) return;
    const users = refresh.userIds || [];
    if (users.length && !users.includes(state.user.channelUserId)) return;
    state.refreshed.add(activityId);
    invoke(activityId, refresh.action, "automatic");
  }

  async function load() {
    if (!state.user) return;
    const conversation = await api(`/devchannel/chat/${state.user.id}/conversation`);
    const list = $("messages");
    const seen = new Set();
    for (const stored of conversation.activities) {
      seen.add(stored.id);
      const key = `${stored.id}:${stored.updates}`;
      if (state.rendered.get(stored.id) === key) continue;
      const li = renderActivity(stored);
      const existing = list.querySelector(`li[data-id="${CSS.escape(stored.id)}"]`);
      if (existing) existing.replaceWith(li); else list.appendChild(li);
      state.rendered.set(stored.id, key);
      li.scrollIntoView({ block: "nearest" });
    }
    for (const li of [...list.children]) if (!seen.has(li.dataset.id)) { li.remove(); state.rendered.delete(li.dataset.id); }
    return conversation;
  }

  async function invoke(activityId, action, trigger) {
    const payload = { type: "Action.Execute", id: action.id, verb: action.verb, data: action.data || {} };
    say("…");
    try {
      const result = await api(`/devchannel/chat/${state.user.id}/invoke`, { replyToId: activityId, action: payload, trigger });
      const body = result.body || {};
      if (result.status !== 200) say(`The app answered HTTP ${result.status}${result.error ? ": " + result.error : ""}`, "error");
      else if (body.type === "application/vnd.microsoft.activity.message") say(body.value, "toast");
      else if (body.type === "application/vnd.microsoft.error") say(body.value && body.value.message, "error");
      else say("");
      await load();
    } catch (e) { say(e.message, "error"); }
  }

  function onAction(activityId, action) {
    if (action instanceof AdaptiveCards.ExecuteAction) {
      invoke(activityId, { id: action.id, verb: action.verb, data: action.data }, "manual");
    } else if (action instanceof AdaptiveCards.SubmitAction) {
      api(`/devchannel/chat/${state.user.id}/messages`, { value: action.data, replyToId: activityId }).then(load).catch((e) => say(e.message, "error"));
    } else if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, "_blank", "noopener");
    }
  }

  async function selectUser(id) {
    state.user = state.users.find((u) => u.id === id) || state.users[0];
    state.rendered.clear(); state.refreshed.clear();
    $("messages").replaceChildren();
    $("title").textContent = `Chat with CompetencyTeams — ${state.user.displayName}`;
    history.replaceState(null, "", `?user=${encodeURIComponent(state.user.id)}`);
    const conversation = await load();
    if (!conversation.conversationId || conversation.activities.length === 0) {
      say("Installing the app for this user…");
      await api(`/devchannel/chat/${state.user.id}/open`, {});
      say("");
      await load();
    }
  }

  async function start() {
    state.users = await api("/devchannel/chat/users");
    const select = $("user");
    for (const u of state.users) {
      const option = document.createElement("option");
      option.value = u.id;
      option.textContent = `${u.displayName} — ${u.hr ? "RH" : u.manager ? "manager" : u.jobTitle || "agent"}`;
      select.appendChild(option);
    }
    const wanted = new URLSearchParams(location.search).get("user");
    select.value = wanted && state.users.some((u) => u.id === wanted) ? wanted : state.users[0].id;
    select.addEventListener("change", () => selectUser(select.value));
    $("dark").addEventListener("change", (e) => { document.body.classList.toggle("dark", e.target.checked); state.rendered.clear(); $("messages").replaceChildren(); load(); });
    $("composer").addEventListener("submit", async (e) => {
      e.preventDefault();
      const text = $("text").value.trim();
      if (!text) return;
      $("text").value = "";
      try { await api(`/devchannel/chat/${state.user.id}/messages`, { text }); await load(); } catch (err) { say(err.message, "error"); }
    });
    await selectUser(select.value);
    setInterval(() => load().catch(() => {}), 1500);
  }

  start().catch((e) => say(e.message, "error"));
})();
