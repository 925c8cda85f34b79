# generated from asyncapi.yaml 2.0.0 by tools/codegen — do not edit
"""Kalshi's WebSocket error codes (asyncapi.yaml 2.0.0 `x-error-codes`): the `code` of an
`error` message. `TERMINAL_CODES` end the subscription: it must be made anew."""

from __future__ import annotations

__all__ = [
    "ACTION_REQUIRED",
    "AUTHENTICATION_REQUIRED",
    "CHANNELS_REQUIRED",
    "CHANNEL_ERROR",
    "COMMAND_TIMEOUT",
    "ERROR_NAMES",
    "EXACTLY_ONE_SID_REQUIRED",
    "INDEX_IDS_REQUIRED",
    "INVALID_PARAMETER",
    "MARKET_TICKER_REQUIRED",
    "MATCH_IDS_REQUIRED",
    "PARAMS_REQUIRED",
    "SHARD_FACTOR_INVALID",
    "SHARD_FACTOR_REQUIRED",
    "SHARD_FACTOR_TOO_LARGE",
    "SHARD_KEY_INVALID",
    "SIDS_REQUIRED",
    "SUBSCRIPTION_BUFFER_OVERFLOW",
    "SUBSCRIPTION_MARKET_LIMIT",
    "TERMINAL_CODES",
    "TOO_MANY_REQUESTS",
    "UNABLE_TO_PROCESS",
    "UNDERLYING_TICKERS_REQUIRED",
    "UNKNOWN_CHANNEL",
    "UNKNOWN_COMMAND",
    "UNKNOWN_SID",
    "UNSUPPORTED_ACTION",
]

UNABLE_TO_PROCESS = 1
PARAMS_REQUIRED = 2
CHANNELS_REQUIRED = 3
SIDS_REQUIRED = 4
UNKNOWN_COMMAND = 5
UNKNOWN_SID = 7
UNKNOWN_CHANNEL = 8
AUTHENTICATION_REQUIRED = 9
CHANNEL_ERROR = 10
INVALID_PARAMETER = 11
EXACTLY_ONE_SID_REQUIRED = 12
UNSUPPORTED_ACTION = 13
MARKET_TICKER_REQUIRED = 14
ACTION_REQUIRED = 15
COMMAND_TIMEOUT = 18
SHARD_FACTOR_INVALID = 19
SHARD_FACTOR_REQUIRED = 20
SHARD_KEY_INVALID = 21
SHARD_FACTOR_TOO_LARGE = 22
MATCH_IDS_REQUIRED = 23
INDEX_IDS_REQUIRED = 24
SUBSCRIPTION_BUFFER_OVERFLOW = 25
SUBSCRIPTION_MARKET_LIMIT = 26
TOO_MANY_REQUESTS = 27
UNDERLYING_TICKERS_REQUIRED = 28

ERROR_NAMES: dict[int, str] = {
    UNABLE_TO_PROCESS: "Unable to process message",
    PARAMS_REQUIRED: "Params required",
    CHANNELS_REQUIRED: "Channels required",
    SIDS_REQUIRED: "Subscription IDs required",
    UNKNOWN_COMMAND: "Unknown command",
    UNKNOWN_SID: "Unknown subscription ID",
    UNKNOWN_CHANNEL: "Unknown channel name",
    AUTHENTICATION_REQUIRED: "Authentication required",
    CHANNEL_ERROR: "Channel error",
    INVALID_PARAMETER: "Invalid parameter",
    EXACTLY_ONE_SID_REQUIRED: "Exactly one subscription ID is required",
    UNSUPPORTED_ACTION: "Unsupported action",
    MARKET_TICKER_REQUIRED: "Market Ticker required",
    ACTION_REQUIRED: "Action required",
    COMMAND_TIMEOUT: "Command timeout",
    SHARD_FACTOR_INVALID: "shard_factor must be \u003e 0",
    SHARD_FACTOR_REQUIRED: "shard_factor is required when shard_key is set",
    SHARD_KEY_INVALID: "shard_key must be \u003e= 0 and \u003c shard_factor",
    SHARD_FACTOR_TOO_LARGE: "shard_factor must be \u003c= 100",
    MATCH_IDS_REQUIRED: "Match IDs required",
    INDEX_IDS_REQUIRED: "Index IDs required",
    SUBSCRIPTION_BUFFER_OVERFLOW: "Subscription buffer overflow",
    SUBSCRIPTION_MARKET_LIMIT: "Subscription market limit exceeded",
    TOO_MANY_REQUESTS: "Too many requests",
    UNDERLYING_TICKERS_REQUIRED: "Underlying tickers required",
}
"""Kalshi's name of each error code."""

TERMINAL_CODES = frozenset({10, 25})
