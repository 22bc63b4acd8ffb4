import sys
def risky(i):
    if i == 2:
        raise IndexError(f"bad index {i}")
    return i
results = []
for i in range(4):
    try:
        results.append(risky(i))
    except IndexError as e:
        e.add_note(f"iteration {i}")
        print("handled", e, file=sys.stderr)
        print(results)
        results[10]
