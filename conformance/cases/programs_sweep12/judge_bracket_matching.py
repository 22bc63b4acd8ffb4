PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{<":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, j = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{j} vs {ch!r}@{i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "balanced"


def max_depth(s):
    depth = best = 0
    for ch in s:
        depth += ch in "([{<"
        depth -= ch in ")]}>"
        best = max(best, depth)
    return best


count = int(input())
for _ in range(count):
    line = input()
    print(f"{line!r:<24} {check(line):<28} depth={max_depth(line)}")
