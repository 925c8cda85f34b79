"""Where `kalshi` connects and with which key: flags, environment variables, the profile file;
and the errors, help and completion of the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from kalshi_py.cli.config import ConnectionOptions, resolve_settings
from kalshi_py.cli.errors import UsageProblem
from kalshi_py.environments import DEMO, PRODUCTION

from .cli_support import KALSHI_COMMAND, Kalshi

COMMANDS = [
    "markets",
    "market",
    "orderbook",
    "trades",
    "candles",
    "balance",
    "positions",
    "fills",
    "orders",
    "buy",
    "sell",
    "cancel",
    "stream",
    "demo",
]


def write_profiles(kalshi: Kalshi, text: str) -> Path:
    path = kalshi.config_home / "kalshi" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def local_profile(kalshi: Kalshi, name: str = "local") -> str:
    return (
        f'[{name}]\nbase_url = "{kalshi.exchange.rest_url}"\nkey_id = "{kalshi.credentials.api_key_id}"\n'
        f'key_file = "{kalshi.credentials.private_key_path}"\n'
    )


NO_ENV = {"KALSHI_BASE_URL": None, "KALSHI_API_KEY_ID": None, "KALSHI_PRIVATE_KEY_PATH": None}


def test_missing_credentials_is_a_clear_usage_error(kalshi: Kalshi) -> None:
    result = kalshi("balance", KALSHI_API_KEY_ID=None, KALSHI_PRIVATE_KEY_PATH=None)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "balance needs an API key" in line
    assert "--key-id" in line
    assert "KALSHI_API_KEY_ID" in line
    assert "config.toml" in line


def test_a_missing_key_file_is_named(kalshi: Kalshi, tmp_path: Path) -> None:
    result = kalshi("balance", "--key-file", str(tmp_path / "absent.pem"))
    assert result.exit_code == 2
    assert "private key file not found" in result.stderr
    assert "absent.pem" in result.stderr
    assert "BEGIN" not in result.output


def test_public_data_needs_no_key(kalshi: Kalshi) -> None:
    result = kalshi("markets", "--limit", "2", "--json", KALSHI_API_KEY_ID=None, KALSHI_PRIVATE_KEY_PATH=None)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2


def test_flags_work_before_and_after_the_command(kalshi: Kalshi) -> None:
    flags = [
        "--base-url",
        kalshi.exchange.rest_url,
        "--key-id",
        kalshi.credentials.api_key_id,
        "--key-file",
        str(kalshi.credentials.private_key_path),
    ]
    before = kalshi("--env", "local", *flags, "--json", "balance", **NO_ENV)
    after = kalshi("balance", "--env", "local", *flags, "--json", **NO_ENV)
    assert before.exit_code == after.exit_code == 0, before.stderr + after.stderr
    assert json.loads(before.stdout)["balance_dollars"] == json.loads(after.stdout)["balance_dollars"]


def test_profile_file_under_xdg_config_home(kalshi: Kalshi) -> None:
    write_profiles(kalshi, local_profile(kalshi))
    for args in (["--profile", "local"], ["--env", "local"]):
        result = kalshi(*args, "balance", "--json", **NO_ENV)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["balance_dollars"] == "1000.0000"


def test_default_profile_and_explicit_config_path(kalshi: Kalshi, tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text(
        'profile = "sandbox"\n'
        + local_profile(kalshi, "sandbox").replace("[sandbox]", '[sandbox]\nenv = "local"')
    )
    result = kalshi("--config", str(path), "balance", "--json", **NO_ENV)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "args", "needle"),
    [
        ("", ["--profile", "nope"], "no profile [nope]"),
        ("[local]\nbase_urll = 'x'\n", ["--profile", "local"], "unknown keys base_urll"),
        ("[local\n", [], "not valid TOML"),
        ("[local]\nenv = 'moon'\n", [], "unknown environment 'moon'"),
        ("", ["--env", "local"], "no local exchange URL is known"),
        ("", ["--base-url", "ftp://x"], "must be an http(s) URL"),
    ],
)
def test_profile_and_environment_errors(kalshi: Kalshi, text: str, args: list[str], needle: str) -> None:
    write_profiles(kalshi, text)
    result = kalshi(*args, "balance", **NO_ENV)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_resolution_order() -> None:
    env = {
        "KALSHI_BASE_URL": "http://127.0.0.1:9/trade-api/v2",
        "KALSHI_API_KEY_ID": "from-env",
        "KALSHI_PRIVATE_KEY_PATH": "/env.pem",
        "XDG_CONFIG_HOME": "/nonexistent",
    }
    from_env = resolve_settings(ConnectionOptions(), env)
    assert (from_env.rest_url, from_env.env, from_env.key_id, str(from_env.key_file)) == (
        "http://127.0.0.1:9/trade-api/v2",
        "local",
        "from-env",
        "/env.pem",
    )
    flagged = resolve_settings(ConnectionOptions(env="demo", key_id="flag", key_file="/flag.pem"), env)
    assert (flagged.rest_url, flagged.env_flag, flagged.key_id, str(flagged.key_file)) == (
        DEMO.rest_url,
        "demo",
        "flag",
        "/flag.pem",
    )
    prod = resolve_settings(ConnectionOptions(env="production"), env)
    assert prod.rest_url == PRODUCTION.rest_url
    assert prod.is_production
    assert prod.env_flag == "prod"
    default = resolve_settings(ConnectionOptions(), {"XDG_CONFIG_HOME": "/nonexistent"})
    assert default.is_production
    assert default.env_flag is None
    assert not default.has_key
    pem_env = {"KALSHI_PY_PRIVATE_KEY_PEM": "-----BEGIN...", "XDG_CONFIG_HOME": "/x"}
    pem = resolve_settings(ConnectionOptions(), pem_env)
    assert pem.key_pem
    assert "BEGIN" not in repr(pem)
    with pytest.raises(UsageProblem, match="unknown environment"):
        resolve_settings(ConnectionOptions(env="staging"), env)


def test_json_and_csv_together_is_a_usage_error(kalshi: Kalshi) -> None:
    result = kalshi("markets", "--json", "--csv")
    assert result.exit_code == 2
    assert "--json or --csv" in result.stderr


def test_unknown_option_is_exit_2(kalshi: Kalshi) -> None:
    assert kalshi("markets", "--colour").exit_code == 2
    assert kalshi("no-such-command").exit_code == 2


@pytest.mark.parametrize("command", COMMANDS)
def test_help_for_every_command(kalshi: Kalshi, command: str) -> None:
    result = kalshi(command, "--help")
    assert result.exit_code == 0
    assert f"kalshi {command}" in result.stdout


def test_root_help_and_completion_script(kalshi: Kalshi) -> None:
    result = kalshi("--help")
    assert result.exit_code == 0
    assert all(command in result.stdout for command in COMMANDS)
    assert "--install-completion" in result.stdout
    script = kalshi("--show-completion", "bash")
    assert script.exit_code == 0
    assert "_KALSHI_COMPLETE" in script.stdout


def test_python_m_entry_point_and_sim_passthrough(kalshi: Kalshi) -> None:
    done = subprocess.run(
        [*KALSHI_COMMAND, "market", "KXNOPE"],
        capture_output=True,
        text=True,
        timeout=30,
        env=kalshi.process_env(),
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("kalshi: error:")
    assert "Traceback" not in done.stderr
    sim_help = subprocess.run(
        [*KALSHI_COMMAND, "sim", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        env=kalshi.process_env(),
        check=False,
    )
    assert sim_help.returncode == 0
    assert "--ready-file" in sim_help.stdout
