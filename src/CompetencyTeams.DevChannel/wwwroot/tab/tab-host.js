// The Teams client's side of the teams-js message protocol, for a personal tab opened by a demo user.
// teams-js in the framed page posts {id, uuidAsString, func, args} to its parent; Teams answers {id, uuidAsString, args}.
(() => {
  const frame = document.getElementById('tab');
  const userSelect = document.getElementById('user');
  const localeSelect = document.getElementById('locale');
  const themeSelect = document.getElementById('theme');
  const status = document.getElementById('status');
  const params = new URLSearchParams(location.search);
  const state = { config: null, users: [], sessionId: crypto.randomUUID() };

  const runtimeConfig = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: { appInstallDialog: {}, chat: {}, dialog: { url: {}, update: {} }, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} },
  };

  const currentUser = () => state.users.find(u => u.id === userSelect.value);

  function legacyContext() {
    const user = currentUser();
    return {
      locale: localeSelect.value,
      theme: themeSelect.value,
      appSessionId: state.sessionId,
      hostClientType: 'web',
      hostName: 'Teams',
      frameContext: 'content',
      entityId: 'competencies',
      tid: state.config.tenantId,
      userObjectId: user.id,
      loginHint: user.userPrincipalName || user.displayName,
      userPrincipalName: user.userPrincipalName || '',
      userDisplayName: user.displayName,
      isFullScreen: false,
    };
  }

  async function tabToken() {
    const response = await fetch(`/devchannel/identity/tab-token?user=${encodeURIComponent(userSelect.value)}`);
    if (!response.ok) throw new Error(`The DevChannel could not issue a token (${response.status}).`);
    return (await response.json()).access_token;
  }

  function answer(event, message, args) {
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
  }

  window.addEventListener('message', async event => {
    if (event.source !== frame.contentWindow || event.origin !== state.config.appOrigin) return;
    const message = event.data;
    if (!message || typeof message.func !== 'string') return;
    switch (message.func) {
      case 'initialize':
        answer(event, message, ['content', 'web', JSON.stringify(runtimeConfig), '2.58.0']);
        break;
      case 'getContext':
        answer(event, message, [legacyContext()]);
        break;
      case 'authentication.getAuthToken':
        try { answer(event, message, [true, await tabToken()]); }
        catch (error) { answer(event, message, [false, error.message]); }
        break;
      case 'appInitialization.success':
      case 'appInitialization.appLoaded':
      case 'appInitialization.notifySuccess':
      case 'appInitialization.notifyAppLoaded':
        status.textContent = `Tab loaded for ${currentUser().displayName}.`;
        break;
      default:
        status.textContent = `The tab asked for "${message.func}", which this stand-in does not play.`;
    }
  });

  function openTab() {
    const url = new URL(state.config.appTabUrl);
    url.searchParams.set('devchannel', location.origin);
    frame.src = url.toString();
    const query = new URLSearchParams({ user: userSelect.value, locale: localeSelect.value, theme: themeSelect.value });
    history.replaceState(null, '', `?${query}`);
  }

  themeSelect.addEventListener('change', () => {
    frame.contentWindow?.postMessage({ func: 'themeChange', args: [themeSelect.value] }, state.config.appOrigin);
    history.replaceState(null, '', `?${new URLSearchParams({ user: userSelect.value, locale: localeSelect.value, theme: themeSelect.value })}`);
  });
  userSelect.addEventListener('change', openTab);
  localeSelect.addEventListener('change', openTab);

  (async () => {
    state.config = await (await fetch('/devchannel/tab/config')).json();
    state.users = (await (await fetch('/devchannel/identity/tab-users')).json())
      .map(u => ({ id: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, roles: u.roles || [], isManager: u.isManager }));
    for (const user of state.users) {
      const role = user.roles.length ? ' (HR)' : user.isManager ? ' (manager)' : '';
      userSelect.add(new Option(user.displayName + role, user.id));
    }
    if (params.get('user')) userSelect.value = params.get('user');
    if (params.get('locale')) localeSelect.value = params.get('locale');
    if (params.get('theme')) themeSelect.value = params.get('theme');
    openTab();
  })().catch(error => { status.textContent = `The tab host could not start: ${error.message}`; });
})();
