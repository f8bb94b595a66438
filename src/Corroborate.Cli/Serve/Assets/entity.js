// The entity page: one person, organisation or place across every story — name variants, stories, quotes.
"use strict";

(() => {
  const { el, clear, fetchJson, formatDate, plural, pathId, status, citationLink } = CB;
  const id = pathId();
  const story = new URLSearchParams(location.search).get("story");

  function render(entity) {
    document.title = `Corroborate — ${entity.name}`;
    document.getElementById("name").textContent = entity.name;
    const stories = entity.stories || [];
    document.getElementById("meta").textContent =
      `${entity.type} · ${plural(entity.mentions || 0, "mention")} in ${plural(stories.length, "story")}`;
    const variants = (entity.variants || []).filter(v => v !== entity.name);
    document.getElementById("variants").textContent = variants.length ? "Also written: " + variants.join(" · ") : "";

    const sources = new Map((entity.sources || []).map(s => [s.id, s]));
    const sourceName = articleId => {
      const source = sources.get(articleId);
      return source ? CB.sourceLabel(source.outlet, source.title || source.lead, articleId) : articleId;
    };

    const list = clear(document.getElementById("stories-body"));
    for (const item of stories) {
      const dates = item.firstSeen ? `${formatDate(item.firstSeen)} – ${formatDate(item.lastSeen)}` : "undated";
      const names = (item.names || []).filter(n => n !== entity.name);
      list.append(el("li", { cls: "story-item" },
        el("a", { href: "/stories/" + encodeURIComponent(item.id), text: item.title || item.id, cls: "story-title" }),
        el("p", { cls: "meta", text: `${dates} · ${plural(item.mentions || 0, "mention")} in ${plural((item.articles || []).length, "article")}${(item.outlets || []).length ? " · " + item.outlets.join(", ") : ""}` }),
        names.length ? el("p", { cls: "variants", text: "named here: " + names.join(", ") }) : null));
    }
    if (list.childElementCount === 0) list.append(el("li", { cls: "empty", text: "No stories." }));

    const quotes = clear(document.getElementById("quotes-body"));
    const byStory = new Map();
    for (const quote of entity.quotes || []) {
      if (!byStory.has(quote.story)) byStory.set(quote.story, []);
      byStory.get(quote.story).push(quote);
    }
    for (const item of stories) {
      const said = byStory.get(item.id);
      if (!said) continue;
      const ul = el("ul", { cls: "quotes" });
      for (const quote of said) {
        const cites = el("span", { cls: "cites" });
        const seen = new Set();
        for (const mention of quote.mentions || []) {
          if (seen.has(mention.article)) continue;
          seen.add(mention.article);
          cites.append(" ", citationLink(mention, sourceName(mention.article), articleId => ({ outlet: sourceName(articleId), title: sources.get(articleId)?.title })));
        }
        ul.append(el("li", { cls: quote.verbatim === false ? "quote differs-text" : "quote" }, el("q", { text: quote.text }),
          quote.verbatim === false ? el("span", { cls: "badge", text: "wording differs" }) : null, cites));
      }
      quotes.append(el("h3", null, el("a", { href: "/stories/" + encodeURIComponent(item.id), text: item.title || item.id })), ul);
    }
    if (quotes.childElementCount === 0) quotes.append(el("p", { cls: "empty", text: "No quotes attributed." }));
  }

  async function load() {
    try {
      const url = "/api/entities/" + encodeURIComponent(id) + (story ? "?story=" + encodeURIComponent(story) : "");
      const { body } = await fetchJson(url);
      render(body);
      document.getElementById("entity").hidden = false;
      status("");
    } catch (error) {
      status(error.status === 404 ? "No such entity." : "Could not load the entity: " + error.message, true);
    }
  }

  load();
})();
