// The story page: briefing with citations, who reports what, discrepancies, timeline, events, entities, quotes.
"use strict";

(() => {
  const { el, clear, fetchJson, formatDate, plural, pathId, status, citation, citationLink, sourceLabel } = CB;
  const id = pathId();
  let articles = new Map();
  // What the briefing holds is decided by the server (BriefingView): its numbers come with the story as "view.limits".
  let limits = {};
  const limit = (name, fallback) => Number.isInteger(limits[name]) && limits[name] >= 0 ? limits[name] : fallback;

  const info = articleId => articles.get(articleId) || null;
  const outletOf = articleId => (info(articleId) && info(articleId).outlet) || null;
  /** How an article is named on this page: its outlet, else its title, else its first sentence (shortened); its number only when it has no text. */
  const sourceName = articleId => info(articleId) ? sourceLabel(info(articleId).outlet, info(articleId).title || info(articleId).lead, `#${info(articleId).number}`) : articleId;

  /** The whole outlet or title behind a (possibly shortened) column name. */
  function fullName(name) {
    for (const article of articles.values()) {
      if (sourceName(article.id) === name) return article.outlet || article.title || article.lead || name;
    }
    return name;
  }

  function cites(entries) {
    const span = el("span", { cls: "cites" });
    const seen = new Set();
    const named = new Map();
    (entries || []).forEach(entry => {
      const cite = citation(entry);
      // One link per article and sentence place is enough; repeats add noise, not evidence.
      if (!cite || seen.has(cite.article)) return;
      seen.add(cite.article);
      // Two articles of one outlet (an article and its copy) are two links: numbered, never two identical chips.
      const name = sourceName(cite.article);
      const count = (named.get(name) || 0) + 1;
      named.set(name, count);
      const label = count > 1 ? `${name} (${count})` : name;
      const link = citationLink(entry, label, articleId => info(articleId) && { outlet: sourceName(articleId), title: info(articleId).title });
      if (link) span.append(" ", link);
    });
    return span;
  }

  function asList(value) {
    return Array.isArray(value) ? value : [];
  }

  function renderHeader(story) {
    document.title = `Corroborate — ${story.title}`;
    document.getElementById("title").textContent = story.title;
    const outlets = new Set(asList(story.articles).map(outletOf).filter(Boolean));
    const dates = story.firstSeen ? `${formatDate(story.firstSeen)} – ${formatDate(story.lastSeen)}` : "undated";
    document.getElementById("meta").textContent =
      `${dates} · ${plural(asList(story.articles).length, "article")} from ${plural(outlets.size, "outlet")} · ${plural(asList(story.duplicates).length, "copy")} · keywords: ${asList(story.keywords).join(", ")}`;
  }

  /** An outlet as the JSON names it; the corroboration stage names outlet-less articles "article <id>". */
  function outletName(name, articleIds) {
    const ids = asList(articleIds);
    if (typeof name === "string" && name && !name.startsWith("article ")) return name;
    return ids.length ? sourceName(ids[0]) : (typeof name === "string" ? name.replace(/^article /, "") : "");
  }

  /** A claim as a list item: its text and a citation per article that states it. */
  function claimItem(claim) {
    return el("li", null, el("span", { text: claim.text || claim.id }), cites(asList(claim.mentions).length ? claim.mentions : claim.articles));
  }

  function renderBriefing(story) {
    const body = clear(document.getElementById("briefing-body"));
    const briefing = story.briefing;
    const claims = new Map(asList(story.claims).map(c => [c.id, c]));
    if (briefing && typeof briefing === "object") {
      if (briefing.headline) body.append(el("p", { cls: "headline", text: briefing.headline }));
      const list = el("ul", { cls: "summary" });
      for (const item of asList(briefing.summary)) {
        const sentence = typeof item === "string" ? item : item && item.sentence;
        if (!sentence) continue;
        // Prefer sources (spans with their text) over bare article ids: they link to the sentence itself.
        const citations = typeof item !== "object" ? []
          : asList(item.sources).length ? item.sources
          : asList(item.citations).length ? item.citations
          : item.article ? [item] : [];
        list.append(el("li", { cls: "brief-sentence" }, el("span", { text: sentence }), cites(citations)));
      }
      body.append(list);

      const facts = asList(briefing.keyFacts).map(id => typeof id === "string" ? claims.get(id) : id).filter(c => c && typeof c === "object").slice(0, limit("keyFacts", 10));
      if (facts.length) body.append(el("h3", { text: "Key facts" }), el("ul", { cls: "facts" }, ...facts.map(claimItem)));

      const only = asList(briefing.onlyReportedBy);
      if (only.length) {
        const section = el("ul", { cls: "only" });
        for (const item of only) {
          if (typeof item === "string") { section.append(el("li", { text: item })); continue; }
          const owned = asList(item.claims).map(id => claims.get(id)).filter(Boolean).slice(0, limit("onlyReportedPerOutlet", 4));
          const what = item.sentence || item.text || item.claim || item.description || "";
          section.append(el("li", null, el("strong", { text: outletName(item.outlet, item.articles || (item.article ? [item.article] : [])) }),
            what ? ": " + what : "", owned.length ? el("ul", null, ...owned.map(claimItem)) : cites(item.citations || (item.article ? [item] : []))));
        }
        body.append(el("details", { cls: "more" }, el("summary", { text: `Only reported by one outlet (${only.length})` }), section));
      }

      const leftOut = asList(briefing.leftOut).filter(item => item && typeof item === "object");
      if (leftOut.length) {
        const section = el("ul", { cls: "left-out" });
        for (const item of leftOut) {
          const missed = asList(item.claims).map(id => claims.get(id)).filter(Boolean).slice(0, limit("leftOutPerOutlet", 4));
          if (missed.length) section.append(el("li", null, el("strong", { text: outletName(item.outlet, item.articles) }), " does not report:", el("ul", null, ...missed.map(claimItem))));
        }
        if (section.childElementCount) body.append(el("details", { cls: "more" }, el("summary", { text: `Left out (${section.childElementCount})` }), section));
      }
      return;
    }

    // No briefing in this story's JSON yet: show the dated happenings and the most repeated quotes, each with its sources.
    body.append(el("p", { cls: "note", text: "Key points from the timeline and quotes (no written briefing for this story)." }));
    const list = el("ul", { cls: "summary" });
    const timeline = asList(story.timeline).slice().sort((a, b) => asList(b.articles).length - asList(a.articles).length).slice(0, limit("keyPointsFromTimeline", 4));
    for (const entry of timeline) {
      list.append(el("li", { cls: "brief-sentence" }, el("span", { text: `${entry.date}: ${entry.description}` }), cites(asList(entry.mentions))));
    }
    const quotes = asList(story.quotes).filter(q => q.speakerName).sort((a, b) => asList(b.mentions).length - asList(a.mentions).length).slice(0, limit("keyPointsFromQuotes", 3));
    for (const quote of quotes) {
      list.append(el("li", { cls: "brief-sentence" }, el("span", { text: `${quote.speakerName}: “${quote.text}”` }), cites(asList(quote.mentions))));
    }
    if (list.childElementCount === 0) list.append(el("li", { cls: "empty", text: "Nothing to summarise yet." }));
    body.append(list);
  }

  function claimOutlets(claim) {
    const outlets = new Set(asList(claim.outlets).filter(o => typeof o === "string" && !o.startsWith("article ")));
    for (const articleId of asList(claim.articles)) {
      const cite = citation(articleId);
      if (cite) outlets.add(sourceName(cite.article));
    }
    return outlets;
  }

  /** Column name → stance of that source towards the claim (support, agree, disagree, discuss), from { stance: [article ids] }. */
  function stanceByColumn(claim) {
    const byColumn = new Map();
    const stance = claim.stance && typeof claim.stance === "object" ? claim.stance : {};
    for (const position of ["discuss", "agree", "support", "disagree"]) {
      for (const articleId of asList(stance[position])) {
        if (typeof articleId === "string") byColumn.set(sourceName(articleId), position);
      }
    }
    return byColumn;
  }

  function renderClaims(story) {
    const claimsShown = limit("claimsShown", 12);
    const container = clear(document.getElementById("claims-body"));
    // Disputed claims first, then the most widely reported.
    const claims = asList(story.claims).slice().sort((a, b) =>
      asList(b.conflicts).length - asList(a.conflicts).length || claimOutlets(b).size - claimOutlets(a).size);
    if (claims.length === 0) {
      container.append(el("p", { cls: "note", text: "No claims extracted for this story." }));
      return;
    }
    const duplicates = new Set(asList(story.duplicates).map(d => d.id));
    const columns = [...new Set(asList(story.articles).filter(a => !duplicates.has(a)).map(sourceName))];
    const table = el("table", { cls: "claims" });
    table.append(el("caption", { text: "Claims (rows) by outlet (columns): ✓ reports it, — does not, a value where the outlets differ." }));
    const head = el("tr", null, el("th", { text: "Claim", attrs: { scope: "col" } }));
    for (const outlet of columns) head.append(el("th", { text: outlet, title: fullName(outlet), attrs: { scope: "col" } }));
    table.append(el("thead", null, head));
    const tbody = el("tbody");
    for (const claim of claims) {
      const reporting = claimOutlets(claim);
      const conflicts = asList(claim.conflicts);
      const row = el("tr", { cls: conflicts.length ? "conflicted" : "" });
      const label = el("th", { attrs: { scope: "row" } }, el("span", { text: claim.text || claim.id }),
        cites(asList(claim.mentions).length ? claim.mentions : asList(claim.articles)));
      row.append(label);
      const stance = stanceByColumn(claim);
      for (const outlet of columns) {
        const values = [];
        for (const conflict of conflicts) {
          for (const value of asList(conflict.values)) {
            const outlets = asList(value.articles).map(a => sourceName(citation(a) ? citation(a).article : a));
            if (outlets.includes(outlet)) values.push(`${conflict.field ? conflict.field + ": " : ""}${value.value}`);
          }
        }
        const position = stance.get(outlet);
        let cell;
        if (values.length) cell = el("td", { cls: "differs", text: values.join("; ") });
        else if (position === "disagree") cell = el("td", { cls: "differs", text: "disagrees" });
        else if (position === "agree" || position === "discuss") cell = el("td", { cls: "stance-" + position, text: position === "agree" ? "agrees" : "discusses" });
        else if (reporting.has(outlet) || position === "support") cell = el("td", { cls: "reports", text: "✓", attrs: { "aria-label": "reports it" } });
        else cell = el("td", { cls: "silent", text: "—", attrs: { "aria-label": "does not report it" } });
        row.append(cell);
      }
      // Long tables start short: the disputed and most widely reported claims, the rest a click away.
      if (tbody.childElementCount >= claimsShown) row.hidden = true;
      tbody.append(row);
    }
    table.append(tbody);
    container.append(table);
    if (claims.length > claimsShown) {
      const more = el("button", { text: `Show all ${claims.length} claims`, attrs: { type: "button", "aria-expanded": "false" } });
      more.addEventListener("click", () => {
        const expand = more.getAttribute("aria-expanded") === "false";
        [...tbody.rows].forEach((row, i) => { row.hidden = !expand && i >= claimsShown; });
        more.setAttribute("aria-expanded", String(expand));
        more.textContent = expand ? `Show the first ${claimsShown} claims` : `Show all ${claims.length} claims`;
      });
      container.append(el("p", null, more));
    }
  }

  function renderDiscrepancies(story) {
    const list = clear(document.getElementById("discrepancies-body"));
    for (const claim of asList(story.claims)) {
      for (const conflict of asList(claim.conflicts)) {
        const values = el("ul");
        for (const value of asList(conflict.values)) {
          const outlets = [...new Set(asList(value.articles).map(a => sourceName(citation(a) ? citation(a).article : a)))];
          values.append(el("li", null, el("strong", { text: String(value.value) }), ` — ${outlets.join(", ")}`, cites(asList(value.spans).length ? value.spans : asList(value.articles))));
        }
        list.append(el("li", { cls: "discrepancy" }, el("span", { text: `${claim.text || claim.id}${conflict.field ? " (" + conflict.field + ")" : ""}: ${conflict.description || "outlets differ"}` }), values));
      }
    }
    for (const quote of asList(story.quotes).filter(q => q.verbatim === false && asList(q.mentions).length > 1)) {
      const wordings = el("ul");
      for (const mention of asList(quote.mentions)) {
        wordings.append(el("li", null, el("q", { text: mention.text }), cites([mention])));
      }
      list.append(el("li", { cls: "discrepancy" }, el("span", { text: `Quote wording differs${quote.speakerName ? " (" + quote.speakerName + ")" : ""}:` }), wordings));
    }
    if (list.childElementCount === 0) list.append(el("li", { cls: "empty", text: "No discrepancies found between the outlets." }));
  }

  function renderTimeline(story) {
    const list = clear(document.getElementById("timeline-body"));
    for (const entry of asList(story.timeline)) {
      list.append(el("li", null,
        el("time", { text: entry.date, attrs: { datetime: entry.date } }),
        el("span", { cls: "granularity", text: entry.granularity ? ` (${entry.granularity})` : "" }),
        " ", el("span", { text: entry.description }),
        el("span", { cls: "meta", text: ` · ${plural(asList(entry.articles).length, "article")}` }),
        cites(asList(entry.mentions))));
    }
    if (list.childElementCount === 0) list.append(el("li", { cls: "empty", text: "No dated happenings found." }));
  }

  /** An actor of an event as a node: its name (a link to its entity page when known) and CAMEO actor code. */
  function actorNode(actor, story, entityIds) {
    if (!actor || typeof actor !== "object") return el("span", { cls: "actor unknown", text: "(no actor)" });
    const name = actor.name || actor.code || "(unnamed)";
    const entity = typeof actor.entity === "string" ? actor.entity : null;
    const node = entity
      ? el("a", { cls: "actor", text: name, href: entityHref(entityIds.get(entity) || entity, story.id) })
      : el("span", { cls: "actor", text: name });
    return el("span", { cls: "actor-wrap" }, node, actor.code ? el("code", { cls: "actor-code", text: actor.code }) : null);
  }

  /** The sentence an event was coded from, its source, action and target marked (offsets into the article). */
  function eventSpan(mention) {
    const text = typeof mention.text === "string" ? mention.text : "";
    const base = Number.isInteger(mention.start) ? mention.start : 0;
    const marks = [["sourceSpan", "ev-source"], ["actionSpan", "ev-action"], ["targetSpan", "ev-target"]]
      .map(([key, cls]) => Array.isArray(mention[key]) ? { from: mention[key][0] - base, to: mention[key][1] - base, cls } : null)
      .filter(m => m && m.from >= 0 && m.to <= text.length && m.from < m.to)
      .sort((a, b) => a.from - b.from);
    const node = el("q", { cls: "event-span" });
    let cursor = 0;
    for (const mark of marks) {
      if (mark.from < cursor) continue; // overlapping marks: the first one wins
      node.append(text.slice(cursor, mark.from), el("mark", { cls: mark.cls, text: text.slice(mark.from, mark.to) }));
      cursor = mark.to;
    }
    node.append(text.slice(cursor));
    return node;
  }

  function renderEvents(story) {
    const events = asList(story.events);
    const section = document.getElementById("events");
    section.hidden = events.length === 0;
    document.querySelector(".toc a[href='#events']").hidden = section.hidden;
    const list = clear(document.getElementById("events-body"));
    const entityIds = new Map(asList(story.entities).map(e => [e.id, e.entityId || e.id]));
    for (const event of events) {
      if (typeof event !== "object" || event === null) { list.append(el("li", { text: String(event) })); continue; }
      const mentions = asList(event.mentions);
      const first = mentions.find(m => m && typeof m.text === "string");
      const action = el("span", { cls: "action" }, el("span", { text: event.label || event.description || "" }),
        event.code ? el("code", { cls: "cameo", text: event.code, title: "CAMEO event code" }) : null);
      const line = el("p", { cls: "event-line" }, actorNode(event.source, story, entityIds), el("span", { cls: "arrow", text: " → ", attrs: { "aria-label": "does" } }),
        action, el("span", { cls: "arrow", text: " → ", attrs: { "aria-label": "to" } }), actorNode(event.target, story, entityIds));
      const facts = [event.date, event.location, typeof event.goldstein === "number" ? `Goldstein ${event.goldstein}` : null,
        Number.isInteger(event.numArticles) ? plural(event.numArticles, "article") : null].filter(Boolean).join(" · ");
      list.append(el("li", { cls: "event" }, line,
        el("p", { cls: "meta" }, facts, cites(mentions.length ? mentions : asList(event.articles))),
        first ? el("p", { cls: "event-source" }, el("span", { cls: "meta", text: `from ${sourceName(first.article)}: ` }), eventSpan(first)) : null));
    }
  }

  /** An entity's page; the story says which of its entities is meant when an id alone could name two. */
  function entityHref(entityId, storyId) {
    return "/entities/" + encodeURIComponent(entityId) + "?story=" + encodeURIComponent(storyId);
  }

  function renderEntities(story) {
    const list = clear(document.getElementById("entities-body"));
    const entities = asList(story.entities).slice().sort((a, b) => (b.mentions || 0) - (a.mentions || 0));
    for (const entity of entities) {
      const variants = asList(entity.variants).filter(v => v !== entity.name);
      list.append(el("li", null,
        el("a", { href: entityHref(entity.entityId || entity.id, story.id), text: entity.name, title: "Every story and quote of " + entity.name }),
        el("span", { cls: "meta", text: ` ${entity.type} · ${plural(entity.mentions || 0, "mention")} in ${plural(asList(entity.articles).length, "article")}` }),
        variants.length ? el("span", { cls: "variants", text: " also: " + variants.join(", ") }) : null));
    }
    if (list.childElementCount === 0) list.append(el("li", { cls: "empty", text: "No entities found." }));
  }

  function renderQuotes(story) {
    const container = clear(document.getElementById("quotes-body"));
    const bySpeaker = new Map();
    const speakerIds = new Map();
    for (const quote of asList(story.quotes)) {
      const speaker = quote.speakerName || "Unattributed";
      if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, []);
      bySpeaker.get(speaker).push(quote);
      if (typeof quote.speaker === "string") speakerIds.set(speaker, quote.speaker);
    }
    const entityIds = new Map(asList(story.entities).map(e => [e.id, e.entityId || e.id]));
    for (const [speaker, quotes] of bySpeaker) {
      const list = el("ul");
      for (const quote of quotes) {
        list.append(el("li", { cls: quote.verbatim === false ? "differs-text" : "" },
          el("q", { text: quote.text }),
          quote.verbatim === false ? el("span", { cls: "badge", text: "wording differs" }) : null,
          cites(asList(quote.mentions))));
      }
      const id = speakerIds.get(speaker);
      // A named speaker's heading leads to everything they said across the stories.
      container.append(id ? el("h3", null, el("a", { href: entityHref(entityIds.get(id) || id, story.id), text: speaker })) : el("h3", { text: speaker }), list);
    }
    if (bySpeaker.size === 0) container.append(el("p", { cls: "empty", text: "No quotes found." }));
  }

  function renderArticles(story, summaries) {
    const list = clear(document.getElementById("articles-body"));
    for (const article of summaries) {
      list.append(el("li", null,
        el("span", { cls: "number", text: `#${article.number} ` }),
        el("a", { href: "/articles/" + encodeURIComponent(article.id), text: article.title || article.lead || article.id, cls: article.title ? "" : "no-headline" }),
        el("span", { cls: "meta", text: ` · ${article.outlet || "outlet not named"} · ${article.published ? formatDate(article.published) : "no date"}${article.duplicateOf ? " · copy of " + (info(article.duplicateOf) ? sourceName(article.duplicateOf) : article.duplicateOf) : ""}` })));
    }
  }

  function renderCoverage(summaries) {
    // Copies count: an outlet that republished a wire story covered it too.
    clear(document.getElementById("coverage-body")).append(CoverageChart.render(summaries, a => sourceName(a.id)));
  }

  async function load() {
    try {
      const [story, summaries] = await Promise.all([
        fetchJson("/api/stories/" + encodeURIComponent(id)).then(r => r.body),
        fetchJson("/api/stories/" + encodeURIComponent(id) + "/articles").then(r => r.body),
      ]);
      summaries.forEach((a, i) => { a.number = i + 1; });
      articles = new Map(summaries.map(a => [a.id, a]));
      limits = (story.view && typeof story.view.limits === "object" && story.view.limits) || {};
      renderHeader(story);
      renderCoverage(summaries);
      renderBriefing(story);
      renderClaims(story);
      renderDiscrepancies(story);
      renderTimeline(story);
      renderEvents(story);
      renderEntities(story);
      if (typeof CBMap !== "undefined") CBMap.render(story);
      renderQuotes(story);
      renderArticles(story, summaries);
      document.getElementById("story").hidden = false;
      status("");
      if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
    } catch (error) {
      status(error.status === 404 ? "No such story." : "Could not load the story: " + error.message, true);
    }
  }

  load();
})();
