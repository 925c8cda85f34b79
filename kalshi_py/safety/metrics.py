"""Counters and gauges of a running bot, readable in Python and scraped by Prometheus
(`kalshi_py.safety.prometheus`, the `kalshi-py[prometheus]` extra).

    metrics = Metrics()
    metrics.instrument(client)            # requests, retries, 429s, rate-limiter waits
    metrics.watch(monitor)                # a FeedMonitor: gaps, resyncs, stale feeds, audits, age
    metrics.watch(dead_man)               # a DeadMan: its trips
    metrics.requests.value(status="429")  # read in Python
    metrics.samples()                     # every sample, as Prometheus would show it

REST calls are counted as they happen, from the client's `on_request` hook (one `RequestTiming`
per attempt) and its rate limiter's `on_wait`. What feed monitors and dead-man's switches count,
they keep themselves (`FeedMonitor.stats`, `DeadMan.trips`); the metrics read it when asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .._pipeline import RequestTiming
    from ..client import Client

__all__ = ["Counter", "Gauge", "Instrument", "Metrics", "Watched"]

Labels = tuple[str, ...]


class Watched(Protocol):
    """What `Metrics.watch` reads from a watched object: see `FeedMonitor` and `DeadMan`."""

    def metric_samples(self) -> Mapping[str, Mapping[Labels, float]]: ...


class Instrument:
    """A named family of values, one per combination of its labels' values."""

    kind = "untyped"

    def __init__(self, name: str, help: str, labels: tuple[str, ...] = ()) -> None:
        self.name = name
        self.help = help
        self.label_names = labels
        self._values: dict[Labels, float] = {}
        self._lock = threading.Lock()
        self._sources: list[Callable[[], Mapping[Labels, float]]] = []

    def _key(self, labels: Mapping[str, object]) -> Labels:
        if set(labels) != set(self.label_names):
            raise ValueError(f"{self.name} takes the labels {list(self.label_names)}, got {sorted(labels)}")
        return tuple(str(labels[name]) for name in self.label_names)

    def samples(self) -> dict[Labels, float]:
        """Every value, by its labels' values (in the order of `label_names`)."""
        with self._lock:
            found = dict(self._values)
        for source in self._sources:
            for key, value in source().items():
                found[key] = self._combine(found.get(key), value)
        return found

    def _combine(self, old: float | None, new: float) -> float:
        return new if old is None else old + new

    def value(self, **labels: object) -> float:
        """The value for `labels`; with some labels left out, the sum over the values of the
        others (so `requests.value()` is every request); 0 when there is none."""
        unknown = set(labels) - set(self.label_names)
        if unknown:
            raise ValueError(
                f"{self.name} has no label {sorted(unknown)}; its labels: {list(self.label_names)}"
            )
        wanted = {self.label_names.index(n): str(v) for n, v in labels.items()}
        matching = [
            v for key, v in self.samples().items() if all(key[i] == want for i, want in wanted.items())
        ]
        return self._combine_all(matching)

    def _combine_all(self, values: list[float]) -> float:
        return sum(values)

    def read_from(self, source: Callable[[], Mapping[Labels, float]]) -> None:
        """Also report what `source()` returns, read each time the values are asked for."""
        self._sources.append(source)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, labels={list(self.label_names)})"


class Counter(Instrument):
    """A value that only goes up."""

    kind = "counter"

    def inc(self, amount: float = 1, **labels: object) -> None:
        if amount < 0:
            raise ValueError(f"{self.name} is a counter: it cannot go down by {amount}")
        key = self._key(labels)
        with self._lock:
            self._values[key] = self._values.get(key, 0) + amount


class Gauge(Instrument):
    """A value that goes up and down; read from several sources, the largest counts."""

    kind = "gauge"

    def set(self, value: float, **labels: object) -> None:
        key = self._key(labels)
        with self._lock:
            self._values[key] = value

    def _combine(self, old: float | None, new: float) -> float:
        return new if old is None else max(old, new)

    def _combine_all(self, values: list[float]) -> float:
        return max(values, default=0)


class Metrics:
    """The counters and gauges of one bot (see the module docstring)."""

    def __init__(self) -> None:
        self.requests = Counter(
            "kalshi_requests_total",
            "REST attempts, by operation and HTTP status (none: no answer)",
            ("operation", "status"),
        )
        self.retries = Counter(
            "kalshi_retries_total", "REST attempts after the first, by operation", ("operation",)
        )
        self.rate_limited = Counter(
            "kalshi_rate_limited_total", "REST answers 429 Too Many Requests, by operation", ("operation",)
        )
        self.request_seconds = Counter(
            "kalshi_request_seconds_total", "seconds spent in REST attempts, by operation", ("operation",)
        )
        self.rate_limiter_waits = Counter(
            "kalshi_rate_limiter_waits_total",
            "calls the client's rate limiter held back, by bucket",
            ("bucket",),
        )
        self.rate_limiter_wait_seconds = Counter(
            "kalshi_rate_limiter_wait_seconds_total",
            "seconds the rate limiter held calls back, by bucket",
            ("bucket",),
        )
        self.ws_messages = Counter("kalshi_ws_messages_total", "WebSocket messages a feed monitor saw")
        self.ws_gaps = Counter("kalshi_ws_gaps_total", "skipped WebSocket seq numbers (gaps)")
        self.ws_resyncs = Counter("kalshi_ws_resyncs_total", "order books replaced by a fresh snapshot")
        self.ws_reconnects = Counter("kalshi_ws_reconnects_total", "WebSocket reconnections")
        self.ws_stale_feeds = Counter(
            "kalshi_ws_stale_feeds_total", "feeds found silent while REST showed their markets change"
        )
        self.book_audits = Counter("kalshi_book_audits_total", "order books compared with REST")
        self.book_audit_mismatches = Counter(
            "kalshi_book_audit_mismatches_total", "order books found different from REST, and resynced"
        )
        self.ws_message_age = Gauge(
            "kalshi_ws_message_age_seconds", "exchange time to handling time of the latest WebSocket message"
        )
        self.ws_message_age_max = Gauge("kalshi_ws_message_age_max_seconds", "the largest message age seen")
        self.deadman_trips = Counter(
            "kalshi_deadman_trips_total",
            "times a dead-man's switch canceled the bot's orders, by reason",
            ("reason",),
        )

    def __iter__(self) -> Iterator[Instrument]:
        return (value for value in vars(self).values() if isinstance(value, Instrument))

    def by_name(self, name: str) -> Instrument:
        for instrument in self:
            if instrument.name == name:
                return instrument
        raise KeyError(f"no metric named {name!r}; known: {', '.join(i.name for i in self)}")

    def samples(self) -> dict[str, float]:
        """Every value as `name{label="value",...}`, the way Prometheus shows it."""
        found: dict[str, float] = {}
        for instrument in self:
            for key, value in sorted(instrument.samples().items()):
                labels = ",".join(f'{n}="{v}"' for n, v in zip(instrument.label_names, key, strict=True))
                found[f"{instrument.name}{{{labels}}}" if labels else instrument.name] = value
        return found

    # --- what feeds the values -------------------------------------------------------------------

    def instrument(self, client: Client) -> None:
        """Count `client`'s requests, retries and 429s (through its `on_request` hook, keeping any
        hook already there) and its rate limiter's waits. Views made with `with_options` later
        share the hook."""
        before = client.on_request

        def on_request(timing: RequestTiming) -> None:
            self.observe_request(timing)
            if before is not None:
                before(timing)

        client.on_request = on_request
        limiter = client.rate_limiter
        if limiter is not None:
            waited = limiter.on_wait

            def on_wait(bucket: str, seconds: float) -> None:
                self.rate_limiter_waits.inc(bucket=bucket)
                self.rate_limiter_wait_seconds.inc(seconds, bucket=bucket)
                if waited is not None:
                    waited(bucket, seconds)

            limiter.on_wait = on_wait

    def observe_request(self, timing: RequestTiming) -> None:
        """Count one REST attempt."""
        operation = timing.operation_id
        status = "none" if timing.status is None else str(timing.status)
        self.requests.inc(operation=operation, status=status)
        self.request_seconds.inc(max(timing.seconds, 0.0), operation=operation)
        if timing.attempt > 1:
            self.retries.inc(operation=operation)
        if timing.status == 429:
            self.rate_limited.inc(operation=operation)

    def watch(self, source: Watched | Any) -> None:
        """Report what `source` counts (a `FeedMonitor` or a `DeadMan`: anything with a
        `metric_samples()` giving values by metric name and labels)."""
        read = getattr(source, "metric_samples", None)
        if not callable(read):
            raise TypeError(f"cannot watch {type(source).__name__}: it has no metric_samples()")
        for instrument in self:
            name = instrument.name

            def samples(name: str = name) -> Mapping[Labels, float]:
                return read().get(name, {})  # type: ignore[no-any-return]

            instrument.read_from(samples)
