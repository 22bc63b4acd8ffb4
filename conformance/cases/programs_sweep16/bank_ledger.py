from decimal import Decimal, ROUND_HALF_EVEN, InvalidOperation
from datetime import date, timedelta
from collections import defaultdict
from enum import Enum
import json

class TxType(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"
    INTEREST = "int"

class InsufficientFunds(Exception):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: need {needed}, have {available}")
        self.account, self.needed, self.available = account, needed, available

class Ledger:
    CENT = Decimal("0.01")
    def __init__(self):
        self.balances = defaultdict(Decimal)
        self.history = []
    def _q(self, amount):
        try:
            d = Decimal(str(amount)).quantize(self.CENT, rounding=ROUND_HALF_EVEN)
        except InvalidOperation:
            raise ValueError(f"bad amount {amount!r}") from None
        if d <= 0:
            raise ValueError(f"amount must be positive, got {d}")
        return d
    def post(self, when, kind, amount, src=None, dst=None):
        amt = self._q(amount)
        if kind in (TxType.WITHDRAW, TxType.TRANSFER):
            if self.balances[src] < amt:
                raise InsufficientFunds(src, amt, self.balances[src])
            self.balances[src] -= amt
        if kind in (TxType.DEPOSIT, TxType.TRANSFER, TxType.INTEREST):
            self.balances[dst] += amt
        self.history.append((when, kind, amt, src, dst))
        return amt
    def accrue(self, when, rate_pct):
        for acct, bal in sorted(self.balances.items()):
            interest = (bal * Decimal(rate_pct) / 100 / 12).quantize(self.CENT)
            if interest > 0:
                self.post(when, TxType.INTEREST, interest, dst=acct)
    def statement(self, acct):
        bal = Decimal("0")
        lines = []
        for when, kind, amt, src, dst in self.history:
            if acct not in (src, dst):
                continue
            signed = amt if dst == acct else -amt
            bal += signed
            lines.append(f"{when:%Y-%m-%d} {kind.name:<9}{signed:>+10}{bal:>12,.2f}")
        return "\n".join(lines)

L = Ledger()
d0 = date(2024, 1, 1)
ops = [("dep", 1000, None, "alice"), ("dep", "250.555", None, "bob"), ("xfer", 300, "alice", "bob"), ("wd", 600, "bob", None),
       ("wd", 1000, "alice", None), ("dep", -5, None, "bob"), ("dep", "12,50", None, "bob"), ("xfer", 0.1 + 0.2, "alice", "carol"), ("dep", 1e-3, None, "x")]
for i, (k, amt, s, d) in enumerate(ops):
    try:
        got = L.post(d0 + timedelta(days=i * 3), TxType(k), amt, s, d)
        print(f"ok   {k:<5} {got}")
    except InsufficientFunds as e:
        print(f"FAIL {k:<5} {e} | short by {e.needed - e.available}")
    except ValueError as e:
        print(f"FAIL {k:<5} ValueError: {e}")
L.accrue(date(2024, 1, 31), "4.5")
for acct in sorted(L.balances):
    print(acct, L.balances[acct])
print(L.statement("alice"))
print(L.statement("bob"))
print(json.dumps({a: str(b) for a, b in sorted(L.balances.items())}, indent=1))
print(sum(L.balances.values()), len(L.history), [t[1].value for t in L.history])
print(max(L.history, key=lambda t: t[2])[1:3], min(L.balances, key=L.balances.get))
