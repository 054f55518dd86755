"""The wheel is the product: ``python -m build`` makes an sdist and, from it, a wheel; the wheel
installed into a fresh virtual environment passes the smoke suite (tests/packaging/installed_smoke.py)
from a temporary folder outside the checkout.

To stay fast, the fresh environment borrows the already installed dependencies (PySide6 …)
of the running interpreter through a ``.pth`` line, and the wheel is installed without
dependencies; the package itself and all its data come from the wheel, which the smoke suite
checks. packaging/check-wheel.sh (a CI step) does the same with a full, isolated install.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from installed_smoke import CHECKOUT, run_smoke

RUN_TIME_DATA = ("blueprint_app/resources/schema/touchpoint-blueprint.schema.json",
                 "blueprint_app/resources/translations/blueprint_app_zh_CN.qm",
                 "blueprint_app/resources/icons/blueprint-app.svg",
                 "blueprint_app/resources/icons/blueprint-app-256.png",
                 "blueprint_app/resources/examples/online-order-delivery.json")


def build_sdist_and_wheel(root: Path) -> tuple[Path, Path]:
    """sdist and wheel, built as ``python -m build`` builds them (wheel made from the sdist).
    The tracked files are copied first so that the build leaves nothing in the checkout."""
    if shutil.which("git") is None or not (CHECKOUT / ".git").exists():
        pytest.fail("needs a git checkout (the build copies the tracked files)")
    source = root / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=CHECKOUT, capture_output=True,
                             check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        origin = CHECKOUT / name
        if origin.is_symlink() or origin.is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            if origin.is_symlink():
                (source / name).symlink_to(origin.readlink())
            else:
                shutil.copy2(origin, source / name)
    dist = root / "dist"
    result = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir",
                             str(dist), str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,), (wheel,) = dist.glob("*.tar.gz"), dist.glob("*.whl")
    return sdist, wheel


def check_contents(sdist: Path, wheel: Path) -> None:
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    for name in RUN_TIME_DATA:
        assert name in in_wheel, name
    assert not any(n.startswith(("tests/", "examples/", "resources/")) for n in in_wheel)
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in in_wheel if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "blueprint-app = blueprint_app.cli:main" in entry_points
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for name in (*RUN_TIME_DATA, "examples/online-order-delivery.blueprint", "CHANGELOG.md",
                 "docs/file-formats.md", "packaging/build-bundle.sh"):
        assert name in in_sdist, name


def test_built_wheel_carries_its_data_and_passes_the_smoke_suite_when_installed(tmp_path):
    # One test: under pytest-xdist two tests could build the wheel twice, on both workers.
    sdist, wheel = build_sdist_and_wheel(tmp_path / "build")
    check_contents(sdist, wheel)
    env_dir = tmp_path / "fresh-venv"
    venv.create(env_dir, with_pip=False, symlinks=True)
    python = env_dir / "bin" / "python"
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    # Dependencies only: the running environment's site-packages, appended after the fresh
    # one (its own .pth files, such as the editable install of the checkout, are not run).
    (purelib / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                              "--quiet", "--no-deps", "--no-index", str(wheel)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    commands = run_smoke([str(env_dir / "bin" / "blueprint-app")], workdir, str(python),
                         log=lambda line: None, full=False)
    assert {"import", "validate", "analyze", "export"} <= {c.split()[1] for c in commands}
