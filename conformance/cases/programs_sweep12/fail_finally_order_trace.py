events = []


def step(name, fail=False):
    events.append(f"enter {name}")
    try:
        if fail:
            raise ValueError(f"step {name} failed")
        return name.upper()
    finally:
        events.append(f"exit {name}")


def run(plan):
    results = []
    try:
        for name, fail in plan:
            results.append(step(name, fail))
    finally:
        events.append(f"run finished with {len(results)} results")
        print("\n".join(events))
    return results


print(run([("a", False), ("b", False)]))
events.clear()
run([("c", False), ("d", True), ("e", False)])
