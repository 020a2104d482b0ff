// Checks Adaptive Card JSON with the official `adaptivecards` renderer (the object passed as `AC`).
// Shared by the browser harness (tests/CompetencyTeams.TestSupport/Cards) and the Node CLI (validate-cards.js):
// parse with a 1.5 serialization context, collect parse events, run validateProperties(), and, when a DOM host
// element is given, render() the card into it to prove it renders.
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.CompetencyTeamsCardChecks = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // Events the renderer raises that do not make a card wrong.
  const WARNING_EVENTS = new Set(["Hint", "Deprecated"]);

  function toIssue(AC, source, e) {
    return {
      source: source,
      code: AC.ValidationEvent[e.event] || String(e.event),
      message: e.message,
      element: e.source && typeof e.source.getJsonTypeName === "function" ? e.source.getJsonTypeName() : null,
    };
  }

  // adaptivecards 3.0.6 validates "lang" with a global (/g) regular expression, whose lastIndex survives between
  // cards: every second card with a "lang" got "Invalid value" although the value is fine. Use a non-global copy.
  function fixStatefulLangPattern(AC) {
    const property = AC.CardElement && AC.CardElement.langProperty;
    if (property && property.regEx instanceof RegExp && property.regEx.global) {
      property.regEx = new RegExp(property.regEx.source, property.regEx.flags.replace("g", ""));
    }
  }

  function parseVersion(text) {
    const match = /^(\d+)\.(\d+)$/.exec(typeof text === "string" ? text : "");
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
  }

  function checkCard(AC, input, options) {
    fixStatefulLangPattern(AC);
    const target = options.targetVersion || "1.5";
    const result = { errors: [], warnings: [], rendered: false, inputIds: [] };
    const add = (issue) => (WARNING_EVENTS.has(issue.code) ? result.warnings : result.errors).push(issue);

    let payload;
    try {
      payload = typeof input === "string" ? JSON.parse(input) : input;
    } catch (error) {
      result.errors.push({ source: "json", code: "InvalidJson", message: String(error.message), element: null });
      return result;
    }

    // The renderer parses a 1.6 card under a 1.5 context without a word; Teams renders at most 1.5.
    const declared = parseVersion(payload && payload.version);
    const wanted = parseVersion(target);
    if (!declared || declared.major > wanted.major || (declared.major === wanted.major && declared.minor > wanted.minor)) {
      result.errors.push({
        source: "harness",
        code: "CardVersionAboveTarget",
        message: `The card declares version "${payload && payload.version}"; the target is ${target}.`,
        element: "AdaptiveCard",
      });
    }

    const context = new AC.SerializationContext(new AC.Version(wanted.major, wanted.minor));
    const card = new AC.AdaptiveCard();
    try {
      card.parse(payload, context);
    } catch (error) {
      result.errors.push({ source: "parse", code: "ParseException", message: String(error && error.message), element: null });
      return result;
    }
    for (let i = 0; i < context.eventCount; i++) {
      add(toIssue(AC, "parse", context.getEventAt(i)));
    }
    for (const e of card.validateProperties().validationEvents) {
      add(toIssue(AC, "validate", e));
    }
    result.inputIds = card.getAllInputs().map((i) => i.id);

    if (options.host) {
      try {
        const element = card.render();
        if (element) {
          options.host.appendChild(element);
          result.rendered = true;
          options.host.removeChild(element);
        } else {
          result.errors.push({ source: "render", code: "RenderedNothing", message: "render() produced no content.", element: null });
        }
      } catch (error) {
        result.errors.push({ source: "render", code: "RenderException", message: String(error && error.message), element: null });
      }
    }
    return result;
  }

  function checkCards(AC, cards, options) {
    return cards.map((card) => checkCard(AC, card, options || {}));
  }

  return { checkCard: checkCard, checkCards: checkCards };
});
