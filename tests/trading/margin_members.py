"""Margin members for the trading round: what the round asks of a trader, twice over.

- `RawMember`: raw signed HTTP (httpx) and a raw WebSocket connection.
- `ClientMember`: kalshi-py itself: `kalshi_py.margin.MarginClient` calling the generated
  operations of `kalshi_py.margin.api` (on kalshi-py's own connections), and
  `kalshi_py.margin.ws.MarginWebSocket` for the stream.

Both answer in the same plain values (dicts of `Decimal`), so one round runs on either. Every REST
answer is checked against perps_openapi.yaml's structure on its way in (the raw body, before
any decoding) and every WebSocket frame against perps_asyncapi.yaml's; the frames' problems are
kept in `problems` and the round asserts there are none.
"""

from __future__ import annotations

import asyncio
import collections
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, Protocol

import httpx
import websockets
from contract import MARGIN, ContractError, validate_ws_message

from kalshi_py.auth import KalshiAuth
from kalshi_py.margin import MarginClient
from kalshi_py.margin.api.funding import get_margin_funding_history, get_margin_historical_funding_rates
from kalshi_py.margin.api.orders import create_margin_order
from kalshi_py.margin.api.portfolio import get_margin_balance, get_margin_fills, get_margin_positions
from kalshi_py.margin.api.risk import get_margin_risk
from kalshi_py.margin.ws import MarginWebSocket
from kalshi_py.margin.ws.messages import Fill, Ticker
from kalshi_py.types import Response
from kalshi_sim import Credentials, LocalExchange
from kalshi_sim.asgi import MARGIN_WS_PATH
from kalshi_sim.rest.spec import OperationIndex, spec_table

__all__ = ["ClientMember", "Member", "RawMember", "Stream"]

D = Decimal
TIMEOUT = 5.0
FUNDING_DAY = "2026-12-02"  # the day of the round's clock (sim_engine.helpers.START)
OPERATIONS = OperationIndex(spec_table("kalshi_sim.rest.margin", "perps_openapi.json").operations)


class Stream(Protocol):
    """A member's margin WebSocket, subscribed to its fills and the round's market's ticker."""

    async def fill(self) -> dict[str, Any]:
        """The next fill: side, price, count, fee, source and the position after it."""
        ...

    async def sees_mark(self, price: Decimal) -> None:
        """Read ticker messages until one carries `price` as the mark; time out if none does."""
        ...


class Member(Protocol):
    """What the round asks of a margin member."""

    credentials: Credentials
    problems: list[str]

    def place(self, side: str, count: str, price: str) -> dict[str, Decimal]: ...

    def position(self) -> Decimal: ...

    def balance(self) -> dict[str, Decimal]: ...

    def maintenance_margin(self) -> Decimal: ...

    def liquidation_price(self) -> Decimal | None: ...

    def funding(self) -> list[Decimal]: ...

    def funding_rates(self) -> list[tuple[str, Decimal, Decimal]]: ...

    def fills(self) -> list[dict[str, Any]]: ...

    def stream(self) -> Any: ...  # an async context manager of a `Stream`

    def close(self) -> None: ...


class Frames:
    """The frames of one connection, by type, each checked against perps_asyncapi.yaml."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        self.by_type: dict[str, collections.deque[Any]] = collections.defaultdict(collections.deque)

    def check(self, frame: bytes | str | dict[str, Any]) -> None:
        try:
            validate_ws_message(frame if isinstance(frame, dict) else json.loads(frame), MARGIN)
        except (ContractError, ValueError) as exc:
            self.problems.append(f"ws: {exc}")


def _trade(trade_id: Any, side: Any, price: Any, count: Any, fee: Any, source: Any) -> dict[str, Any]:
    return {
        "trade_id": trade_id,
        "side": side,
        "price": D(price),
        "count": D(count),
        "fee": D(fee),
        "source": source,
    }


# ---- raw HTTP and WebSocket ----------------------------------------------------------------------


class RawMember:
    """A margin member on raw signed HTTP and a raw WebSocket connection."""

    def __init__(self, ex: LocalExchange, credentials: Credentials, ticker: str) -> None:
        self.ex = ex
        self.ticker = ticker
        self.credentials = credentials
        self.problems: list[str] = []
        self.auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
        self.http = httpx.Client(
            base_url=ex.margin_rest_url, auth=self.auth, timeout=10, event_hooks={"response": [self._checked]}
        )

    def _checked(self, response: httpx.Response) -> None:
        response.read()
        found = OPERATIONS.find(response.request.url.path.removeprefix("/trade-api/v2"))
        assert found is not None
        operation_id = found[0][response.request.method].operation_id
        try:
            MARGIN.validate_response(operation_id, response.status_code, response.content)
        except ContractError as exc:
            self.problems.append(str(exc))

    def close(self) -> None:
        self.http.close()

    def _get(self, path: str, **params: Any) -> Any:
        response = self.http.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def place(self, side: str, count: str, price: str) -> dict[str, Decimal]:
        response = self.http.post(
            "/margin/orders",
            json={
                "ticker": self.ticker,
                "client_order_id": str(uuid.uuid4()),
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": "good_till_canceled",
                "self_trade_prevention_type": "taker_at_cross",
            },
        )
        assert response.status_code == 201, response.text
        return {k: D(v) for k, v in response.json().items() if k not in ("order_id", "client_order_id")}

    def position(self) -> Decimal:
        found = [p for p in self._get("/margin/positions")["positions"] if p["market_ticker"] == self.ticker]
        return D(found[0]["position"]) if found else D(0)

    def balance(self) -> dict[str, Decimal]:
        body = self._get("/margin/balance", compute_available_balance="true")
        (primary,) = body["subaccount_balances"]
        return {
            "settled_funds": D(body["settled_funds"]),
            **{k: D(v) for k, v in primary.items() if k != "subaccount"},
        }

    def maintenance_margin(self) -> Decimal:
        return D(self._get("/margin/risk")["total_maintenance_margin"])

    def liquidation_price(self) -> Decimal | None:
        (position,) = self._get("/margin/risk")["positions"]
        price = position["estimated_liquidation_price"]
        return None if price is None else D(price)

    def funding(self) -> list[Decimal]:
        body = self._get("/margin/funding_history", start_date=FUNDING_DAY, end_date=FUNDING_DAY)
        return [D(entry["funding_amount"]) for entry in body["funding_history"]]

    def funding_rates(self) -> list[tuple[str, Decimal, Decimal]]:
        rates = self._get("/margin/funding_rates/historical", ticker=self.ticker)["funding_rates"]
        return [(r["funding_time"], D(str(r["funding_rate"])), D(r["mark_price"])) for r in rates]

    def fills(self) -> list[dict[str, Any]]:
        return [
            _trade(f["fill_id"], f["side"], f["price"], f["count"], f["fees"], f["order_source"])
            for f in reversed(self._get("/margin/fills")["fills"])
        ]

    @asynccontextmanager
    async def stream(self) -> AsyncIterator[RawStream]:
        headers = self.auth.headers_for("GET", MARGIN_WS_PATH)
        async with websockets.connect(self.ex.margin_ws_url, additional_headers=headers) as ws:
            streamed = RawStream(ws, Frames(self.problems))
            await streamed.subscribe(self.ticker)
            yield streamed


class RawStream:
    """A member's fills and the market's mark as the raw margin WebSocket streams them."""

    def __init__(self, ws: websockets.ClientConnection, frames: Frames) -> None:
        self.ws = ws
        self.frames = frames

    async def subscribe(self, ticker: str) -> None:
        for number, (channel, params) in enumerate(
            (("fill", {}), ("ticker", {"market_tickers": [ticker]})), start=1
        ):
            command = {"id": number, "cmd": "subscribe", "params": {"channels": [channel], **params}}
            await self.ws.send(json.dumps(command))
            assert (await self._next("subscribed"))["type"] == "subscribed"

    async def _next(self, kind: str) -> dict[str, Any]:
        waiting = self.frames.by_type[kind]
        while not waiting:
            message: dict[str, Any] = json.loads(await asyncio.wait_for(self.ws.recv(), TIMEOUT))
            self.frames.check(message)
            self.frames.by_type[message["type"]].append(message)
        return waiting.popleft()  # type: ignore[no-any-return]

    async def fill(self) -> dict[str, Any]:
        msg = (await self._next("fill"))["msg"]
        trade = _trade(
            msg["trade_id"], msg["side"], msg["price"], msg["count"], msg["fee_cost"], msg["order_source"]
        )
        return trade | {"post_position": D(msg["post_position"])}

    async def sees_mark(self, price: Decimal) -> None:
        while D((await self._next("ticker"))["msg"]["settlement_mark_price"]["price"]) != price:
            pass


# ---- kalshi-py ----------------------------------------------------------------------------------


class ClientMember:
    """A margin member on kalshi-py: `MarginClient` and the generated margin operations for REST,
    `MarginWebSocket` for the stream."""

    def __init__(self, ex: LocalExchange, credentials: Credentials, ticker: str) -> None:
        self.ticker = ticker
        self.credentials = credentials
        self.problems: list[str] = []
        self.client = MarginClient(
            credentials.api_key_id, credentials.private_key_pem, base_url=ex.margin_rest_url, max_retries=0
        )

    def close(self) -> None:
        self.client.close()

    def _answer(self, operation: Any, **arguments: Any) -> Response[Any]:
        """`operation.sync_detailed(...)`, its raw answer checked against the spec."""
        response = operation.sync_detailed(client=self.client, **arguments)
        try:
            MARGIN.validate_response(operation.OPERATION.operation_id, response.status_code, response.content)
        except ContractError as exc:
            self.problems.append(str(exc))
        return response  # type: ignore[no-any-return]

    def _call(self, operation: Any, **arguments: Any) -> Any:
        """The model of a successful answer to `operation`."""
        response = self._answer(operation, **arguments)
        assert 200 <= response.status_code < 300, response.content
        return response.parsed

    def submit(self, side: str, count: Decimal, price: Decimal, time_in_force: str) -> int:
        """An order the exchange may refuse (too little margin, nothing to fill it); the status."""
        response = self._answer(
            create_margin_order,
            ticker=self.ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type="maker",
        )
        return int(response.status_code)

    def fees_paid(self) -> Decimal:
        """The fees of every fill of the member, on REST (the liquidation's included)."""
        return sum((D(f.fees) for f in self._call(get_margin_fills, limit=1000).fills), D(0))

    def place(self, side: str, count: str, price: str) -> dict[str, Decimal]:
        answer = self._call(
            create_margin_order,
            ticker=self.ticker,
            client_order_id=str(uuid.uuid4()),
            side=side,
            count=D(count),
            price=D(price),
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
        names = ("fill_count", "remaining_count", "average_fill_price", "average_fee_paid")
        return {name: getattr(answer, name) for name in names}

    def position(self) -> Decimal:
        positions = self._call(get_margin_positions).positions
        found = [p.position for p in positions if p.market_ticker == self.ticker]
        return found[0] if found else D(0)

    def balance(self) -> dict[str, Decimal]:
        answer = self._call(get_margin_balance, compute_available_balance=True)
        (primary,) = answer.subaccount_balances
        names = (
            "position_value",
            "account_equity",
            "maintenance_margin",
            "initial_margin",
            "resting_orders_margin",
            "available_balance",
        )
        return {"settled_funds": answer.settled_funds, **{name: getattr(primary, name) for name in names}}

    def maintenance_margin(self) -> Decimal:
        return self._call(get_margin_risk).total_maintenance_margin  # type: ignore[no-any-return]

    def liquidation_price(self) -> Decimal | None:
        (position,) = self._call(get_margin_risk).positions
        price = position.estimated_liquidation_price
        return None if price is None else D(price)

    def funding(self) -> list[Decimal]:
        answer = self._call(get_margin_funding_history, start_date=FUNDING_DAY, end_date=FUNDING_DAY)
        return [entry.funding_amount for entry in answer.funding_history]

    def funding_rates(self) -> list[tuple[str, Decimal, Decimal]]:
        rates = self._call(get_margin_historical_funding_rates, ticker=self.ticker).funding_rates
        return [
            (r.funding_time.strftime("%Y-%m-%dT%H:%M:%SZ"), D(str(r.funding_rate)), r.mark_price)
            for r in rates
        ]

    def fills(self) -> list[dict[str, Any]]:
        return [
            _trade(f.fill_id, f.side, f.price, f.count, f.fees, f.order_source)
            for f in reversed(self._call(get_margin_fills).fills)
        ]

    @asynccontextmanager
    async def stream(self) -> AsyncIterator[ClientStream]:
        frames = Frames(self.problems)
        async with MarginWebSocket(self.client, on_frame=frames.check, reconnect=False) as ws:
            await ws.subscribe(["fill"])
            await ws.subscribe(["ticker"], [self.ticker])
            yield ClientStream(ws, frames)


class ClientStream:
    """A member's fills and the market's mark as `MarginWebSocket` delivers them, decoded."""

    def __init__(self, ws: MarginWebSocket, frames: Frames) -> None:
        self.ws = ws
        self.frames = frames

    async def _next(self, kind: type[Any]) -> Any:
        waiting = self.frames.by_type[kind.__name__]
        while not waiting:
            item = await self.ws.recv(timeout=TIMEOUT)
            self.frames.by_type[type(item).__name__].append(item)
        return waiting.popleft()

    async def fill(self) -> dict[str, Any]:
        msg = (await self._next(Fill)).msg
        return _trade(msg.trade_id, msg.side, msg.price, msg.count, msg.fee_cost, msg.order_source) | {
            "post_position": msg.post_position
        }

    async def sees_mark(self, price: Decimal) -> None:
        while True:
            mark = (await self._next(Ticker)).msg.settlement_mark_price
            if mark is not None and mark.price == price:
                return
