import json
import sys
from collections import defaultdict

totals = defaultdict(lambda: [0, 0.0])
errors = []
for n, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line:
        continue
    try:
        rec = json.loads(line)
        key = rec["user"]
        amount = float(rec.get("amount", 0))
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: bad json ({e.msg})")
        continue
    except KeyError as e:
        errors.append(f"line {n}: missing {e}")
        continue
    except (TypeError, ValueError) as e:
        errors.append(f"line {n}: {type(e).__name__}: {e}")
        continue
    totals[key][0] += 1
    totals[key][1] += amount
for user, (count, total) in sorted(totals.items()):
    print(json.dumps({"user": user, "count": count, "total": round(total, 2)}, sort_keys=True))
print(*errors, sep="\n")
