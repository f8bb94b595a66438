// The story's places on a world outline: one dot per place entity the gazetteer locates, sized by its mentions.
// The outline is Natural Earth 1:110m land (public domain) shipped as /assets/world.svg: no tiles, no network beyond
// this server. Names come from articles, so they reach the page only through textContent.
"use strict";

const CBMap = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  let outline = null;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** The land path of /assets/world.svg; only move, line and close commands with numbers are accepted. */
  async function land() {
    if (outline === null) {
      outline = fetch("/assets/world.svg").then(r => (r.ok ? r.text() : "")).then(text => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const d = doc.getElementById("land")?.getAttribute("d") || "";
        return /^[MLZ0-9 .\-]*$/.test(d) ? d : "";
      }).catch(() => "");
    }
    return outline;
  }

  /** Place entities with a usable point: {name, mentions, lat, lon}. */
  function places(story) {
    const entities = Array.isArray(story && story.entities) ? story.entities : [];
    return entities.filter(e => e && e.type === "place" && e.coordinates && Number.isFinite(e.coordinates.lat) && Number.isFinite(e.coordinates.lon)
        && Math.abs(e.coordinates.lat) <= 90 && Math.abs(e.coordinates.lon) <= 180)
      .map(e => ({ name: String(e.name || ""), mentions: Math.max(1, Number(e.mentions) || 1), lat: e.coordinates.lat, lon: e.coordinates.lon }))
      .sort((a, b) => b.mentions - a.mentions);
  }

  /** The part of the world the places need, padded, at least 60° by 30°, at most the whole map (x = lon, y = -lat). */
  function view(points) {
    const xs = points.map(p => p.lon), ys = points.map(p => -p.lat);
    let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = Math.max(60, (x1 - x0) * 1.3 + 20), height = Math.max(30, (y1 - y0) * 1.3 + 14, width / 2.4);
    const w = Math.min(360, Math.max(width, height * 2)), h = Math.min(180, w / 2);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    x0 = Math.min(Math.max(cx - w / 2, -180), 180 - w);
    y0 = Math.min(Math.max(cy - h / 2, -90), 90 - h);
    return { x: x0, y: y0, w, h };
  }

  async function render(story) {
    const section = document.getElementById("map");
    const body = document.getElementById("map-body");
    if (!section || !body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    const points = places(story);
    section.hidden = points.length === 0;
    if (points.length === 0) return;

    const box = view(points);
    const unit = box.w / 100;
    const map = svg("svg", {
      viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`, width: "100%", role: "img", class: "world-map",
      preserveAspectRatio: "xMidYMid meet", "aria-label": `Map of ${points.length} place${points.length === 1 ? "" : "s"} in this story`,
    });
    map.append(svg("rect", { x: -180, y: -90, width: 360, height: 180, fill: "#eef3f7" }));
    const d = await land();
    if (d) map.append(svg("path", { d, fill: "#d5dbe0", stroke: "#aab4bd", "stroke-width": unit * 0.12, "fill-rule": "evenodd", class: "land" }));

    const most = points[0].mentions;
    const font = unit * 1.8;
    const taken = [];
    const overlaps = b => taken.some(t => b.x < t.x + t.w && t.x < b.x + b.w && b.y < t.y + t.h && t.y < b.y + b.h);
    const dots = [];
    // Biggest first, so smaller dots are drawn on top and stay visible.
    for (const p of points) {
      const r = unit * (0.7 + 1.6 * Math.sqrt(p.mentions / most));
      const g = svg("g", { class: "place" });
      g.setAttribute("data-name", p.name);
      g.append(svg("title", null, `${p.name}: ${p.mentions} mention${p.mentions === 1 ? "" : "s"}`));
      g.append(svg("circle", { cx: p.lon, cy: -p.lat, r, fill: "#c0392b", "fill-opacity": 0.75, stroke: "#fff", "stroke-width": unit * 0.15 }));
      map.append(g);
      dots.push({ p, r, g });
      taken.push({ x: p.lon - r, y: -p.lat - r, w: 2 * r, h: 2 * r });
    }

    // Labels in order of mentions: right of the dot, else left, above or below; a name with no free spot keeps its tooltip only.
    for (const { p, r, g } of dots) {
      const w = p.name.length * font * 0.56, h = font;
      const spots = [
        { x: p.lon + r + unit * 0.4, y: -p.lat - h / 2, anchor: "start" },
        { x: p.lon - r - unit * 0.4 - w, y: -p.lat - h / 2, anchor: "end" },
        { x: p.lon - w / 2, y: -p.lat - r - h - unit * 0.2, anchor: "middle" },
        { x: p.lon - w / 2, y: -p.lat + r + unit * 0.2, anchor: "middle" },
      ];
      const spot = spots.find(b => !overlaps({ x: b.x, y: b.y, w, h }));
      const label = svg("text", {
        "font-size": font, fill: "#1d2a35", stroke: "#fff", "stroke-width": unit * 0.35, "paint-order": "stroke",
        "text-anchor": spot ? spot.anchor : "start",
        x: spot ? (spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x + w : spot.x + w / 2) : p.lon + r,
        y: spot ? spot.y + h * 0.8 : -p.lat,
      }, p.name);
      if (spot) taken.push({ x: spot.x, y: spot.y, w, h });
      else label.setAttribute("visibility", "hidden");
      g.append(label);
    }

    body.append(map);
    const note = document.createElement("p");
    note.className = "meta";
    note.textContent = "Dots sized by mentions. Outline: Natural Earth (public domain); places: GeoNames (CC BY 4.0).";
    body.append(note);
  }

  return { render, places, view };
})();
