# Parsing bad input.
raw = ["10", "20", "thirty", "40"]
total = 0
for r in raw:
    total += int(r)
    print("running total", total)
