// The tab's host page: learns the Teams context (locale, theme, SSO token) with teams-js before Blazor starts, applies
// the theme, and answers the Blazor side's calls (ctTab.context, ctTab.getToken, ctTab.download).
// Outside Teams it reports "browser"; in Development, a DevChannel token passed as ?devToken=… is used instead.
(function () {
  "use strict";

  const body = document.body;
  const devTokensAllowed = body.dataset.ctDevTokens === "true";
  const initTimeoutMs = Number(body.dataset.ctInitTimeout || "5000");
  const params = new URLSearchParams(window.location.search);
  const devTokenKey = "ct-tab-dev-token";
  let inTeams = false;

  function withTimeout(promise, ms) {
    return Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error("Teams did not answer in " + ms + " ms")), ms)),
    ]);
  }

  function browserLocale() {
    return params.get("locale") || navigator.language || "en-US";
  }

  function browserTheme() {
    const asked = params.get("theme");
    if (asked === "dark" || asked === "contrast" || asked === "default") return asked;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "default";
  }

  // Teams themes: "default" (light), "dark", "contrast". Fluent UI gets the Teams palette in light or dark mode;
  // high contrast adds our own overrides (tab.css, body[data-ct-theme="contrast"]).
  function applyTheme(theme) {
    const known = theme === "dark" || theme === "contrast" ? theme : "default";
    const mode = known === "default" ? "light" : "dark";
    body.dataset.ctTheme = known;
    try {
      localStorage.setItem("fluentui-blazor:theme-settings", JSON.stringify({ base: "teams", mode: mode }));
    } catch (e) { /* storage may be blocked in the Teams webview: the theme still applies below once Blazor runs */ }
    if (window.Blazor && window.Blazor.theme) {
      window.Blazor.theme.setTeamsTheme();
      window.Blazor.theme.setThemeMode(mode);
    }
  }

  function devToken() {
    if (!devTokensAllowed) return null;
    const fromUrl = params.get("devToken");
    if (fromUrl) {
      sessionStorage.setItem(devTokenKey, fromUrl);
      params.delete("devToken");
      const rest = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (rest ? "?" + rest : ""));
      return fromUrl;
    }
    return sessionStorage.getItem(devTokenKey);
  }

  async function learnContext() {
    const dev = devToken();
    if (dev) {
      return { source: "dev", token: dev, locale: browserLocale(), theme: browserTheme(), error: null };
    }
    const teams = window.microsoftTeams;
    if (!teams || !teams.app) {
      return { source: "browser", token: null, locale: browserLocale(), theme: browserTheme(), error: null };
    }
    try {
      // The DevChannel plays the Teams client locally: its origin is trusted as a host only when configured (Development).
      const devChannelOrigin = body.dataset.ctDevchannelOrigin;
      await withTimeout(teams.app.initialize(devChannelOrigin ? [devChannelOrigin] : undefined), initTimeoutMs);
    } catch (e) {
      return { source: "browser", token: null, locale: browserLocale(), theme: browserTheme(), error: String(e) };
    }
    inTeams = true;
    const context = await teams.app.getContext();
    const locale = (context.app && context.app.locale) || browserLocale();
    const theme = (context.app && context.app.theme) || "default";
    teams.app.registerOnThemeChangeHandler(applyTheme);
    try {
      const token = await teams.authentication.getAuthToken();
      teams.app.notifySuccess();
      return { source: "teams", token: token, locale: locale, theme: theme, error: null };
    } catch (e) {
      teams.app.notifyFailure({ reason: teams.app.FailedReason.AuthFailed, message: String(e) });
      return { source: "teams", token: null, locale: locale, theme: theme, error: String(e) };
    }
  }

  const ready = learnContext().then(context => {
    document.documentElement.lang = context.locale.toLowerCase().startsWith("fr") ? "fr" : "en";
    applyTheme(context.theme);
    return context;
  });

  window.ctTab = {
    context: () => ready,
    // A fresh token for the API: Teams caches and renews it; the DevChannel's lives as long as it was minted for.
    getToken: async () => {
      const context = await ready;
      if (inTeams) return window.microsoftTeams.authentication.getAuthToken();
      return context.token;
    },
    // Saves a file the server fetched with the user's token (exports), without putting the token in a URL.
    download: async (fileName, contentType, streamReference) => {
      const buffer = await streamReference.arrayBuffer();
      const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileName;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      URL.revokeObjectURL(url);
    },
  };

  // Blazor starts once the context is known, so Fluent UI reads the Teams theme at its own start.
  window.addEventListener("DOMContentLoaded", () => {
    ready.then(() => window.Blazor.start());
  });
})();
