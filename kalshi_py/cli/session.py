"""`Session`: one invocation's resolved settings, output and API clients."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..auth import KalshiAuthenticatedClient, load_private_key, load_private_key_file
from ..client import Client
from .config import ConnectionOptions, Settings, config_path, resolve_settings
from .errors import UsageProblem
from .output import Output, OutputFormat

__all__ = ["Session"]


@dataclass
class Session:
    """What a command works with: the connection options, the output and, once asked for, the
    resolved settings and a client."""

    options: ConnectionOptions
    output: Output
    _settings: Settings | None = None
    _client: Client | None = None

    @classmethod
    def create(
        cls, options: ConnectionOptions, fmt: OutputFormat = OutputFormat.TABLE, *, wide: bool = False
    ) -> Session:
        return cls(options, Output(fmt, wide=wide))

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = resolve_settings(self.options)
        return self._settings

    @property
    def destination(self) -> Settings | None:
        """Where requests go, once the settings are resolved (None before, or if they cannot be)."""
        return self._settings

    def client(self) -> Client:
        """A client for public market data: signed when an API key is configured."""
        if self.settings.has_key:
            return self.signed_client("this command")
        if self._client is None:
            self._client = Client(self.settings.rest_url)
        return self._client

    def signed_client(self, purpose: str) -> KalshiAuthenticatedClient:
        """A client signing with the configured API key; `purpose` names what needs it."""
        if isinstance(self._client, KalshiAuthenticatedClient):
            return self._client
        settings = self.settings
        if not settings.has_key:
            missing = "an API key id" if not settings.key_id else "a private key"
            if not settings.key_id and settings.key_file is None and not settings.key_pem:
                missing = "an API key"
            where = config_path(self.options.config, os.environ)
            raise UsageProblem(
                f"{purpose} needs {missing}: pass --key-id and --key-file, set KALSHI_API_KEY_ID and "
                f"KALSHI_PRIVATE_KEY_PATH (or KALSHI_PY_PRIVATE_KEY_PEM), or add key_id and key_file "
                f"to a profile in {where}"
            )
        assert settings.key_id is not None
        try:
            if settings.key_file is not None:
                key = load_private_key_file(settings.key_file)
            else:
                assert settings.key_pem is not None
                key = load_private_key(settings.key_pem)
            client = KalshiAuthenticatedClient(settings.key_id, key, base_url=settings.rest_url)
        except ValueError as exc:
            raise UsageProblem(f"cannot use the API key ({settings.key_origin}): {exc}") from None
        self._client = client
        return client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
