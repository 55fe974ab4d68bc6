#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
"""Renders resources/icons/qundesk.svg into the committed platform icons:
resources/linux/icons/<size>/org.qundesk.QunDesk.png (hicolor sizes), installer/icons/qundesk.ico
(Windows, PNG-compressed entries) and installer/icons/qundesk.icns (macOS, PNG entries).
Needs rsvg-convert (librsvg2-bin). Run it again after changing the SVG; the build never does."""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "resources/icons/qundesk.svg"
LINUX = ROOT / "resources/linux/icons"
HICOLOR = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element types holding PNG data, by pixel size (retina types reuse the larger renders).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]


def render(size, out):
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(SVG)],
                   check=True)
    return out.read_bytes()


def ico(pngs):
    # ICONDIR, then one ICONDIRENTRY per image (0 means 256), then the PNG payloads.
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns(pngs_by_size):
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs_by_size[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    with tempfile.TemporaryDirectory() as tmp:
        rendered = {}
        for size in sorted(set(HICOLOR + ICO_SIZES + [s for _, s in ICNS_TYPES])):
            rendered[size] = render(size, pathlib.Path(tmp) / f"{size}.png")
        for size in HICOLOR:
            folder = LINUX / f"{size}x{size}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "org.qundesk.QunDesk.png").write_bytes(rendered[size])
        here = pathlib.Path(__file__).resolve().parent
        (here / "qundesk.ico").write_bytes(ico([(s, rendered[s]) for s in ICO_SIZES]))
        (here / "qundesk.icns").write_bytes(icns(rendered))


if __name__ == "__main__":
    main()
