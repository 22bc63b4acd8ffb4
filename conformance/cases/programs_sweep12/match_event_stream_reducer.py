events = [
    {"type": "cart.add", "sku": "A", "qty": 2, "price": 3.5},
    {"type": "cart.add", "sku": "B", "qty": 1, "price": 10.0},
    {"type": "cart.add", "sku": "A", "qty": 1, "price": 3.5},
    {"type": "cart.remove", "sku": "B"},
    {"type": "coupon.apply", "code": "SAVE10", "pct": 10},
    {"type": "coupon.apply", "code": "BOGUS"},
    {"type": "cart.add", "sku": "C", "qty": 0, "price": 1.0},
    {"type": "checkout", "payment": {"method": "card", "last4": "4242"}},
    {"type": "checkout", "payment": {"method": "cash"}},
    ["not", "a", "dict"],
    {"type": "unknown.thing", "x": 1},
]


def reduce_event(state, ev):
    match ev:
        case {"type": "cart.add", "qty": int(q)} if q <= 0:
            state["log"].append(f"ignored non-positive qty for {ev.get('sku')}")
        case {"type": "cart.add", "sku": sku, "qty": q, "price": p}:
            line = state["cart"].setdefault(sku, [0, p])
            line[0] += q
        case {"type": "cart.remove", "sku": sku} if sku in state["cart"]:
            del state["cart"][sku]
        case {"type": "coupon.apply", "code": code, "pct": int(pct)}:
            state["discount"] = pct
            state["log"].append(f"coupon {code} -{pct}%")
        case {"type": "coupon.apply", "code": code}:
            state["log"].append(f"coupon {code} rejected")
        case {"type": "checkout", "payment": {"method": "card", "last4": last4}} if not state["paid"]:
            total = sum(q * p for q, p in state["cart"].values()) * (100 - state["discount"]) / 100
            state["paid"] = True
            state["log"].append(f"charged {total:.2f} to card *{last4}")
        case {"type": "checkout"}:
            state["log"].append("duplicate or unsupported checkout")
        case {"type": str(t), **rest}:
            state["log"].append(f"unhandled {t} with {sorted(rest)}")
        case other:
            state["log"].append(f"malformed event {other!r}")
    return state


state = {"cart": {}, "discount": 0, "paid": False, "log": []}
for ev in events:
    state = reduce_event(state, ev)
print(state["cart"], state["discount"], state["paid"])
print("\n".join(state["log"]))
