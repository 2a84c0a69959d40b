#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile inputs of docs/RELIABILITY.md ("Memory budget") into DIR (default .):
a 111-byte SVG, PNGs whose few bytes decode to 196 MP and to 132 MP at 16 bits, a project
of six 14000 x 14000 layers, and one whose manifest lies about a layer's size.
Measure with: /usr/bin/time -f %M outframe-cli FILE -o out.png
"""
import json, os, struct, sys, zipfile, zlib

out = sys.argv[1] if len(sys.argv) > 1 else "."
here = os.path.dirname(os.path.abspath(__file__))
fixture = os.path.join(here, "..", "..", "tests", "data", "project-v1.outframe")


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, depth, colour_type, bytes_per_pixel):
    row = b"\0" * (1 + width * bytes_per_pixel)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def project(path, manifest, layers, source):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), source.read("mimetype"))
        z.writestr("project.json", json.dumps(manifest))
        z.writestr("reference.png", source.read("reference.png"))
        for name, data in layers:
            z.writestr(name, data)


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


write("bomb.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000">'
                  b'<rect width="100%" height="100%"/></svg>')
big = png(14000, 14000, 8, 2, 3)
write("rgb-196mp.png", big)
write("rgba16-132mp.png", png(11500, 11500, 16, 6, 8))
source = zipfile.ZipFile(fixture)
manifest = json.loads(source.read("project.json"))
layers = []
for i in range(6):
    layer = dict(manifest["layers"][0], id=str(100 + i), file="layers/%d.png" % (100 + i),
                 width=14000, height=14000)
    layers.append(layer)
project(os.path.join(out, "bomb6.outframe"),
        dict(manifest, layers=layers, active_layer="105", next_layer_id="106"),
        [(l["file"], big) for l in layers], source)
project(os.path.join(out, "liar.outframe"), json.loads(source.read("project.json")),
        [(n, big) for n in source.namelist() if n.startswith("layers/")], source)
