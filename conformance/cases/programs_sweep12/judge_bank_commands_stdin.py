import sys
from decimal import Decimal, InvalidOperation

accounts = {}
out = []
for lineno, raw in enumerate(sys.stdin, 1):
    parts = raw.split()
    if not parts:
        continue
    cmd, *args = parts
    try:
        if cmd == "open":
            name = args[0]
            if name in accounts:
                raise ValueError(f"account {name} exists")
            accounts[name] = Decimal(args[1]) if len(args) > 1 else Decimal(0)
            out.append(f"opened {name} with {accounts[name]:.2f}")
        elif cmd in ("dep", "wd"):
            name, amt = args[0], Decimal(args[1])
            if amt <= 0:
                raise ValueError("amount must be positive")
            if cmd == "wd" and accounts[name] < amt:
                raise ValueError(f"insufficient funds in {name}")
            accounts[name] += amt if cmd == "dep" else -amt
            out.append(f"{name}: {accounts[name]:.2f}")
        elif cmd == "xfer":
            src, dst, amt = args[0], args[1], Decimal(args[2])
            if accounts[src] < amt:
                raise ValueError(f"insufficient funds in {src}")
            accounts[src] -= amt
            accounts[dst] += amt
            out.append(f"moved {amt} {src}->{dst}")
        else:
            raise ValueError(f"unknown command {cmd}")
    except KeyError as e:
        out.append(f"line {lineno}: no account {e}")
    except (ValueError, InvalidOperation, IndexError) as e:
        out.append(f"line {lineno}: {type(e).__name__}: {e}")
print("\n".join(out))
for name, bal in sorted(accounts.items(), key=lambda kv: -kv[1]):
    print(f"{name:<6}{bal:>10,.2f}")
