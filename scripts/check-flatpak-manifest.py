#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks packaging/flatpak/io.outframe.Outframe.json for what can be checked offline.

flatpak-builder needs the network and the KDE SDK to build, so CI checks instead that the
manifest parses, uses the KDE 6 runtime, names the app by the id the desktop file and the
metainfo use, builds qtkeychain and libzip as modules, and pins every downloaded source
(sha256 for archives and files, a full commit for git). Prints each problem; exit 1 if any.
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
manifest_path = root / "packaging/flatpak/io.outframe.Outframe.json"
problems = []

try:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
except (OSError, ValueError) as error:
    sys.exit(f"{manifest_path}: does not parse: {error}")

app_id = "io.outframe.Outframe"
if manifest.get("id") != app_id:
    problems.append(f"id is {manifest.get('id')!r}, not {app_id!r}")
for name in (f"{app_id}.desktop", f"{app_id}.metainfo.xml"):
    if not (root / "packaging" / name).is_file():
        problems.append(f"packaging/{name} is missing: Flatpak exports files named by the id")
if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
    problems.append("runtime/sdk must be org.kde.Platform / org.kde.Sdk")
if not re.fullmatch(r"6\.\d+", str(manifest.get("runtime-version", ""))):
    problems.append(f"runtime-version {manifest.get('runtime-version')!r} is not a KDE 6 branch")
if manifest.get("command") != "outframe":
    problems.append("command must be outframe, the binary src/app installs")

modules = manifest.get("modules", [])
names = [m.get("name") for m in modules if isinstance(m, dict)]
for needed in ("libzip", "qtkeychain", "outframe"):
    if needed not in names:
        problems.append(f"no module named {needed}")
if names and names[-1] != "outframe":
    problems.append("outframe must be the last module: it builds against the others")
for module in modules:
    if not isinstance(module, dict):
        problems.append(f"module {module!r} is not an object (an external file is not checked)")
        continue
    name = module.get("name")
    if module.get("name") == "qtkeychain" and "-DBUILD_WITH_QT6=ON" not in module.get(
        "config-opts", []
    ):
        problems.append("qtkeychain must be built with -DBUILD_WITH_QT6=ON")
    sources = module.get("sources", [])
    if not sources:
        problems.append(f"module {name} has no sources")
    for source in sources:
        kind = source.get("type")
        if kind in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                problems.append(f"module {name}: {source.get('url')} has no sha256")
            if not str(source.get("url", "")).startswith("https://"):
                problems.append(f"module {name}: {source.get('url')} is not https")
        elif kind == "git":
            if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                problems.append(f"module {name}: git source without a full commit")
        elif kind == "dir":
            path = (manifest_path.parent / source.get("path", "")).resolve()
            cmake = path / "CMakeLists.txt"
            if not cmake.is_file() or "project(Outframe" not in cmake.read_text():
                problems.append(f"module {name}: dir {source.get('path')} is not this project")
        else:
            problems.append(f"module {name}: source type {kind!r} is not checked here")

for problem in problems:
    print(f"{manifest_path.relative_to(root)}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
