"""`kalshi sim` (`kalshi_sim.harness.command.main`) run as a real process: ready file, signed call,
clean exit."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import ssl
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

import kalshi_py.fix
from kalshi_py.auth import KalshiAuth, load_private_key_file

from .conftest import checked

RUN_MAIN = "import sys; from kalshi_sim.harness.command import main; sys.exit(main(sys.argv[1:]))"
SOURCE = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "sim"), os.environ.get("PYTHONPATH", "")])}
"""The environment of the processes: this checkout's kalshi_sim before any installed copy."""


def _start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    ready = tmp_path / "ready.json"
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_MAIN, "--port", "0", "--seed", "4", "--ready-file", str(ready), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=SOURCE,
    )
    try:
        for _ in range(300):
            if (ready.exists() and not ready.is_symlink()) or process.poll() is not None:
                break
            time.sleep(0.05)
        assert ready.exists(), process.communicate(timeout=5)
        return process, json.loads(ready.read_text())
    except BaseException:
        process.kill()  # a failed start leaves no exchange running
        process.communicate(timeout=10)
        raise


def _stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    assert "Traceback" not in err, err
    return process.returncode, out


def test_cli_makes_a_key_serves_and_exits_cleanly(tmp_path: Path) -> None:
    credentials_dir = tmp_path / "keys"
    process, ready = _start(tmp_path, "--credentials-dir", str(credentials_dir), "--balance", "75")
    try:
        assert ready["rest_url"].startswith("http://127.0.0.1:")
        assert ready["ws_url"].endswith("/trade-api/ws/v2")
        key_path = Path(ready["private_key_path"])
        assert key_path.parent == credentials_dir
        assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
        auth = KalshiAuth(ready["api_key_id"], load_private_key_file(key_path))
        response = checked(httpx.get(ready["rest_url"] + "/portfolio/balance", auth=auth))
        assert response.json()["balance_dollars"] == "75.0000"
        margin = ready["margin"]  # the same user on the margin exchange, with a margin key of its own
        assert margin["ws_url"].endswith("/trade-api/ws/v2/margin")
        assert margin["api_key_id"] != ready["api_key_id"]
        margin_key = load_private_key_file(Path(margin["private_key_path"]))
        margin_auth = KalshiAuth(margin["api_key_id"], margin_key)
        balance = httpx.get(margin["rest_url"] + "/margin/balance", auth=margin_auth).json()
        assert balance["settled_funds"] == "75.0000"
    finally:
        code, out = _stop(process)
    assert code == 0
    assert f"KALSHI_BASE_URL={ready['rest_url']}\n" in out
    assert f"KALSHI_API_KEY_ID={ready['api_key_id']}" in out
    assert f"KALSHI_PRIVATE_KEY_PATH={ready['private_key_path']}" in out
    assert ready["rest_url"] in out
    assert f"KALSHI_MARGIN_BASE_URL={ready['margin']['rest_url']}\n" in out
    assert f"KALSHI_MARGIN_API_KEY_ID={ready['margin']['api_key_id']}\n" in out
    assert f"KALSHI_MARGIN_PRIVATE_KEY_PATH={ready['margin']['private_key_path']}\n" in out
    assert f"Perps (margin) REST {ready['margin']['rest_url']}, WS {ready['margin']['ws_url']}" in out


def test_cli_accepts_a_given_public_key_and_stops_on_sigterm(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    public = tmp_path / "public.pem"
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    process, ready = _start(tmp_path, "--api-key-id", "my-key", "--public-key", str(public))
    try:
        assert ready["api_key_id"] == "my-key"
        assert ready["private_key_path"] is None
        response = checked(
            httpx.get(ready["rest_url"] + "/portfolio/balance", auth=KalshiAuth("my-key", key))
        )
        assert response.status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert process.returncode == 0


def test_cli_listens_for_fix_and_says_where(tmp_path: Path) -> None:
    process, ready = _start(tmp_path, "--credentials-dir", str(tmp_path / "keys"), "--fix-tls")
    try:
        fix = ready["fix"]
        assert fix["host"] == "127.0.0.1"
        assert fix["port"] > 0
        assert fix["target_comp_ids"] == {
            "order_entry": "KalshiNR",
            "order_entry_retransmit": "KalshiRT",
            "drop_copy": "KalshiDC",
            "market_data": "KalshiMD",
            "rfq": "KalshiRFQ",
            "post_trade": "KalshiPT",
        }
        assert fix["tls"] is True
        context = ssl.create_default_context(cafile=fix["certificate_path"])
        auth = KalshiAuth(ready["api_key_id"], load_private_key_file(ready["private_key_path"]))

        async def log_on() -> bool:
            options = {"host": fix["host"], "port": fix["port"], "tls": context, "reconnect": False}
            async with kalshi_py.fix.connect(auth, "order_entry", **options) as session:
                return session.connected

        assert asyncio.run(log_on())
    finally:
        code, out = _stop(process)
    assert code == 0
    assert f"FIX  127.0.0.1:{fix['port']} (TLS; TargetCompIDs KalshiNR " in out


def test_no_fix_listener_when_asked(tmp_path: Path) -> None:
    process, ready = _start(tmp_path, "--no-fix")
    code, out = _stop(process)
    assert "fix" not in ready
    assert "FIX " not in out
    assert code == 0


def test_ready_file_never_follows_a_symlink_and_key_folders_are_private(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    ready = tmp_path / "ready.json"
    (tmp_path / "ready.json.tmp").symlink_to(victim)
    ready.symlink_to(victim)
    credentials_dir = tmp_path / "new" / "keys"
    process, body = _start(tmp_path, "--credentials-dir", str(credentials_dir))
    try:
        assert victim.read_text() == "precious"
        assert not ready.is_symlink()
        assert stat.S_IMODE(ready.stat().st_mode) == 0o600
        assert body["rest_url"].startswith("http://127.0.0.1:")
        assert stat.S_IMODE(credentials_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(Path(body["private_key_path"]).stat().st_mode) == 0o600
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == ["ready.json.tmp"]
    finally:
        _stop(process)


def test_listening_on_every_interface_is_warned_about(tmp_path: Path) -> None:
    process, _ = _start(tmp_path, "--host", "0.0.0.0")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "kalshi sim: warning: the local exchange listens on 0.0.0.0" in err
    assert "Traceback" not in err


def test_env_file_exports_every_variable_in_one_step(tmp_path: Path) -> None:
    env_file = tmp_path / "kalshi-sim.env"
    process, ready = _start(tmp_path, "--env-file", str(env_file))
    try:
        assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
        exported = subprocess.run(
            ["bash", "-c", f'set -a; . "{env_file}"; set +a; env'],
            capture_output=True,
            text=True,
            check=True,
            env={"PATH": "/usr/bin:/bin"},
        ).stdout.splitlines()
        assert f"KALSHI_BASE_URL={ready['rest_url']}" in exported
        assert f"KALSHI_API_KEY_ID={ready['api_key_id']}" in exported
        assert f"KALSHI_PRIVATE_KEY_PATH={ready['private_key_path']}" in exported
        margin = ready["margin"]
        assert f"KALSHI_MARGIN_BASE_URL={margin['rest_url']}" in exported
        assert f"KALSHI_MARGIN_API_KEY_ID={margin['api_key_id']}" in exported
        assert f"KALSHI_MARGIN_PRIVATE_KEY_PATH={margin['private_key_path']}" in exported
        # the names are those kalshi_py.margin reads: its client finds the margin account by them
        program = (
            "from kalshi_py.margin import create_client\n"
            "from kalshi_py.margin.api.portfolio import get_margin_balance\n"
            "with create_client() as client:\n"
            "    print(client.base_url, get_margin_balance.sync(client=client).settled_funds)\n"
        )
        script = f'set -a; . "{env_file}"; set +a; exec "{sys.executable}" -c "$0"'
        variables = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
        margin_run = subprocess.run(
            ["bash", "-c", script, program],
            check=False,
            capture_output=True,
            text=True,
            env=variables,
            timeout=60,
        )
        assert margin_run.returncode == 0, margin_run.stderr
        assert margin_run.stdout == f"{margin['rest_url']} 1000.0000\n"
    finally:
        code, out = _stop(process)
    assert code == 0
    assert f"set -a; . {env_file}; set +a" in out


def test_help_reads_like_the_rest_of_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kalshi_py.cli import main as kalshi

    monkeypatch.setenv("COLUMNS", "120")
    assert kalshi(["sim", "--help"]) == 0
    sim_help = capsys.readouterr().out
    assert kalshi(["markets", "--help"]) == 0
    markets_help = capsys.readouterr().out
    for text in (sim_help, markets_help):
        assert "Usage: kalshi " in text
        assert "╭─ Options ─" in text
    assert "Usage: kalshi sim [OPTIONS]" in sim_help
    for panel in ("Exchange", "Accounts", "Files"):
        assert f"╭─ {panel} ─" in sim_help
    for option in (
        "--host",
        "--port",
        "--seed",
        "--activity",
        "--tier",
        "--balance",
        "--api-key-id",
        "--public-key",
        "--credentials-dir",
        "--env-file",
        "--ready-file",
        "--fix-port",
        "--fix-tls",
        "KALSHI_BASE_URL",
        "KALSHI_MARGIN_BASE_URL",
    ):
        assert option in sim_help, option
    assert kalshi(["sim", "--tier", "gold"]) == 2
    error = capsys.readouterr().err
    assert "╭─ Error ─" in error
    assert "'gold' is not one of basic, advanced" in error
