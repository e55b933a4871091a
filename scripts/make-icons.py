#!/usr/bin/env python3
"""Draws Kezek's app icons (PNG) from simple shapes, with no image library.

Run once when the icon changes; the PNGs are committed under web/icons/.
  any:      rounded blue square, three "children in a queue" dots, two lines
  maskable: the same drawing inside the 80 % safe zone on a full-bleed background
"""
import struct, zlib, sys, os

BLUE = (11, 92, 173, 255); WHITE = (255, 255, 255, 255); GOLD = (255, 212, 59, 255); CLEAR = (0, 0, 0, 0)

def draw(size, maskable):
    px = [[CLEAR if not maskable else BLUE for _ in range(size)] for _ in range(size)]
    s = size / 64.0
    inset = 0.1 * size if maskable else 0.0
    k = (size - 2 * inset) / size  # shrink content into the safe zone
    def X(v): return inset + v * s * k
    def fill(test, colour):
        for y in range(size):
            for x in range(size):
                if test(x + 0.5, y + 0.5):
                    px[y][x] = colour
    if not maskable:
        r = 12 * s
        def rounded(x, y):
            cx = min(max(x, r), size - r); cy = min(max(y, r), size - r)
            return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        fill(rounded, BLUE)
    for cx, colour in ((20, GOLD), (34, WHITE), (48, WHITE)):
        fill(lambda x, y, cx=cx: (x - X(cx)) ** 2 + (y - X(24)) ** 2 <= (6 * s * k) ** 2, colour)
    for (x0, y0, w, h) in ((14, 36, 40, 6), (14, 46, 26, 6)):
        fill(lambda x, y, x0=x0, y0=y0, w=w, h=h: X(x0) <= x <= X(x0 + w) and X(y0) <= y <= X(y0 + h), WHITE)
    return px

def png(px):
    h = len(px); w = len(px[0])
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

out = sys.argv[1] if len(sys.argv) > 1 else "web/icons"
os.makedirs(out, exist_ok=True)
for size in (192, 512):
    for maskable in (False, True):
        name = f"icon-{size}{'-maskable' if maskable else ''}.png"
        with open(os.path.join(out, name), "wb") as f:
            f.write(png(draw(size, maskable)))
        print(name)
