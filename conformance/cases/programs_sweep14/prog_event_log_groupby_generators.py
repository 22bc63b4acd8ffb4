# Sessionise an event log with generators: split on gaps, summarise each
# session, and flag anomalies with a chained exception report.
import itertools

LOG = [(0, "login"), (5, "view"), (9, "view"), (70, "login"), (71, "buy"), (72, "buy"), (200, "view"), (201, "logout")]


def sessions(events, gap=30):
    current, last = [], None
    for t, kind in events:
        if last is not None and t - last > gap:
            yield current
            current = []
        current.append((t, kind))
        last = t
    if current:
        yield current


def summarise(session):
    kinds = [k for _, k in session]
    counts = {k: len(list(g)) for k, g in itertools.groupby(sorted(kinds))}
    if counts.get("buy", 0) > 1 and "view" not in counts:
        try:
            raise ValueError(f"{counts['buy']} purchases without a view")
        except ValueError as e:
            raise RuntimeError(f"session at t={session[0][0]} looks automated") from e
    return session[0][0], session[-1][0] - session[0][0], counts


for s in sessions(LOG):
    try:
        print(summarise(s))
    except RuntimeError as e:
        print("flagged:", e, "| because:", e.__cause__)
print(sum(1 for _ in sessions(LOG, gap=100)), list(sessions([])))
