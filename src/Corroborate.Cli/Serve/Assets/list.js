// The story list: filters in the URL, newest first, refreshed every few seconds (ETag: unchanged lists cost a 304).
"use strict";

(() => {
  const { el, clear, fetchJson, formatDate, plural, status } = CB;
  const params = new URLSearchParams(location.search);
  const filters = ["q", "from", "to", "outlet", "entity"];
  const pageSize = 20;
  let offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  let etag = null;

  for (const name of filters) {
    const input = document.getElementById(name);
    if (input && params.get(name)) input.value = params.get(name);
  }

  function query() {
    const q = new URLSearchParams();
    for (const name of filters) if (params.get(name)) q.set(name, params.get(name));
    q.set("offset", String(offset));
    q.set("limit", String(pageSize));
    return q;
  }

  function renderStories(page) {
    const list = clear(document.getElementById("stories"));
    for (const story of page.stories) {
      const dates = story.firstSeen ? `${formatDate(story.firstSeen)} – ${formatDate(story.lastSeen)}` : "undated";
      const outlets = story.outlets || [];
      const unnamed = Number.isInteger(story.unnamedArticles) ? story.unnamedArticles : 0;
      const sources = outlets.length
        ? outlets.join(", ") + (unnamed ? ` and ${plural(unnamed, "article")} without an outlet` : "")
        : "no outlet named";
      list.append(el("li", { cls: "story-item" },
        el("a", { href: "/stories/" + encodeURIComponent(story.id), text: story.title || story.id, cls: "story-title" }),
        story.lead ? el("p", { cls: "lead", text: story.lead }) : null,
        el("p", { cls: "meta" }, `${dates} · ${plural(story.articleCount, "article")} · `, el("span", { cls: "outlets", text: sources }))));
    }
    if (page.stories.length === 0) list.append(el("li", { cls: "empty", text: "No stories match." }));
    document.getElementById("page").textContent = page.total ? `${page.offset + 1}–${page.offset + page.stories.length} of ${page.total}` : "";
    document.getElementById("prev").disabled = page.offset === 0;
    document.getElementById("next").disabled = page.offset + page.stories.length >= page.total;
  }

  async function refresh() {
    try {
      const init = etag ? { headers: { Accept: "application/json", "If-None-Match": etag } } : undefined;
      const result = await fetchJson("/api/stories?" + query(), init);
      if (result.notModified) return;
      etag = result.response.headers.get("ETag");
      renderStories(result.body);
      status("");
    } catch (error) {
      status("Could not load the stories: " + error.message, true);
    }
  }

  /** A search snippet marks matched words with [ and ]: those become <mark> elements, the rest stays text. */
  function snippet(text) {
    const node = el("p", { cls: "snippet" });
    const parts = String(text).split(/(\[[^\]]*\])/);
    for (const part of parts) {
      if (part.startsWith("[") && part.endsWith("]")) node.append(el("mark", { text: part.slice(1, -1) }));
      else if (part) node.append(part);
    }
    return node;
  }

  async function search() {
    const q = params.get("q");
    if (!q) return;
    try {
      const { body } = await fetchJson("/api/search?q=" + encodeURIComponent(q));
      const list = clear(document.getElementById("hits"));
      for (const hit of body.hits) {
        list.append(el("li", null,
          el("a", { href: "/articles/" + encodeURIComponent(hit.article), text: hit.title || hit.article }),
          hit.outlet ? el("span", { cls: "meta", text: " · " + hit.outlet }) : null,
          snippet(hit.snippet)));
      }
      if (body.hits.length === 0) list.append(el("li", { cls: "empty", text: "No article matches." }));
      document.getElementById("search-section").hidden = false;
    } catch (error) {
      status("Search failed: " + error.message, true);
    }
  }

  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - pageSize); etag = null; refresh(); });
  document.getElementById("next").addEventListener("click", () => { offset += pageSize; etag = null; refresh(); });
  refresh();
  search();
  setInterval(() => { if (!document.hidden) refresh(); }, 5000);
})();
