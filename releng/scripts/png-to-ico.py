#!/usr/bin/env python3
"""Packs PNG images into one Windows .ico (the icon of nianbao.exe and of the installers), so that the
application icons in bundles/cn.nianbao.app/icons stay the only drawn source. Windows Vista and later read
PNG-compressed icon entries directly.
   png-to-ico.py OUT.ico ICON_DIR        (takes nianbao16.png ... nianbao128.png from ICON_DIR)"""
import os
import struct
import sys

SIZES = (16, 32, 48, 64, 128)


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("png-to-ico: not a PNG image")
    return struct.unpack(">II", data[16:24])


def main(out, pngs):
    images = [open(p, "rb").read() for p in pngs]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for data in images:
        width, height = png_size(data)
        if width > 256 or height > 256:
            raise SystemExit("png-to-ico: an icon image is at most 256 pixels wide")
        # 256 is written as 0 in the one-byte fields
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data),
                               offset + len(payload))
        payload += data
    with open(out, "wb") as f:
        f.write(header + entries + payload)


if __name__ == "__main__":
    main(sys.argv[1], [os.path.join(sys.argv[2], "nianbao%d.png" % size) for size in SIZES])
