"""Screenshots drawn with Pillow from the same view tree the XML comes from.

Drawing is palette-based ("P" mode, one byte per pixel): text is not anti-aliased, but a
1080x2400 screen draws and encodes to PNG in a few milliseconds instead of ~50. Node
``style`` and ``icon`` hints choose how a node is drawn; the class decides the rest.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from .view import Node

if TYPE_CHECKING:
    from PIL import Image as _Image
    from PIL import ImageFont as _ImageFont

    from .runtime import Frame, SimDevice

_FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)
_BOLD_PATHS = tuple(p.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") for p in _FONT_PATHS)

_LIGHT = {
    "bg": (255, 255, 255), "surface": (243, 246, 252), "text": (31, 31, 31), "text2": (95, 99, 104),
    "hint": (128, 134, 139), "primary": (26, 115, 232), "on_primary": (255, 255, 255),
    "outline": (189, 193, 198), "divider": (232, 234, 237), "track": (189, 193, 198),
    "track_on": (138, 180, 248), "bubble_in": (232, 234, 237), "bubble_out": (210, 227, 252),
    "dialog": (255, 255, 255), "toast": (60, 64, 67), "green": (30, 142, 62), "red": (217, 48, 37),
    "keyboard": (227, 230, 234), "key": (255, 255, 255), "tile_off": (218, 220, 224), "shade": (241, 243, 244),
}
_DARK = {
    "bg": (18, 18, 18), "surface": (32, 33, 36), "text": (232, 234, 237), "text2": (189, 193, 198),
    "hint": (154, 160, 166), "primary": (138, 180, 248), "on_primary": (32, 33, 36),
    "outline": (95, 99, 104), "divider": (60, 64, 67), "track": (95, 99, 104),
    "track_on": (66, 133, 244), "bubble_in": (60, 64, 67), "bubble_out": (23, 78, 166),
    "dialog": (41, 42, 45), "toast": (232, 234, 237), "green": (129, 201, 149), "red": (242, 139, 130),
    "keyboard": (41, 42, 45), "key": (68, 71, 70), "tile_off": (60, 64, 67), "shade": (32, 33, 36),
}
_AVATAR = [(66, 133, 244), (234, 67, 53), (251, 188, 4), (52, 168, 83), (171, 71, 188), (0, 172, 193),
           (255, 112, 67), (92, 107, 192)]
# icons drawn as a glyph of DejaVu Sans (shapes are drawn for back/search/add/send/check)
_GLYPHS = {
    "call": "✆", "phone": "✆", "call_outgoing": "✆", "call_incoming": "✆", "call_missed": "✆", "call_end": "✆",
    "message": "✉", "email": "✉", "settings": "⚙", "edit": "✎", "backspace": "⌫", "delete": "✕", "close": "✕",
    "star": "★", "menu": "☰", "location": "⚲", "sound": "♪", "display": "☀", "dark": "☾", "airplane": "✈",
    "home": "⌂", "person": "●", "clock": "◴", "alarm": "◴", "battery": "▮", "wifi": "◠",
    "mute": "✕", "speaker": "♪", "dialpad": "⠿", "info": "i", "lock": "▣", "storage": "▤", "apps": "▦",
    "bell": "♫", "palette": "◐", "accessibility": "☺", "key": "⚿", "note": "✎", "calendar": "▦", "shop": "▤",
    "map": "⚲", "event": "▦", "today": "▦", "chevron_left": "❮", "chevron_right": "❯", "previous": "❮",
    "next": "❯", "cart": "⛃", "bag": "⛃", "place": "⚲", "directions": "➔", "favorite": "♥", "keyboard": "⌨",
    "save": "✔", "share": "➜", "filter": "☰", "sort": "☰", "more": "⋮", "refresh": "↻",
}


class Renderer:
    """Draws frames of one screen size; keeps its fonts (one per device)."""

    def __init__(self, width: int, height: int) -> None:
        try:
            from PIL import ImageFont
        except ImportError as exc:  # pragma: no cover - pillow is a core dependency
            from ...errors import ConfigurationError

            raise ConfigurationError("screenshots need Pillow", hint="pip install pillow") from exc
        self.width, self.height = width, height
        self.density = width / 411.43
        self._font_cache: dict[tuple[int, bool], _ImageFont.FreeTypeFont | _ImageFont.ImageFont] = {}
        self._regular = next((p for p in _FONT_PATHS if Path(p).exists()), None)
        self._bold = next((p for p in _BOLD_PATHS if Path(p).exists()), self._regular)
        self.symbols = self._regular is not None
        self._font_module = ImageFont
        self._masks: dict[tuple[str, int], tuple[_Image.Image, int, int]] = {}

    def font(self, size_dp: float, bold: bool = False) -> _ImageFont.FreeTypeFont | _ImageFont.ImageFont:
        px = max(8, round(size_dp * self.density))
        key = (px, bold)
        font = self._font_cache.get(key)
        if font is None:
            path = self._bold if bold else self._regular
            if path is not None:
                font = self._font_module.truetype(path, px)
            else:
                font = self._font_module.load_default(size=px)
            self._font_cache[key] = font
        return font

    def stamp(self, image: _Image.Image, xy: tuple[float, float], text: str, font: object, ink: int) -> None:
        """Draw one line of text; its 1-bit mask is rendered once and reused (most screen text
        repeats from one screenshot to the next)."""
        key = (text, id(font))
        entry = self._masks.get(key)
        if entry is None:
            from PIL import Image, ImageDraw

            left, top, right, bottom = font.getbbox(text)  # type: ignore[attr-defined]
            mask = Image.new("1", (max(1, right - left), max(1, bottom - top)))
            ImageDraw.Draw(mask).text((-left, -top), text, font=font, fill=1)  # type: ignore[arg-type]
            if len(self._masks) > 4000:
                self._masks.clear()
            entry = self._masks[key] = (mask, left, top)
        mask, left, top = entry
        image.paste(ink, (round(xy[0]) + left, round(xy[1]) + top), mask)

    # -- frames --------------------------------------------------------------------------
    def image(self, device: SimDevice, frame: Frame) -> _Image.Image:
        from PIL import Image, ImageDraw

        dark = _dark_mode(device)
        colors = _DARK if dark else _LIGHT
        names = list(colors) + [f"avatar{i}" for i in range(len(_AVATAR))]
        rgb = list(colors.values()) + _AVATAR
        index = {name: i for i, name in enumerate(names)}
        n = len(rgb)
        dimmed = [tuple(int(c * 0.45) for c in color) for color in rgb]
        palette = [c for color in rgb + dimmed for c in color]
        img = Image.new("P", (self.width, self.height), index["bg"])
        img.putpalette(palette + [0] * (768 - len(palette)))
        draw = ImageDraw.Draw(img)
        pen = _Pen(self, img, draw, index)
        if frame.modal:
            under = device.compose(with_dialog=False)
            self._draw_tree(pen, under.root, under.keyboard)
            img = img.point([i + n if i < n else i for i in range(256)])  # dim everything drawn so far
            draw = ImageDraw.Draw(img)
            pen = _Pen(self, img, draw, index)
        self._draw_tree(pen, frame.root, frame.keyboard)
        return img

    def png(self, device: SimDevice, frame: Frame) -> bytes:
        out = io.BytesIO()
        # zlib's run-length strategy (compress_type=3): as fast as level 1, a third smaller on flat screens
        self.image(device, frame).save(out, "PNG", compress_level=1, compress_type=3)
        return out.getvalue()

    def _draw_tree(self, pen: _Pen, root: Node, keyboard: bool) -> None:
        for node in root.walk():
            pen.node(node)
        if keyboard:
            pen.keyboard()


def render_png(device: SimDevice, frame: Frame) -> bytes:
    """PNG bytes of ``frame`` as drawn on ``device`` (its renderer is created on first use)."""
    renderer = device.renderer
    if not isinstance(renderer, Renderer):
        renderer = device.renderer = Renderer(device.width, device.height)
    return renderer.png(device, frame)


def _dark_mode(device: SimDevice) -> bool:
    settings = device.apps.get("settings")
    return bool(getattr(getattr(settings, "state", None), "dark_mode", False))


class _Pen:
    """Draws one node at a time by class and style."""

    def __init__(self, renderer: Renderer, image: _Image.Image, draw: object, index: dict[str, int]) -> None:
        self.r = renderer
        self.img = image
        self.d = draw  # PIL.ImageDraw.ImageDraw
        self.c = index

    def dp(self, value: float) -> int:
        return round(value * self.r.density)

    # -- primitives
    def text(self, box: tuple[int, int, int, int], text: str, *, size: float = 16, color: str = "text",
             bold: bool = False, align: str = "left", valign: str = "center", wrap: bool = False) -> None:
        if not text:
            return
        font = self.r.font(size, bold)
        l, t, r, b = box
        width = max(1, r - l)
        lines = _wrap(font, text, width) if wrap else [_fit(font, text, width)]
        line_h = round(size * self.r.density * 1.3)
        lines = lines[: max(1, (b - t) // line_h)]
        total = line_h * len(lines)
        y = t + (b - t - total) // 2 if valign == "center" else t
        for line in lines:
            w = font.getlength(line)
            x = l + (width - w) / 2 if align == "center" else l
            self.r.stamp(self.img, (x, y + (line_h - size * self.r.density) / 2 - self.dp(1)), line, font,
                         self.c[color])
            y += line_h

    def rect(self, box: tuple[int, int, int, int], fill: str | None, *, outline: str | None = None,
             radius: float = 0, width: int = 0) -> None:
        kwargs = {"fill": self.c[fill] if fill else None, "outline": self.c[outline] if outline else None,
                  "width": width or self.dp(1)}
        if radius:
            self.d.rounded_rectangle(box, radius=self.dp(radius), **kwargs)
        else:
            self.d.rectangle(box, **kwargs)

    def icon(self, box: tuple[int, int, int, int], name: str, color: str = "text2") -> None:
        l, t, r, b = box
        cx, cy = (l + r) // 2, (t + b) // 2
        s = min(r - l, b - t) // 2
        w = max(2, self.dp(2.5))
        fill = self.c[color]
        k = s * 0.45
        if name in ("back", "navigate up"):
            self.d.line([(cx + k, cy), (cx - k, cy)], fill=fill, width=w)
            self.d.line([(cx - k, cy), (cx - k * 0.2, cy - k * 0.8)], fill=fill, width=w)
            self.d.line([(cx - k, cy), (cx - k * 0.2, cy + k * 0.8)], fill=fill, width=w)
        elif name in ("search", "search contacts"):
            rr = k * 0.65
            self.d.ellipse((cx - rr - k * 0.2, cy - rr - k * 0.2, cx + rr - k * 0.2, cy + rr - k * 0.2), outline=fill,
                           width=w)
            self.d.line([(cx + k * 0.3, cy + k * 0.3), (cx + k, cy + k)], fill=fill, width=w)
        elif name in ("add", "create contact", "add alarm", "new note"):
            self.d.line([(cx - k, cy), (cx + k, cy)], fill=fill, width=w)
            self.d.line([(cx, cy - k), (cx, cy + k)], fill=fill, width=w)
        elif name in ("check", "save"):
            self.d.line([(cx - k, cy), (cx - k * 0.3, cy + k * 0.7), (cx + k, cy - k * 0.7)], fill=fill, width=w)
        elif name in ("send", "send sms"):
            self.d.polygon([(cx - k, cy - k), (cx + k, cy), (cx - k, cy + k), (cx - k * 0.5, cy)], fill=fill)
        elif self.r.symbols and name in _GLYPHS:
            self.text(box, _GLYPHS[name], size=s * 1.1 / self.r.density, color=color, align="center")
        else:
            letter = (name[:1] or "?").upper()
            self.d.ellipse((cx - k, cy - k, cx + k, cy + k), outline=fill, width=w)
            self.text((cx - s, cy - s, cx + s, cy + s), letter, size=k / self.r.density, color=color, align="center")

    # -- nodes
    def node(self, n: Node) -> None:
        style = n.style.split()
        kind = style[0] if style else ""
        cls = n.cls.rsplit(".", 1)[-1]
        box = n.bounds
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        align = "center" if "center" in style else "left"
        bold = "bold" in style
        if kind == "status_bar":
            self.rect(box, "surface")
        elif kind == "status":
            self.text(box, n.text, size=14, bold=True)
        elif kind == "status_icon":
            self.icon(box, n.icon, "text")
        elif kind == "toolbar":
            self.rect(box, "surface")
        elif kind == "title":
            self.text(box, n.text, size=22, wrap="wrap" in style)
        elif kind == "headline":
            self.text(box, n.text, size=26, align=align)
        elif kind == "display":
            self.text(box, n.text, size=56, align=align)
        elif kind == "section":
            self.text(box, n.text, size=14, color="primary", bold=True)
        elif kind == "caption":
            self.text(box, n.text, size=14, color="text2", align=align, wrap=True)
        elif kind in ("body", "") and cls == "TextView":
            self.text(box, n.text, size=16, bold=bold, align=align, wrap="wrap" in style)
        elif kind == "item":
            self.d.line([(box[0] + self.dp(16), box[3] - 1), (box[2], box[3] - 1)], fill=self.c["divider"])
            if n.selected:
                self.rect(box, "bubble_out")
        elif kind == "avatar":
            color = f"avatar{sum(map(ord, n.value)) % len(_AVATAR)}"
            self.d.ellipse(box, fill=self.c[color])
            self.text(box, n.value.upper(), size=18, color="on_primary", align="center", bold=True)
        elif kind == "icon":
            self.icon(box, n.icon, "text2")
        elif kind in ("edit", "digits"):
            focused = n.focused
            hint = "hint" in style
            if kind == "edit":
                self.rect(box, None, outline="primary" if focused else "outline", radius=6,
                          width=self.dp(2) if focused else self.dp(1))
            inner = (box[0] + self.dp(16), box[1], box[2] - self.dp(12), box[3])
            size = 28 if kind == "digits" else 16
            self.text(inner, n.text or n.hint, size=size, color="hint" if hint else "text",
                      align="center" if kind == "digits" else "left")
            if focused:
                font = self.r.font(size)
                x = inner[0] + (0 if hint else min(inner[2] - inner[0], font.getlength(n.text)) + self.dp(2))
                if kind == "digits" and not hint:
                    x = (inner[0] + inner[2]) / 2 + font.getlength(n.text) / 2 + self.dp(2)
                mid = (box[1] + box[3]) // 2
                self.d.line([(x, mid - self.dp(12)), (x, mid + self.dp(12))], fill=self.c["primary"], width=self.dp(2))
        elif kind == "button":
            self.rect(box, "primary" if n.enabled else "outline", radius=20)
            self.text(box, n.text, size=15, color="on_primary", align="center", bold=True)
        elif kind == "text_button":
            self.text(box, n.text, size=15, color="primary", align="center", bold=True)
        elif kind in ("fab", "fab_green", "fab_red"):
            fill = {"fab": "primary", "fab_green": "green", "fab_red": "red"}[kind]
            if kind == "fab":
                self.rect(box, fill, radius=16)
            else:
                cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
                s = min(box[2] - box[0], box[3] - box[1]) // 2 - self.dp(4)
                self.d.ellipse((cx - s, cy - s, cx + s, cy + s), fill=self.c[fill])
            self.icon(box, n.icon, "on_primary")
        elif kind == "icon_button" or cls in ("ImageButton", "ImageView"):
            self.icon(box, n.icon or n.desc.lower(), "text2" if n.enabled else "hint")
        elif kind == "switch":
            self._switch(box, n.checked)
        elif kind == "slider":
            self._slider(box, n.level or 0.0)
        elif kind == "tab":
            self.text(box, n.text, size=15, color="primary" if n.selected else "text2", align="center", bold=n.selected)
            if n.selected:
                self.rect((box[0] + self.dp(16), box[3] - self.dp(3), box[2] - self.dp(16), box[3]), "primary")
        elif kind == "launcher_icon":
            self._launcher_icon(n)
        elif kind == "key":
            self.text(box, n.text, size=30, align="center")
        elif kind in ("bubble_in", "bubble_out"):
            self.rect(box, kind, radius=18)
            self.text((box[0] + self.dp(14), box[1], box[2] - self.dp(14), box[3]), n.text, size=15, wrap=True)
        elif kind == "dialog":
            self.rect(box, "dialog", radius=28)
        elif kind == "heads_up":
            self.rect(box, "shade", outline="outline", radius=20)
            self.icon((box[0] + self.dp(12), box[1] + self.dp(16), box[0] + self.dp(56), box[1] + self.dp(64)),
                      n.icon, "primary")
        elif kind == "toast":
            self.rect(box, "toast", radius=24)
            self.text(box, n.text, size=14, color="bg", align="center")
        elif kind == "webview":  # the words exist only in the pixels (OCR reads them)
            self.rect(box, "primary", radius=12)
            self.text((box[0] + self.dp(16), box[1], box[2] - self.dp(16), box[3]), n.drawn, size=20,
                      color="on_primary", align="center", bold=True, wrap=True)
        elif kind == "spinner":
            self.d.arc(box, start=0, end=270, fill=self.c["primary"], width=self.dp(4))
        elif kind == "tile":
            self.rect(box, "primary" if n.checked else "tile_off", radius=20)
            self.text((box[0] + self.dp(8), box[1], box[2] - self.dp(8), box[3]), n.text, size=12,
                      color="on_primary" if n.checked else "text", align="center", wrap=True)
        elif cls == "TextView":
            self.text(box, n.text, size=16, align=align)

    def _switch(self, box: tuple[int, int, int, int], on: bool) -> None:
        l, t, r, b = box
        h = b - t
        self.rect((l, t + h // 6, r, b - h // 6), "track_on" if on else "track", radius=(b - t) / 3 / self.r.density)
        d = h - self.dp(2)
        x = r - d if on else l
        self.d.ellipse((x, t + 1, x + d, t + 1 + d), fill=self.c["primary" if on else "bg"],
                       outline=self.c["outline"])

    def _slider(self, box: tuple[int, int, int, int], level: float) -> None:
        l, t, r, b = box
        l, r = l + self.dp(16), r - self.dp(16)
        cy = (t + b) // 2
        x = l + (r - l) * level
        self.d.line([(l, cy), (r, cy)], fill=self.c["track"], width=self.dp(4))
        self.d.line([(l, cy), (x, cy)], fill=self.c["primary"], width=self.dp(4))
        k = self.dp(10)
        self.d.ellipse((x - k, cy - k, x + k, cy + k), fill=self.c["primary"])

    def _launcher_icon(self, n: Node) -> None:
        l, t, r, b = n.bounds
        size = min(r - l, b - t) - self.dp(28)
        cx = (l + r) // 2
        top = t + self.dp(4)
        color = f"avatar{sum(map(ord, n.text)) % len(_AVATAR)}"
        self.d.ellipse((cx - size // 2, top, cx + size // 2, top + size), fill=self.c[color])
        self.icon((cx - size // 2, top, cx + size // 2, top + size), n.icon, "on_primary")
        self.text((l, top + size + self.dp(2), r, b), n.text, size=13, align="center")

    def keyboard(self) -> None:
        width, height = self.r.width, self.r.height
        top = height - round(height * 0.36)
        self.rect((0, top, width, height), "keyboard")
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
        key_h = self.dp(52)
        gap = self.dp(5)
        y = top + self.dp(16)
        for row in rows:
            key_w = (width - gap * 11) // 10
            x = (width - (key_w * len(row) + gap * (len(row) - 1))) // 2
            for ch in row:
                self.rect((x, y, x + key_w, y + key_h), "key", radius=6)
                self.text((x, y, x + key_w, y + key_h), ch, size=20, align="center")
                x += key_w + gap
            y += key_h + gap * 2
        self.rect((width // 4, y, width * 3 // 4, y + key_h), "key", radius=6)
        self.text((width // 4, y, width * 3 // 4, y + key_h), "space", size=14, color="text2", align="center")


def _fit(font: object, text: str, width: int) -> str:
    if font.getlength(text) <= width:  # type: ignore[attr-defined]
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.getlength(text[:mid] + "…") <= width:  # type: ignore[attr-defined]
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def _wrap(font: object, text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if font.getlength(trial) <= width or not current:  # type: ignore[attr-defined]
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return [_fit(font, line, width) for line in lines] or [""]
