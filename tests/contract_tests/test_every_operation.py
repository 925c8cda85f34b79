"""Every generated operation, called once end to end over loopback.

A small HTTP server on 127.0.0.1 plays the exchange from the spec alone: it checks each request
against openapi.yaml (operation, parameters, body) and answers the operation's success status with
a spec-valid body, which the client must decode into the operation's model.
"""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import contract
import httpx
import pytest

from kalshi_py import Client
from kalshi_sim.rest.schema import example_for
from tools.codegen.spec import snake

OPERATIONS = [op for op in contract.openapi()["operations"] if not op["excluded"]]
COMPONENTS = contract.openapi()["components"]["schemas"]


class SpecServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SpecHandler)
        self.problems: list[str] = []
        self.seen: list[str] = []


class SpecHandler(BaseHTTPRequestHandler):
    server: SpecServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        content = self.rfile.read(length) if length else b""
        request = httpx.Request(
            self.command, f"http://127.0.0.1{self.path}", headers=dict(self.headers.items()), content=content
        )
        try:
            operation_id = contract.validate_request(request)
        except contract.ContractError as exc:
            self.server.problems.append(str(exc))
            self._send(400, {"error": {"code": "invalid", "message": str(exc)}})
            return
        self.server.seen.append(operation_id)
        op = contract.operation(operation_id)
        schema = {"$ref": f"#/components/schemas/{op['response_schema']}"} if op["response_schema"] else None
        body = example_for(schema, COMPONENTS) if schema else None
        self._send(op["success_status"], body)

    def _send(self, status: int, body: Any) -> None:
        payload = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer


@pytest.fixture(scope="module")
def spec_server() -> Iterator[SpecServer]:
    server = SpecServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _arguments(op: dict[str, Any], module: Any) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for param in op["params"]:
        if param["required"] or param["in"] == "path":
            value = example_for(param["schema"], COMPONENTS, name=param["name"])
            if value == [] and "items" in param["schema"]:
                value = [example_for(param["schema"]["items"], COMPONENTS, name=param["name"])]
            args[param["name"]] = "X1" if value in (None, "") else value
    if op["body_schema"]:
        body_model = module.OPERATION.body
        body = example_for({"$ref": f"#/components/schemas/{op['body_schema']}"}, COMPONENTS)
        args["body"] = body_model.from_dict(body)
    return args


@pytest.mark.parametrize("op", OPERATIONS, ids=[op["operation_id"] for op in OPERATIONS])
def test_operation_round_trip(op: dict[str, Any], spec_server: SpecServer) -> None:
    module = importlib.import_module(f"kalshi_py.api.{snake(op['tag'])}.{snake(op['operation_id'])}")
    base_url = f"http://127.0.0.1:{spec_server.server_address[1]}/trade-api/v2"
    before = len(spec_server.problems)
    with Client(base_url=base_url, max_retries=0) as client:
        names = {p.name: p.wire for p in module.OPERATION.params}
        args = {
            python: value
            for wire, value in _arguments(op, module).items()
            for python in [next((n for n, w in names.items() if w == wire), wire)]
        }
        result = module.sync(client=client, **args)
    assert spec_server.problems[before:] == []
    assert spec_server.seen[-1] == op["operation_id"]
    response_model = module.OPERATION.response
    if response_model is None:
        assert result is None
    else:
        assert isinstance(result, response_model)


def test_every_operation_of_the_spec_has_a_module() -> None:
    assert len(OPERATIONS) == 118
    for op in OPERATIONS:
        module = importlib.import_module(f"kalshi_py.api.{snake(op['tag'])}.{snake(op['operation_id'])}")
        for call in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, call))
        assert module.OPERATION.operation_id == op["operation_id"]
        assert (module.OPERATION.method, module.OPERATION.path) == (op["method"], op["path"])
