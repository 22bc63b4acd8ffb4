# A bracket matcher with a stack and a round-robin queue.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return f"mismatch at {i}"
    return "ok" if not stack else f"unclosed {''.join(stack)}"


for t in ("(a[b]{c})", "(]", "((", "", "{[()()]}", "a)b", "[{]}"):
    print(repr(t), balanced(t))
tasks = [["A", 3], ["B", 1], ["C", 2]]
clock = 0
while tasks:
    name, left = tasks.pop(0)
    clock += 1
    left -= 1
    if left:
        tasks.append([name, left])
        print(clock, name, "runs; left", left)
    else:
        print(clock, name, "done")
