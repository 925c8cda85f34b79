"""Where the `kalshi` command connects and with which API key.

Each setting comes from the first of: the command-line flag, the environment variable, the
profile. The profile file is `$XDG_CONFIG_HOME/kalshi/config.toml` (`~/.config/kalshi/config.toml`
by default, or `--config PATH`):

    profile = "demo"                # the profile used when none is named

    [demo]
    key_id = "a952bcbe-..."
    key_file = "~/.kalshi/demo.pem"

    [local]
    base_url = "http://127.0.0.1:8080/trade-api/v2"
    key_file = "/tmp/kalshi-sim/key.pem"
    key_id = "..."

A profile is picked by `--profile`, else `KALSHI_PROFILE`, else the one named like the
environment asked for (`--env demo` uses `[demo]`), else the file's `profile` key. A profile named
prod, demo or local is of that environment unless it says `env = "..."`.

Environments: `prod` and `demo` are Kalshi's hosts; `local` is a local exchange (`kalshi sim`),
whose `base_url` must be given. Whether an order goes to production is decided by the URL it is
sent to, whatever the environment is called.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..environments import DEMO, LEGACY_PRODUCTION_REST_URL, PRODUCTION, ws_url_for
from .errors import UsageProblem

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

__all__ = [
    "ENVIRONMENT_NAMES",
    "ConnectionOptions",
    "Profile",
    "Settings",
    "config_path",
    "is_production_url",
    "load_profiles",
    "resolve_settings",
]

ENV_KEY_ID = "KALSHI_API_KEY_ID"
ENV_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"
ENV_KEY_PEM = "KALSHI_PY_PRIVATE_KEY_PEM"
ENV_ENV = "KALSHI_ENV"
ENV_BASE_URL = "KALSHI_BASE_URL"
ENV_PROFILE = "KALSHI_PROFILE"
ENVIRONMENT_NAMES = ("prod", "demo", "local")
_ALIASES = {"prod": "prod", "production": "prod", "demo": "demo", "local": "local"}
_PROFILE_KEYS = frozenset({"env", "base_url", "key_id", "key_file"})
_PRODUCTION_HOSTS = frozenset(
    urlsplit(url).hostname or "" for url in (PRODUCTION.rest_url, LEGACY_PRODUCTION_REST_URL)
) | {"trading-api.kalshi.com", "api.kalshi.com"}


@dataclass(frozen=True)
class ConnectionOptions:
    """What the command line said about the connection (None: not given)."""

    env: str | None = None
    base_url: str | None = None
    key_id: str | None = None
    key_file: str | None = None
    config: str | None = None
    profile: str | None = None


@dataclass(frozen=True)
class Profile:
    """One table of the profile file."""

    name: str
    env: str | None = None
    base_url: str | None = None
    key_id: str | None = None
    key_file: str | None = None


@dataclass(frozen=True)
class Settings:
    """The resolved connection: URLs, environment and where the API key comes from."""

    rest_url: str
    env: str
    """prod, demo, local, or custom (a base URL that is none of Kalshi's)."""
    env_flag: str | None
    """The `--env` given on the command line, if any."""
    key_id: str | None
    key_file: Path | None
    key_pem: str | None = field(default=None, repr=False)
    key_origin: str = ""
    """Where the private key setting came from, for error messages (never the key itself)."""
    profile: str | None = None
    chosen_by: str | None = None
    """What chose the exchange (`--base-url`, `KALSHI_ENV`, `profile [demo]`...); None: nothing
    did, and it is Kalshi production by default."""

    @property
    def ws_url(self) -> str:
        return ws_url_for(self.rest_url)

    @property
    def is_production(self) -> bool:
        return is_production_url(self.rest_url)

    @property
    def has_key(self) -> bool:
        return bool(self.key_id) and (self.key_file is not None or bool(self.key_pem))


def is_production_url(url: str) -> bool:
    """Whether `url` is one of Kalshi's production API hosts."""
    host = (urlsplit(url).hostname or "").lower()
    return host in _PRODUCTION_HOSTS or (host.endswith(".kalshi.com") and "demo" not in host)


def environment_name(name: str, where: str) -> str:
    try:
        return _ALIASES[name.strip().lower()]
    except KeyError:
        raise UsageProblem(
            f"unknown environment {name!r} in {where}: expected one of {', '.join(ENVIRONMENT_NAMES)}"
        ) from None


def config_path(explicit: str | None, environ: Mapping[str, str]) -> Path:
    """The profile file to read: `--config`, else under XDG_CONFIG_HOME, else ~/.config."""
    if explicit:
        return Path(explicit).expanduser()
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "kalshi" / "config.toml"


def load_profiles(path: Path, *, required: bool = False) -> tuple[dict[str, Profile], str | None]:
    """The profiles of the file at `path` and its default profile name ({} if there is no file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise UsageProblem(f"the profile file {path} does not exist") from None
        return {}, None
    except OSError as exc:
        raise UsageProblem(f"cannot read the profile file {path}: {exc.strerror or exc}") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageProblem(f"the profile file {path} is not valid TOML: {exc}") from None
    default = data.pop("profile", None)
    if default is not None and not isinstance(default, str):
        raise UsageProblem(f"{path}: 'profile' must be the name of a profile, got {default!r}")
    profiles: dict[str, Profile] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise UsageProblem(
                f"{path}: {name!r} must be a table such as [{name}] with base_url, key_id, key_file"
            )
        unknown = sorted(set(table) - _PROFILE_KEYS)
        if unknown:
            raise UsageProblem(
                f"{path}: profile [{name}] has unknown keys {', '.join(unknown)}; "
                f"known: {', '.join(sorted(_PROFILE_KEYS))}"
            )
        for key, value in table.items():
            if not isinstance(value, str):
                raise UsageProblem(f"{path}: [{name}] {key} must be a string")
        env = table.get("env")
        profiles[name] = Profile(
            name,
            env=environment_name(env, f"{path} [{name}]") if env else None,
            base_url=table.get("base_url"),
            key_id=table.get("key_id"),
            key_file=table.get("key_file"),
        )
    if default is not None and default not in profiles:
        raise UsageProblem(f"{path}: the default profile {default!r} is not defined")
    return profiles, default


def _known_url(env: str) -> str | None:
    return {"prod": PRODUCTION.rest_url, "demo": DEMO.rest_url}.get(env)


def _env_of_url(url: str) -> str:
    if is_production_url(url):
        return "prod"
    if url.rstrip("/") == DEMO.rest_url or (urlsplit(url).hostname or "").endswith("demo.kalshi.co"):
        return "demo"
    host = urlsplit(url).hostname or ""
    return "local" if host in ("127.0.0.1", "localhost", "::1") else "custom"


def _check_url(url: str, where: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageProblem(
            f"{where} must be an http(s) URL such as http://127.0.0.1:8080/trade-api/v2, got {url!r}"
        )
    return url.rstrip("/")


def resolve_settings(options: ConnectionOptions, environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve flags, environment variables and the profile file into `Settings`."""
    env_vars = os.environ if environ is None else environ
    path = config_path(options.config, env_vars)
    profiles, default_profile = load_profiles(path, required=options.config is not None)

    flag_env = environment_name(options.env, "--env") if options.env else None
    var_env = environment_name(env_vars[ENV_ENV], ENV_ENV) if env_vars.get(ENV_ENV) else None

    profile_name = options.profile or env_vars.get(ENV_PROFILE) or None
    if profile_name is not None and profile_name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise UsageProblem(f"no profile [{profile_name}] in {path} (profiles there: {known})")
    if profile_name is None:
        wanted = flag_env or var_env
        profile_name = wanted if wanted in profiles else None if wanted else default_profile
    profile = profiles.get(profile_name) if profile_name else None
    profile_env = None
    if profile is not None:
        profile_env = profile.env or (_ALIASES.get(profile.name) if profile.name in _ALIASES else None)

    layers = [
        (options.base_url, "--base-url", flag_env, "--env"),
        (env_vars.get(ENV_BASE_URL) or None, ENV_BASE_URL, var_env, ENV_ENV),
        (
            profile.base_url if profile else None,
            f"base_url of profile [{profile_name}]",
            profile_env,
            f"env of profile [{profile_name}]",
        ),
    ]
    rest_url: str | None = None
    env: str | None = None
    chosen_by: str | None = None
    for index, (url, url_where, layer_env, env_where) in enumerate(layers):
        if url:
            rest_url = _check_url(url, url_where)
            env = layer_env or _env_of_url(rest_url)
            chosen_by = url_where
            break
        if layer_env is None:
            continue
        chosen_by = env_where
        known_url = _known_url(layer_env)
        if known_url is not None:
            rest_url, env = known_url, layer_env
            break
        lower = [u for u, *_ in layers[index + 1 :] if u]
        if not lower:
            raise UsageProblem(
                f"{env_where} is local but no local exchange URL is known: pass --base-url "
                "(the REST URL `kalshi sim` prints), set KALSHI_BASE_URL, or set base_url in the "
                f"[local] profile of {path}"
            )
        rest_url, env = _check_url(lower[0], "the local exchange URL"), "local"
        break
    if rest_url is None:
        rest_url, env = PRODUCTION.rest_url, "prod"
    assert env is not None

    key_id = options.key_id or env_vars.get(ENV_KEY_ID) or (profile.key_id if profile else None)
    key_file: Path | None = None
    key_pem: str | None = None
    origin = ""
    if options.key_file:
        key_file, origin = Path(options.key_file).expanduser(), "--key-file"
    elif env_vars.get(ENV_KEY_PEM):
        key_pem, origin = env_vars[ENV_KEY_PEM], ENV_KEY_PEM
    elif env_vars.get(ENV_KEY_PATH):
        key_file, origin = Path(env_vars[ENV_KEY_PATH]).expanduser(), ENV_KEY_PATH
    elif profile is not None and profile.key_file:
        key_file, origin = Path(profile.key_file).expanduser(), f"key_file of profile [{profile_name}]"
    return Settings(
        rest_url=rest_url,
        env=env,
        env_flag=flag_env,
        key_id=key_id,
        key_file=key_file,
        key_pem=key_pem,
        key_origin=origin,
        profile=profile_name,
        chosen_by=chosen_by,
    )
