#!/usr/bin/env python3
"""Draws the app icon: a blue rounded square with a white map pin over a
user's card line, at the sizes a desktop asks for. Run once (Pillow); the
PNGs, the Windows .ico and the window's raw RGBA are committed in assets/.

    python3 scripts/make_icon.py
"""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "assets"
BLUE_TOP = (36, 120, 232)
BLUE_BOTTOM = (20, 82, 168)
WHITE = (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    # Vertical gradient inside a rounded square.
    gradient = Image.new("RGBA", (s, s))
    g = ImageDraw.Draw(gradient)
    for y in range(s):
        t = y / max(1, s - 1)
        c = tuple(int(a + (b - a) * t) for a, b in zip(BLUE_TOP, BLUE_BOTTOM))
        g.line([(0, y), (s, y)], fill=c + (255,))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        [s * 0.04, s * 0.04, s * 0.96, s * 0.96], radius=s * 0.2, fill=255
    )
    img.paste(gradient, (0, 0), mask)
    d = ImageDraw.Draw(img)
    # The map pin: a circle with a point below it.
    cx, cy, r = s * 0.5, s * 0.4, s * 0.2
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=WHITE)
    d.polygon(
        [(cx - r * 0.82, cy + r * 0.55), (cx + r * 0.82, cy + r * 0.55), (cx, s * 0.8)],
        fill=WHITE,
    )
    hole = r * 0.42
    d.ellipse([cx - hole, cy - hole, cx + hole, cy + hole], fill=BLUE_TOP + (255,))
    # The panel: a line under the pin.
    d.rounded_rectangle(
        [s * 0.26, s * 0.84, s * 0.74, s * 0.875], radius=s * 0.02, fill=(255, 255, 255, 200)
    )
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    (OUT / "icons").mkdir(parents=True, exist_ok=True)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        draw(size).save(OUT / "icons" / f"navixy-panel-{size}.png")
    draw(256).save(
        OUT / "navixy-panel.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    )
    # The window's icon, as the RGBA bytes iced takes (no image decoder needed).
    (OUT / "navixy-panel-64.rgba").write_bytes(draw(64).tobytes())


if __name__ == "__main__":
    main()
