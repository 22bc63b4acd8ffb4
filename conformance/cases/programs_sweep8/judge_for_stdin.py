import sys
total = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line.strip():
        print(f"{lineno}: <blank>")
        continue
    if line == "END":
        break
    nums = [float(x) for x in line.replace(",", " ").split()]
    total += sum(nums)
    print(f"{lineno}: n={len(nums)} sum={sum(nums):g} avg={sum(nums)/len(nums):.3f}")
print(f"total={total:.2f}")
print("leftover:", sys.stdin.readlines())
