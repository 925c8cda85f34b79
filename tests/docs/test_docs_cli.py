"""The command line page documents what the `kalshi` command does: every command, and a profile
file that the command reads as the page says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from kalshi_py.cli import app
from kalshi_py.cli.config import ConnectionOptions, load_profiles, resolve_settings
from kalshi_py.environments import DEMO, PRODUCTION

from .conftest import DOCS
from .pages import blocks

PAGE = DOCS / "cli.md"


def page_profile_file(tmp_path: Path) -> Path:
    (toml,) = [b for b in blocks() if b.page == PAGE and b.lang == "toml"]
    path = tmp_path / "config.toml"
    path.write_text(toml.code, encoding="utf-8")
    return path


def test_every_command_is_in_the_commands_table() -> None:
    commands = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    text = PAGE.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\w+)", text, re.MULTILINE)) | set(re.findall(r", `(\w+) ", text))
    assert sorted(commands - listed) == [], "commands missing from docs/cli.md"


def test_the_documented_profile_file_is_read_as_described(tmp_path: Path) -> None:
    path = page_profile_file(tmp_path)
    profiles, default = load_profiles(path, required=True)
    assert default == "demo"
    assert sorted(profiles) == ["bot-staging", "demo", "local", "prod"]
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "none")}

    def settings(**options: str) -> tuple[str, str | None, str | None]:
        resolved = resolve_settings(ConnectionOptions(config=str(path), **options), environ)
        return resolved.rest_url, resolved.key_id, resolved.profile

    assert settings() == (DEMO.rest_url, profiles["demo"].key_id, "demo")
    assert settings(env="prod") == (PRODUCTION.rest_url, profiles["prod"].key_id, "prod")
    assert settings(env="local")[0] == "http://127.0.0.1:8080/trade-api/v2"
    assert settings(profile="bot-staging") == (DEMO.rest_url, profiles["bot-staging"].key_id, "bot-staging")
    expanded = resolve_settings(ConnectionOptions(config=str(path)), environ).key_file
    assert expanded == Path("~/.kalshi/demo.pem").expanduser()


def test_the_default_path_is_the_one_documented(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    assert "`$XDG_CONFIG_HOME/kalshi/config.toml`" in text
    assert "`~/.config/kalshi/config.toml`" in text
    home = tmp_path / "home"
    (home / ".config" / "kalshi").mkdir(parents=True)
    (home / ".config" / "kalshi" / "config.toml").write_text(page_profile_file(tmp_path).read_text())
    monkeypatch.setenv("HOME", str(home))
    assert resolve_settings(ConnectionOptions(), {}).profile == "demo"
    elsewhere = tmp_path / "xdg"
    (elsewhere / "kalshi").mkdir(parents=True)
    (elsewhere / "kalshi" / "config.toml").write_text('profile = "mine"\n[mine]\nenv = "demo"\n')
    assert resolve_settings(ConnectionOptions(), {"XDG_CONFIG_HOME": str(elsewhere)}).profile == "mine"
