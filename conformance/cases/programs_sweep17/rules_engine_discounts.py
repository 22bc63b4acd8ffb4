# A pricing rules engine: rules are data (dicts parsed from JSON), compiled
# into closures with operator lookups, applied in priority order with audit.
import json
import operator
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
       ">": operator.gt, ">=": operator.ge, "in": lambda a, b: a in b,
       "startswith": str.startswith}

RULES_JSON = """
[
  {"name": "bulk", "priority": 10, "when": [["qty", ">=", 10]], "then": {"pct_off": 5}},
  {"name": "vip", "priority": 20, "when": [["tier", "in", ["gold", "platinum"]]], "then": {"pct_off": 10}},
  {"name": "promo-code", "priority": 5, "when": [["code", "startswith", "SAVE"]], "then": {"flat_off": "3.50"}},
  {"name": "tiny", "priority": 1, "when": [["subtotal", "<", 5]], "then": {"fee": "0.99"}},
  {"name": "third-off", "priority": 15, "when": [["sku", "==", "BOOK"], ["qty", ">=", 3]], "then": {"frac_off": "1/3"}},
  {"name": "broken", "priority": 0, "when": [["qty", "~", 1]], "then": {}}
]
"""

class RuleError(Exception):
    pass

def compile_rule(spec):
    conds = []
    for field, op, value in spec["when"]:
        try:
            fn = OPS[op]
        except KeyError:
            raise RuleError(f"rule {spec['name']!r}: unknown operator {op!r}") from None
        conds.append((field, fn, value, op))
    def matches(ctx):
        trace = []
        for field, fn, value, op in conds:
            ok = fn(ctx.get(field), value) if ctx.get(field) is not None else False
            trace.append(f"{field} {op} {value!r} -> {ok}")
            if not ok:
                return False, trace
        return True, trace
    matches.__name__ = f"rule_{spec['name'].replace('-', '_')}"
    return spec["priority"], spec["name"], matches, spec["then"]

rules = []
for spec in json.loads(RULES_JSON):
    try:
        rules.append(compile_rule(spec))
    except RuleError as exc:
        print("skip:", exc)
rules.sort(key=lambda r: (-r[0], r[1]))
print("order:", [r[1] for r in rules], [r[2].__name__ for r in rules][:2])

def price(order):
    unit = Decimal(order["unit"])
    subtotal = unit * order["qty"]
    ctx = dict(order, subtotal=subtotal)
    total = subtotal
    audit = []
    for prio, name, matches, action in rules:
        ok, trace = matches(ctx)
        if not ok:
            continue
        before = total
        if "pct_off" in action:
            total -= total * Decimal(action["pct_off"]) / 100
        if "flat_off" in action:
            total = max(Decimal(0), total - Decimal(action["flat_off"]))
        if "frac_off" in action:
            f = Fraction(action["frac_off"])
            total -= total * f.numerator / f.denominator
        if "fee" in action:
            total += Decimal(action["fee"])
        audit.append(f"{name}[{prio}]: {before:.4f} -> {total:.4f} ({'; '.join(trace)})")
    return subtotal, total.quantize(Decimal("0.01"), ROUND_HALF_EVEN), audit

orders = [
    {"id": 1, "sku": "PEN", "unit": "1.25", "qty": 12, "tier": "silver"},
    {"id": 2, "sku": "BOOK", "unit": "19.99", "qty": 3, "tier": "gold", "code": "SAVE10"},
    {"id": 3, "sku": "GUM", "unit": "0.40", "qty": 2, "tier": None},
    {"id": 4, "sku": "BOOK", "unit": "7.00", "qty": 30, "tier": "platinum", "code": "NOPE"},
]
grand = Decimal(0)
for o in orders:
    sub, tot, audit = price(o)
    grand += tot
    print(f"order {o['id']}: subtotal {sub:>8} total {tot:>8} saved {sub - tot:>7.2f} ({(sub - tot) / sub:.1%})")
    for line in audit:
        print("   ", line)
print(f"grand total {grand:,.2f}", sum(1 for o in orders if price(o)[2]))
