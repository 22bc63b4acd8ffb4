import sys
count = 0
totals = {}
while (line := input()) != 'END':
    count += 1
    name, *scores = line.split()
    scores = [int(s) for s in scores]
    totals[name] = totals.get(name, 0) + sum(scores)
    print(f"{count:>2}. {name:<6} {scores} -> {totals[name]}")
print(totals)
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line:
        print("(blank)")
        continue
    cmd, _, arg = line.partition(' ')
    match cmd.lower():
        case 'add':
            a, b = map(float, arg.split())
            print(f"{a} + {b} = {a + b}")
        case 'rev':
            print(arg[::-1])
        case 'count' if arg:
            print({c: arg.count(c) for c in sorted(set(arg))})
        case 'top':
            k = int(arg)
            for name, t in sorted(totals.items(), key=lambda x: -x[1])[:k]:
                print(f"  {name}: {t}")
        case _:
            print("unknown:", repr(line))
print("done", count)
