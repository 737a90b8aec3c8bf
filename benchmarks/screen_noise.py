"""A fixture's dump said the way other toolkits, screens and vendors say it: same screen, same answer.

Used by bench_real_screens.py ``--noise KIND``. Each kind rewrites a uiautomator XML dump the way real
dumps differ, keeping what a careful person sees and the right first action:

- ``compose``: no resource ids; classes become android.view.View (fields stay EditText, plain texts
  TextView); a clickable node's own text moves to a child text node (merged semantics); checkable and
  checked are kept.
- ``flutter``: no ids; text moves into content-desc (fields keep theirs); a clickable node whose subtree
  has no other control folds its children's words into its content-desc, one per line, and loses them;
  classes android.view.View / android.widget.Button.
- ``react_native``: layouts and touchables become android.view.ViewGroup; ids become bare test ids (no
  package prefix) or nothing; a touchable's content-desc is its visible text.
- ``webview``: the app's content is wrapped in an android.webkit.WebView; no ids; classes
  android.view.View / android.widget.Button / android.widget.EditText / android.widget.CheckBox.
- ``order``: siblings shuffled (bounds unchanged): dumps are not in reading order.
- ``scale``: every bounds rescaled to another screen (720x1600, or a 1600x2560 tablet), the bars too.
- (the four toolkits leave platform UI alone: a permission dialog, the framework's chooser, the shade)
- ``chrome``: realistic nodes holding no word of the task: a status bar and navigation bar when missing,
  a "Sponsored" banner or a cookie bar, a bottom navigation of 4-5 generic tabs when there is none, a
  keyboard window when a field is focused; never over a marked node.

Judging: :func:`mark` puts a private attribute on the nodes the fixture expects, before the change;
:func:`unmark` reads where they went and strips it, so the perceptor never sees it. A node folded into
its parent (flutter) passes its mark to the parent. Deterministic: seeded by fixture name and kind.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
import zlib

KINDS = ("compose", "flutter", "react_native", "webview", "order", "scale", "chrome")
MARK = "data-cascadroid-mark"
SYSTEM_UI = "com.android.systemui"
IME = "com.google.android.inputmethod.latin"
_BOUNDS = re.compile(r"\[(-?\d+),(-?\d+)\]\[(-?\d+),(-?\d+)\]")
_INPUTS = ("EditText", "AutoCompleteTextView")


def _is_node(el: ET.Element) -> bool:
    return el.tag == "node" or "bounds" in el.attrib


def nodes(root: ET.Element) -> list[ET.Element]:
    """Nodes in the order device/uiautomator.py numbers elements (depth first)."""
    out: list[ET.Element] = []

    def visit(node: ET.Element) -> None:
        for child in node:
            if _is_node(child):
                out.append(child)
            visit(child)

    visit(root)
    return out


def mark(xml: str, ids: set[int]) -> ET.Element:
    """The dump's tree with the elements ``ids`` (parser numbering) marked."""
    root = ET.fromstring(xml)
    for i, node in enumerate(nodes(root)):
        if i in ids:
            node.set(MARK, "1")
    return root


def unmark(root: ET.Element) -> tuple[str, set[int]]:
    """The dump without marks, and the element ids that carried one."""
    ids = set()
    for i, node in enumerate(nodes(root)):
        if node.attrib.pop(MARK, None):
            ids.add(i)
    return ET.tostring(root, encoding="unicode"), ids


def perturb(xml: str, kind: str, name: str, ids: set[int], task: str = "") -> tuple[str, set[int]]:
    """``xml`` said as ``kind`` says it, and the ids the marked elements ``ids`` now have."""
    if kind not in KINDS:
        raise ValueError(f"unknown screen noise {kind!r}; one of {', '.join(KINDS)}")
    rng = random.Random(zlib.crc32(f"{name}|{kind}".encode()))
    root = mark(xml, ids)
    app = _app_package(root)
    globals()[f"_{kind}"](root, rng, app, task)
    return unmark(root)


# -- helpers -------------------------------------------------------------------------------------


def _box(node: ET.Element) -> tuple[int, int, int, int]:
    m = _BOUNDS.fullmatch(node.get("bounds", "[0,0][0,0]").strip())
    return tuple(map(int, m.groups())) if m else (0, 0, 0, 0)  # type: ignore[return-value]


def _fmt(box: tuple[int, int, int, int]) -> str:
    return f"[{box[0]},{box[1]}][{box[2]},{box[3]}]"


def _flag(node: ET.Element, attr: str) -> bool:
    return node.get(attr) == "true"


def _editable(node: ET.Element) -> bool:
    return any(k in node.get("class", "") for k in _INPUTS) or _flag(node, "password")


def _acts(node: ET.Element) -> bool:
    return any(_flag(node, a) for a in ("clickable", "long-clickable", "checkable")) or _editable(node)


def _app_package(root: ET.Element) -> str:
    """The package of the largest top-level window that is not system UI or a keyboard."""
    tops = [n for n in root if _is_node(n)] or list(root)
    apps = [n for n in tops if n.get("package", "") != SYSTEM_UI and "inputmethod" not in n.get("package", "")]

    def area(n: ET.Element) -> int:
        b = _box(n)
        return max(b[2] - b[0], 0) * max(b[3] - b[1], 0)
    return max(apps, key=area).get("package", "") if apps else SYSTEM_UI


def _platform(package: str) -> bool:
    """UI drawn by the platform (a permission dialog, the framework's chooser, the shade): no app toolkit
    rewrites it."""
    return package in ("android", SYSTEM_UI) or package.endswith(".permissioncontroller")


def _app_nodes(root: ET.Element, app: str) -> list[ET.Element]:
    return [] if _platform(app) else [n for n in nodes(root) if n.get("package", "") == app]


def _new(parent: ET.Element | None, package: str, cls: str, box: tuple[int, int, int, int], *, text: str = "",
         desc: str = "", rid: str = "", clickable: bool = False, index: int | None = None) -> ET.Element:
    attrs = {"index": "0", "text": text, "resource-id": rid, "class": cls, "package": package, "content-desc": desc,
             "checkable": "false", "checked": "false", "clickable": str(clickable).lower(), "enabled": "true",
             "focusable": str(clickable).lower(), "focused": "false", "scrollable": "false",
             "long-clickable": "false", "password": "false", "selected": "false", "bounds": _fmt(box)}
    node = ET.Element("node", attrs)
    if parent is not None:
        parent.insert(len(parent) if index is None else index, node)
    return node


def _text_child(node: ET.Element, cls: str = "android.widget.TextView") -> None:
    """Move a clickable node's own text into a new non-clickable child with the same bounds."""
    text = node.get("text", "")
    _new(node, node.get("package", ""), cls, _box(node), text=text, index=0)
    node.set("text", "")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", text)}


def _descendants(node: ET.Element) -> list[ET.Element]:
    return [n for n in node.iter() if n is not node and _is_node(n)]


# -- toolkits ------------------------------------------------------------------------------------


def _compose(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    for node in _app_nodes(root, app):
        node.set("resource-id", "")
        cls = node.get("class", "")
        if _editable(node):
            node.set("class", "android.widget.EditText")
            continue
        plain_text = node.get("text") and not _acts(node) and not any(_is_node(c) for c in node)
        node.set("class", "android.widget.TextView" if plain_text and cls.endswith("TextView") else "android.view.View")
        if _flag(node, "clickable") and node.get("text"):
            _text_child(node)


def _flutter(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    own = _app_nodes(root, app)
    for node in own:
        node.set("resource-id", "")
        if _editable(node):
            node.set("class", "android.widget.EditText")
            continue
        text, desc = node.get("text", ""), node.get("content-desc", "")
        if text:  # a switch's label before its state text, as own_parts reads a checkable
            said = [desc, text] if _flag(node, "checkable") else [text, desc]
            node.set("content-desc", "\n".join(dict.fromkeys(s for s in said if s)))
            node.set("text", "")
        node.set("class", "android.widget.Button" if _flag(node, "clickable") and not _flag(node, "checkable")
                 else "android.view.View")
    for node in own:  # document order: the outermost clickable folds first
        if not _flag(node, "clickable") or _editable(node) or node.get("package", "") != app:
            continue
        below = _descendants(node)
        if not below or any(_acts(n) for n in below) or not _attached(root, node):
            continue
        said = [node.get("content-desc", "")] + [n.get("content-desc", "") for n in below]
        node.set("content-desc", "\n".join(s for s in said if s))
        if any(n.get(MARK) for n in below):
            node.set(MARK, "1")
        for child in [c for c in node]:
            node.remove(child)


def _attached(root: ET.Element, node: ET.Element) -> bool:
    return any(n is node for n in root.iter())


def _react_native(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    for node in _app_nodes(root, app):
        rid = node.get("resource-id", "")
        node.set("resource-id", rid.rsplit("/", 1)[-1] if rid and rng.random() < 0.5 else "")
        cls = node.get("class", "")
        if _editable(node) or _flag(node, "checkable"):
            continue
        touchable = _flag(node, "clickable") or _flag(node, "long-clickable")
        if touchable:
            if node.get("text"):
                node.set("content-desc", node.get("content-desc") or node.get("text", ""))
                _text_child(node)
            elif not node.get("content-desc"):  # its own visible text: a nested touchable says its own
                said = [n.get("text", "") for n in _own_texts(node)]
                node.set("content-desc", ", ".join(said))
            node.set("class", "android.view.ViewGroup")
        elif not (cls.endswith("TextView") or cls.endswith("ImageView")) or any(_is_node(c) for c in node):
            node.set("class", "android.view.ViewGroup")


def _own_texts(node: ET.Element) -> list[ET.Element]:
    """Texts under ``node`` outside any nested touchable, in document order."""
    out: list[ET.Element] = []
    for child in node:
        if not _is_node(child) or _flag(child, "clickable") or _editable(child):
            continue
        out.extend([child] if child.get("text") else [])
        out.extend(_own_texts(child))
    return out


def _webview(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    for node in _app_nodes(root, app):
        node.set("resource-id", "")
        if _editable(node):
            node.set("class", "android.widget.EditText")
        elif _flag(node, "checkable"):
            node.set("class", "android.widget.CheckBox")
        elif _flag(node, "clickable"):
            node.set("class", "android.widget.Button" if rng.random() < 0.6 else "android.view.View")
        else:
            node.set("class", "android.view.View")
    tops = [n for n in root if _is_node(n) and n.get("package", "") == app]
    if not tops or _platform(app):
        return
    top = tops[0]
    top.set("class", "android.widget.FrameLayout")
    web = _new(None, app, "android.webkit.WebView", _box(top), desc="")
    web.set("focusable", "true")
    web.set("scrollable", "true")
    page = _new(web, app, "android.view.View", _box(top))
    for child in [c for c in top]:
        top.remove(child)
        page.append(child)
    top.append(web)


# -- geometry and order --------------------------------------------------------------------------


def _order(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    for parent in [n for n in nodes(root)]:
        kids = [c for c in parent if _is_node(c)]
        if len(kids) < 2:
            continue
        rng.shuffle(kids)
        for kid in kids:
            parent.remove(kid)
        for i, kid in enumerate(kids):
            kid.set("index", str(i))
            parent.append(kid)


def screen_size(root: ET.Element) -> tuple[int, int]:
    boxes = [_box(n) for n in nodes(root)]
    return max((b[2] for b in boxes), default=1) or 1, max((b[3] for b in boxes), default=1) or 1


def _scale(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    width, height = screen_size(root)
    new_w, new_h = rng.choice([(720, 1600), (1600, 2560)])
    for node in nodes(root):
        left, top, right, bottom = _box(node)
        node.set("bounds", _fmt((round(left * new_w / width), round(top * new_h / height),
                                 round(right * new_w / width), round(bottom * new_h / height))))


# -- chrome: what else real screens show ---------------------------------------------------------

_ADS = ("Get 20% off your first order", "Limited time offer", "Try Premium for 30 days", "Upgrade your plan today")
_AD_BUTTONS = ("Learn more", "Shop now", "Install", "Get offer")
_COOKIE = ("We use cookies to improve your experience on our site.", "This site uses cookies for analytics.")
_COOKIE_BUTTONS = (("Accept all", "Reject all"), ("Got it", "Manage preferences"), ("Agree", "More options"))
_TABS = ("Home", "Explore", "Library", "Profile", "Activity", "Saved", "Updates", "Account", "Discover", "You")
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _chrome(root: ET.Element, rng: random.Random, app: str, task: str) -> None:
    width, height = screen_size(root)
    said = _words(task)
    marked = [_box(n) for n in nodes(root) if n.get(MARK)]
    status, nav = round(height * 0.026), round(height * 0.05)
    every = nodes(root)

    def free(box: tuple[int, int, int, int]) -> bool:
        return not any(b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3] for b in marked)

    def clean(label: str) -> bool:
        return not (_words(label) & said)

    system = [n for n in every if n.get("package") == SYSTEM_UI]
    if not any(_box(n)[1] <= 0 and _box(n)[3] <= height * 0.06 for n in system):
        bar = _new(None, SYSTEM_UI, "android.widget.FrameLayout", (0, 0, width, status),
                   rid="com.android.systemui:id/status_bar")
        _new(bar, SYSTEM_UI, "android.widget.TextView", (24, 0, 150, status), text=f"{rng.randint(6, 23)}:{rng.randint(10, 59)}",
             rid="com.android.systemui:id/clock")
        _new(bar, SYSTEM_UI, "android.widget.ImageView", (width - 200, 0, width - 130, status), desc="Phone signal full.")
        _new(bar, SYSTEM_UI, "android.widget.ImageView", (width - 120, 0, width - 24, status),
             desc=f"Battery {rng.randint(20, 99)} percent.")
        root.insert(0, bar)
    app_top = next((n for n in root if _is_node(n) and n.get("package") == app), None)
    bottom = height - nav
    if not any(_box(n)[3] >= height and _box(n)[1] >= height * 0.9 for n in system):
        bar = _new(root, SYSTEM_UI, "android.widget.FrameLayout", (0, bottom, width, height),
                   rid="com.android.systemui:id/navigation_bar_frame")
        keys = [k for k in ("Back", "Home", "Overview") if clean(k)]
        step = width // 3
        for i, key in enumerate(keys):
            _new(bar, SYSTEM_UI, "android.widget.ImageView", (i * step, bottom, (i + 1) * step, height), desc=key,
                 rid=f"com.android.systemui:id/{key.lower()}", clickable=True)
    if app_top is None or app == SYSTEM_UI:
        return
    focused = any(_flag(n, "focused") and _editable(n) for n in every)
    if focused and not any("inputmethod" in n.get("package", "") for n in every):
        _keyboard(root, rng, (0, bottom - round(height * 0.3), width, bottom), clean, free)
    tab_h = round(height * 0.07)
    tabs_box = (0, bottom - tab_h, width, bottom)
    acts = [_box(n) for n in every if _acts(n) and _box(n)[1] >= height * 0.82]
    if len(acts) < 3 and free(tabs_box) and not focused:
        labels = rng.sample([t for t in _TABS if clean(t)], rng.choice((4, 5)))
        bar = _new(app_top, app, "android.widget.LinearLayout", tabs_box)
        step = width // len(labels)
        for i, label in enumerate(labels):
            box = (i * step, tabs_box[1], (i + 1) * step, bottom)
            tab = _new(bar, app, "android.widget.FrameLayout", box, desc=label, clickable=True)
            tab.set("selected", str(i == 0).lower())
            _new(tab, app, "android.widget.TextView", (box[0], box[1] + tab_h // 2, box[2], box[3]), text=label)
        bottom = tabs_box[1]
    banner_h = round(height * 0.09)
    for box in ((0, bottom - banner_h, width, bottom), (0, status + round(height * 0.08), width,
                                                        status + round(height * 0.08) + banner_h)):
        if free(box) and not focused:
            _banner(app_top, app, rng, box, clean)
            break


def _banner(parent: ET.Element, app: str, rng: random.Random, box: tuple[int, int, int, int], clean) -> None:
    left, top, right, bottom = box
    mid = (top + bottom) // 2
    cookies = [c for c in _COOKIE if clean(c)]  # a task about cookies gets an ad: its bar would say the task's word
    if rng.random() < 0.5 or not cookies:
        ad = rng.choice([a for a in _ADS if clean(a)] or ["Sponsored"])
        button = rng.choice([b for b in _AD_BUTTONS if clean(b)] or [""])
        card = _new(parent, app, "android.widget.FrameLayout", box)
        _new(card, app, "android.widget.TextView", (left + 24, top, left + 300, mid), text="Sponsored")
        _new(card, app, "android.widget.TextView", (left + 24, mid, right - 320, bottom), text=ad)
        if button:
            _new(card, app, "android.widget.Button", (right - 300, top + 20, right - 24, bottom - 20), text=button,
                 clickable=True)
        return
    line = rng.choice(cookies)
    card = _new(parent, app, "android.widget.LinearLayout", box)
    _new(card, app, "android.widget.TextView", (left + 24, top, right - 24, mid), text=line)
    pairs = [p for p in _COOKIE_BUTTONS if clean(" ".join(p))]
    for i, label in enumerate(rng.choice(pairs) if pairs else ()):
        half = (right - left) // 2
        _new(card, app, "android.widget.Button", (left + i * half + 24, mid, left + (i + 1) * half - 24, bottom),
             text=label, clickable=True)


def _keyboard(root: ET.Element, rng: random.Random, box: tuple[int, int, int, int], clean, free) -> None:
    if not free(box):
        return
    left, top, right, bottom = box
    window = _new(root, IME, "android.widget.FrameLayout", box, rid=f"{IME}:id/keyboard_holder")
    row_h = (bottom - top) // 4
    for r, keys in enumerate(_KEYS):
        step = (right - left) // len(_KEYS[0])
        for k, key in enumerate(keys):
            if clean(key):
                x = left + k * step + (r * step) // 2
                _new(window, IME, "android.widget.FrameLayout", (x, top + r * row_h, x + step, top + (r + 1) * row_h),
                     desc=key, clickable=True)
    specials = [k for k in ("Symbols", "Emoji", "Space", "Delete", "Done") if clean(k)]
    step = (right - left) // max(len(specials), 1)
    for i, key in enumerate(specials):
        _new(window, IME, "android.widget.FrameLayout", (left + i * step, top + 3 * row_h, left + (i + 1) * step, bottom),
             desc=key, clickable=True)
