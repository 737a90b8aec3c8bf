"""Write what a device shows to files, so a person can see what the agent sees."""

from __future__ import annotations

from pathlib import Path

from ...errors import ConfigurationError, UnsupportedActionError
from ..types import Device


def save_screen(device: Device, out_dir: str | Path, *, name: str = "screen") -> tuple[Path, Path]:
    """Write ``<name>.png`` and ``<name>.xml`` for the current screen; returns both paths.

    Works with any Device whose observe() can take a screenshot (SimDevice,
    RemoteSimDevice, Appium...).
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(f"cannot create the folder {str(out)!r} ({exc.strerror})",
                                 hint="pass a writable folder") from exc
    observation = device.observe(screenshot=True)
    if observation.screenshot is None:
        raise UnsupportedActionError(f"{type(device).__name__} returned no screenshot",
                                     hint="use a backend that can take screenshots")
    png_path, xml_path = out / f"{name}.png", out / f"{name}.xml"
    for path, data in ((png_path, observation.screenshot), (xml_path, observation.xml.encode("utf-8"))):
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    return png_path, xml_path
