"""Every generated operation of every product (event contracts, margin, Klear), called once end
to end over loopback.

A small HTTP server on 127.0.0.1 plays the exchange from the spec alone: it checks each request
against the product's spec (operation, parameters, body) and answers the operation's success
status with a spec-valid body, which the client must decode into the operation's model. Each
product's own client calls it, and the server checks the credentials of every operation that
needs them: a valid `KALSHI-ACCESS-*` signature, or Klear's bearer token.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import contract
import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kalshi_py import Client, KalshiAuthenticatedClient
from kalshi_py.klear import KlearClient
from kalshi_py.margin import MarginClient
from kalshi_sim.rest.schema import example_for
from tools.codegen.spec import snake

# package of the operation modules -> the API they call
PRODUCTS = {
    "kalshi_py": contract.EVENT_CONTRACTS,
    "kalshi_py.margin": contract.MARGIN,
    "kalshi_py.klear": contract.KLEAR,
}
OPERATIONS = [
    (package, op)
    for package, api in PRODUCTS.items()
    for op in api.structure["operations"]
    if not op["excluded"]
]


def module_of(package: str, op: dict[str, Any]) -> Any:
    return importlib.import_module(f"{package}.api.{snake(op['tag'])}.{snake(op['operation_id'])}")


KEY_ID = "0b5e0e02-6b55-4b8e-8f5d-4c3a8e1f2a10"
KLEAR_USER, KLEAR_TOKEN = "admin-7", "t0ken-7"


def signed_client(package: str, base_url: str, rsa_pem: str) -> Client:
    """The client a user of `package` calls its operations with."""
    if package == "kalshi_py.klear":
        return KlearClient(KLEAR_USER, KLEAR_TOKEN, base_url, max_retries=0)
    cls = MarginClient if package == "kalshi_py.margin" else KalshiAuthenticatedClient
    return cls(KEY_ID, rsa_pem, base_url, max_retries=0)


def credential_problem(api: contract.ApiContract, public: rsa.RSAPublicKey, handler: Any) -> str | None:
    """What is wrong with the credentials of a request, None if nothing."""
    headers = handler.headers
    if api is contract.KLEAR:
        given = headers.get("authorization")
        return None if given == f"Bearer {KLEAR_USER}:{KLEAR_TOKEN}" else f"bearer token {given!r}"
    if headers.get("kalshi-access-key") != KEY_ID:
        return f"key id {headers.get('kalshi-access-key')!r}"
    message = headers.get("kalshi-access-timestamp", "") + handler.command + handler.path.split("?")[0]
    try:
        signature = base64.b64decode(headers.get("kalshi-access-signature", ""))
        public.verify(
            signature,
            message.encode(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),
            hashes.SHA256(),
        )
    except Exception as exc:
        return f"signature of {message!r}: {type(exc).__name__}"
    return None


class SpecServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, api: contract.ApiContract, public: rsa.RSAPublicKey) -> None:
        super().__init__(("127.0.0.1", 0), SpecHandler)
        self.api = api
        self.public = public
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
        api = self.server.api
        try:
            operation_id = api.validate_request(request)
        except contract.ContractError as exc:
            self.server.problems.append(str(exc))
            self._send(400, {"error": {"code": "invalid", "message": str(exc)}})
            return
        self.server.seen.append(operation_id)
        op = api.operation(operation_id)
        problem = credential_problem(api, self.server.public, self) if op["auth"] else None
        if problem is not None:
            self.server.problems.append(f"{operation_id}: {problem}")
            self._send(401, {"error": {"code": "unauthorized", "message": problem}})
            return
        schema = {"$ref": f"#/components/schemas/{op['response_schema']}"} if op["response_schema"] else None
        body = example_for(schema, api.structure["components"]["schemas"]) if schema else None
        api.validate_response(operation_id, op["success_status"], body)
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
def spec_servers(rsa_key: rsa.RSAPrivateKey) -> Iterator[dict[str, SpecServer]]:
    servers = {package: SpecServer(api, rsa_key.public_key()) for package, api in PRODUCTS.items()}
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield servers
    for server in servers.values():
        server.shutdown()
        server.server_close()


PATTERN_CANDIDATES = ("a1", "1", "1.0000")


def _conform(value: Any, schema: dict[str, Any], components: dict[str, Any]) -> Any:
    """`value` (a minimal example) with each string that misses its schema's `pattern` replaced
    by a short one that matches."""
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    for part in schema.get("allOf", ()):
        value = _conform(value, part, components)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {k: _conform(v, properties[k], components) if k in properties else v for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_conform(item, schema["items"], components) for item in value]
    pattern = schema.get("pattern")
    if isinstance(value, str) and pattern and not re.search(pattern, value):
        return next(c for c in PATTERN_CANDIDATES if re.search(pattern, c))
    return value


def _arguments(op: dict[str, Any], module: Any, components: dict[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for param in op["params"]:
        if param["required"] or param["in"] == "path":
            value = example_for(param["schema"], components, name=param["name"])
            if value == [] and "items" in param["schema"]:
                value = [example_for(param["schema"]["items"], components, name=param["name"])]
            args[param["name"]] = "X1" if value in (None, "") else value
    if op["body_schema"]:
        body_model = module.OPERATION.body
        schema = {"$ref": f"#/components/schemas/{op['body_schema']}"}
        args["body"] = body_model.from_dict(_conform(example_for(schema, components), schema, components))
    return args


@pytest.mark.parametrize(
    ("package", "op"), OPERATIONS, ids=[f"{package}:{op['operation_id']}" for package, op in OPERATIONS]
)
def test_operation_round_trip(
    package: str, op: dict[str, Any], spec_servers: dict[str, SpecServer], rsa_pem: str
) -> None:
    module = module_of(package, op)
    spec_server = spec_servers[package]
    components = spec_server.api.structure["components"]["schemas"]
    base_url = f"http://127.0.0.1:{spec_server.server_address[1]}{spec_server.api.api_prefix}"
    before = len(spec_server.problems)
    with signed_client(package, base_url, rsa_pem) as client:
        names = {p.name: p.wire for p in module.OPERATION.params}
        args = {
            python: value
            for wire, value in _arguments(op, module, components).items()
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
    counts = {package: sum(1 for p, _ in OPERATIONS if p == package) for package in PRODUCTS}
    assert counts == {"kalshi_py": 118, "kalshi_py.margin": 53, "kalshi_py.klear": 24}
    for package, op in OPERATIONS:
        module = module_of(package, op)
        for call in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, call))
        assert module.OPERATION.operation_id == op["operation_id"]
        assert (module.OPERATION.method, module.OPERATION.path) == (op["method"], op["path"])
