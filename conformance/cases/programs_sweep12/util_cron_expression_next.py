from datetime import datetime, timedelta


def parse_field(field, lo, hi):
    values = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, step = part.split("/")
            step = int(step)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if not (lo <= start <= end <= hi):
            raise ValueError(f"field {field!r} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return values


def parse(expr):
    m, h, dom, mon, dow = expr.split()
    return (parse_field(m, 0, 59), parse_field(h, 0, 23), parse_field(dom, 1, 31),
            parse_field(mon, 1, 12), parse_field(dow, 0, 6))


def next_runs(expr, start, count):
    mins, hours, doms, mons, dows = parse(expr)
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    while len(out) < count:
        if (t.month in mons and t.day in doms and (t.weekday() + 1) % 7 in dows
                and t.hour in hours and t.minute in mins):
            out.append(t)
        t += timedelta(minutes=1)
    return out


start = datetime(2024, 2, 27, 22, 50)
for expr in ["*/15 * * * *", "0 9 * * 1-5", "30 23 28-31 2 *", "0 0 1 */3 *"]:
    runs = next_runs(expr, start, 3)
    print(f"{expr:<18}", [r.strftime("%a %m-%d %H:%M") for r in runs])
for bad in ["60 * * * *", "* * * 13 *"]:
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)
