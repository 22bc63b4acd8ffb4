# Requests that each fit the memory budget (40 MB of 256 MiB) but together
# use it up: the one that finds the budget exhausted ends the run at the
# memory limit, which no handler catches (only a request past the whole
# budget is a catchable MemoryError).
# limit: memory
kept = []
while True:
    try:
        kept.append("9" * (4 * 10**7))
    except MemoryError:
        print("caught")
        break
