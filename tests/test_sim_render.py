"""Screenshots of the simulated phone and writing a screen to files."""

import io

import pytest
from fixtures_sim import sim_tap
from PIL import Image, ImageStat

from cascadroid.device import Locator, OpenApp, Tap, parse_observation
from cascadroid.device.sim import SimDevice, save_screen
from cascadroid.device.sim import render as render_module
from cascadroid.errors import ConfigurationError


def _image(phone: SimDevice) -> Image.Image:
    png = phone.observe(screenshot=True).screenshot
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(png)).convert("RGB")


def _brightness(image: Image.Image) -> float:
    return ImageStat.Stat(image.convert("L")).mean[0]


@pytest.mark.parametrize("size", [(1080, 2400), (720, 1600)])
def test_screenshot_has_the_device_resolution(size):
    phone = SimDevice(seed=0, width=size[0], height=size[1])
    assert _image(phone).size == size


def test_no_screenshot_unless_asked(sim_phone):
    assert sim_phone.observe().screenshot is None


def test_screenshot_is_drawn_from_state(sim_phone):
    sim_phone.act(OpenApp(app="Settings"))
    sim_tap(sim_phone, text="Network & internet")
    before = _image(sim_phone)
    sim_tap(sim_phone, text="Wi-Fi: ON")
    after = _image(sim_phone)
    assert before.tobytes() != after.tobytes()
    # the switch area changed; the toolbar title did not
    switch = sim_phone.observe().find(Locator(text="Wi-Fi: OFF")).bounds
    box = (switch.left, switch.top, switch.right, switch.bottom)
    assert before.crop(box).tobytes() != after.crop(box).tobytes()
    assert before.crop((0, 100, 500, 230)).tobytes() == after.crop((0, 100, 500, 230)).tobytes()


def test_dark_theme_darkens_the_screen(sim_phone):
    light = _brightness(_image(sim_phone))
    sim_phone.app("settings").state.dark_mode = True
    assert _brightness(_image(sim_phone)) < light - 100


def test_a_dialog_dims_the_screen_below():
    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Contacts"))
    plain = _brightness(_image(phone))
    name = phone.observe().find(Locator(resource_id="android:id/title")).text
    sim_tap(phone, text=name)
    sim_tap(phone, content_desc="Delete")
    assert phone.observe().find(Locator(text="Delete this contact?")) is not None
    assert _brightness(_image(phone)) < plain - 50


def test_the_keyboard_is_drawn_when_a_field_is_focused(sim_phone):
    sim_phone.act(OpenApp(app="Contacts"))
    bottom = (0, 2000, 1080, 2300)
    without = _image(sim_phone).crop(bottom)
    field = sim_phone.observe().find(Locator(text="Search contacts")).id
    sim_phone.act(Tap(element=field))
    with_keyboard = _image(sim_phone).crop(bottom)
    assert len(with_keyboard.getcolors(4096)) > 1 and with_keyboard.tobytes() != without.tobytes()


def test_renders_with_pillows_default_font_when_dejavu_is_missing(monkeypatch, sim_phone):
    monkeypatch.setattr(render_module, "_FONT_PATHS", ())
    monkeypatch.setattr(render_module, "_BOLD_PATHS", ())
    renderer = render_module.Renderer(1080, 2400)
    assert renderer.symbols is False
    sim_phone.act(OpenApp(app="Clock"))
    png = renderer.png(sim_phone, sim_phone.compose())
    image = Image.open(io.BytesIO(png))
    assert image.size == (1080, 2400) and len(image.convert("RGB").getcolors(1 << 16)) > 2


def test_save_screen_writes_png_and_the_same_xml(tmp_path, sim_phone):
    sim_phone.act(OpenApp(app="Phone"))
    png_path, xml_path = save_screen(sim_phone, tmp_path / "shots", name="dialer")
    assert png_path.name == "dialer.png" and xml_path.name == "dialer.xml"
    assert Image.open(png_path).size == (1080, 2400)
    saved = parse_observation(xml_path.read_text(encoding="utf-8"))
    assert [e.model_dump() for e in saved.elements] == [e.model_dump() for e in sim_phone.observe().elements]
    assert not list((tmp_path / "shots").glob("*.part"))


def test_save_screen_into_a_file_path_is_a_clear_error(tmp_path, sim_phone):
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("x")
    with pytest.raises(ConfigurationError, match="cannot create the folder"):
        save_screen(sim_phone, blocker / "out")


@pytest.mark.slow
def test_ocr_reads_the_screen_text():
    """Legibility, judged by a real OCR model (the optional ``ocr`` extra)."""
    ocr = pytest.importorskip("rapidocr_onnxruntime", reason="needs the ocr extra: pip install cascadroid[ocr]")
    np = pytest.importorskip("numpy")
    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Settings"))
    result, _ = ocr.RapidOCR()(np.array(_image(phone)))
    read = {text for _, text, _ in result}
    assert {"Settings", "Network & internet", "Connected devices", "Display", "09:41"} <= read
