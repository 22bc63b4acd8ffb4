# try/except inside loops with continue and break.
values = ["3", "-1", "zero", "8", "0", "5", "stop", "7"]
total = 0
for raw in values:
    try:
        n = int(raw)
    except ValueError:
        if raw == "stop":
            print("stop requested")
            break
        print("skipping", repr(raw))
        continue
    try:
        total += 100 // n
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, "for", raw)
        continue
    finally:
        print("processed", raw)
print("total", total)
