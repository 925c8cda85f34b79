"""`Metrics` for Prometheus to scrape (the `kalshi-py[prometheus]` extra: prometheus_client).

    metrics = Metrics()
    server = serve(metrics, port=9464)        # http://127.0.0.1:9464/metrics
    ...
    server.close()

or, in a process that already serves prometheus_client's default registry,
`prometheus_client.REGISTRY.register(collector(metrics))`. Values are read at each scrape.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from .metrics import Metrics

__all__ = ["PROMETHEUS_EXTRA", "MetricsServer", "collector", "serve"]

PROMETHEUS_EXTRA = 'pip install "kalshi-py[prometheus]"'


def _prometheus(module: str = "prometheus_client") -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            "exposing metrics to Prometheus needs prometheus_client, which is not installed: "
            + PROMETHEUS_EXTRA,
            name="prometheus_client",
        ) from exc


def collector(metrics: Metrics) -> Any:
    """A prometheus_client collector that reports `metrics` at every scrape."""
    core = _prometheus("prometheus_client.core")
    families = {"counter": core.CounterMetricFamily, "gauge": core.GaugeMetricFamily}

    class KalshiCollector:
        def collect(self) -> Iterator[Any]:
            for instrument in metrics:
                family = families[instrument.kind](
                    instrument.name, instrument.help, labels=list(instrument.label_names)
                )
                for key, value in sorted(instrument.samples().items()):
                    family.add_metric(list(key), value)
                yield family

        def describe(self) -> Iterator[Any]:
            return iter(())

    return KalshiCollector()


class MetricsServer:
    """An HTTP endpoint serving `metrics` at `/metrics` from a background thread."""

    def __init__(self, metrics: Metrics, *, port: int = 9464, host: str = "127.0.0.1") -> None:
        client = _prometheus()
        self.registry = client.CollectorRegistry()
        self.registry.register(collector(metrics))
        self._server, self._thread = client.start_http_server(port, addr=host, registry=self.registry)
        self.host = host
        self.port: int = self._server.server_port
        """The port listened on (the one chosen when `port=0`)."""

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/metrics"

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MetricsServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def serve(metrics: Metrics, *, port: int = 9464, host: str = "127.0.0.1") -> MetricsServer:
    """Serve `metrics` at `http://host:port/metrics` (loopback by default; `port=0` picks a free
    port, read back from `.port`)."""
    return MetricsServer(metrics, port=port, host=host)
