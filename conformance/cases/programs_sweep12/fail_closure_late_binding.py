handlers = {}
for name in ["start", "stop", "pause"]:
    handlers[name] = lambda: f"handling {name}"
print({k: f() for k, f in handlers.items()})


def make_validators(limits):
    checks = []
    for field, (lo, hi) in limits.items():
        def check(record, field=field, lo=lo, hi=hi):
            value = record[field]
            if not lo <= value <= hi:
                raise ValueError(f"{field}={value} outside [{lo}, {hi}]")
            return True
        checks.append(check)
    return checks


checks = make_validators({"age": (0, 130), "score": (0, 100)})
print([c({"age": 30, "score": 88}) for c in checks])
print([c({"age": 30, "score": 101}) for c in checks])
